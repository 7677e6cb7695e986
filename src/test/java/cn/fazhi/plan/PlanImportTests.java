package cn.fazhi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.plan.importing.ImportOutcome;
import cn.fazhi.plan.importing.ImportPreview;
import cn.fazhi.plan.importing.PlanImport;
import cn.fazhi.plan.importing.PlanMetadata;
import cn.fazhi.plan.importing.SourceDocument;
import cn.fazhi.plan.importing.UnitDecision;
import cn.fazhi.plan.importing.UnresolvedUnits;
import cn.fazhi.plan.parsing.ParsedPlan;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.support.FazhiIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import service on hand-made parsed plans: unit resolution and decisions, refusals, idempotence, atomicity. */
@FazhiIntegrationTest
class PlanImportTests {

    @Autowired
    PlanImport planImport;
    @Autowired
    Plans plans;
    @Autowired
    JdbcAccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    PlanTestSupport t;

    @BeforeEach
    void setUp() {
        t = new PlanTestSupport(directory, jdbc);
    }

    @AfterEach
    void tearDown() {
        PlanTestSupport.signOut();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static SourceDocument text(String s) {
        return new SourceDocument("方案.txt", "text/plain", s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesResolveByExactNameShortNameAndAliasAndTheRestAreListedAsUnresolved() {
        var sfj = t.signIn("sfj");
        String unknown = "市测试办" + PlanTestSupport.suffix();
        ImportPreview p = planImport.preview(PlanTestSupport.smallPlan(PlanTestSupport.suffix(), unknown), Map.of(), null, sfj);
        Map<String, String> how = new java.util.HashMap<>();
        p.units().forEach(u -> how.put(u.name(), u.how()));
        assertThat(how).containsEntry("市编办", "EXACT").containsEntry("市政府法制办", "SHORT_NAME")
                .containsEntry(unknown, "UNRESOLVED").containsEntry("市公安局", "EXACT");
        assertThat(p.units()).noneMatch(u -> u.name().startsWith("各"));
        assertThat(p.unresolved()).containsExactly(unknown);
        assertThat(p.defaults().periodStartYear()).isEqualTo(2021);
        assertThat(p.defaults().periodEndYear()).isEqualTo(2025);
        assertThat(p.defaults().supervisorOrgId()).isEqualTo(t.orgId("SFJ"));
        assertThat(p.defaults().orgId()).isEqualTo(t.orgId("CITY"));
    }

    @Test
    void confirmingWithAnUnresolvedNameIsRefusedWithTheNamesAndStoresNothing() {
        var sfj = t.signIn("sfj");
        String unknown = "市未知办" + PlanTestSupport.suffix();
        int before = count("select count(*) from plan");
        assertThatThrownBy(() -> planImport.importPlan(PlanTestSupport.smallPlan(PlanTestSupport.suffix(), unknown),
                PlanMetadata.empty(), Map.of(), text("x"), sfj))
                .isInstanceOf(UnresolvedUnits.class)
                .satisfies(e -> {
                    assertThat(((UnresolvedUnits) e).names()).containsExactly(unknown);
                    assertThat(((BusinessException) e).status()).isEqualTo(422);
                    assertThat(e.getMessage()).contains(unknown);
                });
        assertThat(count("select count(*) from plan")).isEqualTo(before);
    }

    @Test
    void aMappedNameImportsAndIsRememberedAsAnAliasForTheNextImport() {
        var sfj = t.signIn("sfj");
        String unknown = "市编委办" + PlanTestSupport.suffix();
        ImportOutcome r = planImport.importPlan(PlanTestSupport.smallPlan(PlanTestSupport.suffix(), unknown),
                PlanMetadata.empty(), Map.of(unknown, UnitDecision.map(unknown, t.orgId("BB"), true)), text("a"), sfj);
        assertThat(r.created()).isTrue();
        assertThat(r.tasks()).isEqualTo(6);
        assertThat(r.aliasesRemembered()).isEqualTo(1);
        assertThat(count("select count(*) from org_alias where alias = ? and org_id = ?", unknown, t.orgId("BB"))).isOne();
        PlanTask third = plans.getTaskByNumber(r.plan(), 3, sfj);
        assertThat(third.leadOrgId()).isEqualTo(t.orgId("BB"));
        assertThat(third.responsible()).extracting(TaskUnit::orgId).containsExactly(t.orgId("GAJ"));
        // the next document naming it resolves by alias
        ImportPreview next = planImport.preview(PlanTestSupport.smallPlan(PlanTestSupport.suffix(), unknown), Map.of(), null, sfj);
        assertThat(next.unresolved()).isEmpty();
        assertThat(next.units()).anyMatch(u -> u.name().equals(unknown) && u.how().equals("ALIAS"));
        assertThat(count("select count(*) from audit_record where entity_type = 'plan' and action = 'IMPORT' and entity_id = ?",
                r.plan().id().toString())).isOne();
    }

    @Test
    void leadUnitsCoLeadsAndCollectiveUnitsAreAssignedAsThePlanSays() {
        var sfj = t.signIn("sfj");
        String unknown = "市协调办" + PlanTestSupport.suffix();
        ImportOutcome r = planImport.importPlan(PlanTestSupport.smallPlan(PlanTestSupport.suffix(), unknown),
                PlanMetadata.empty(), Map.of(unknown, UnitDecision.map(unknown, t.orgId("FGW"), false)), null, sfj);
        Plan plan = r.plan();
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.orgId()).isEqualTo(t.orgId("CITY"));
        assertThat(plan.supervisorOrgId()).isEqualTo(t.orgId("SFJ"));
        assertThat(plan.periodStartYear()).isEqualTo(2021);
        PlanTask second = plans.getTaskByNumber(plan, 2, sfj);
        assertThat(second.leadOrgId()).isEqualTo(t.orgId("CZJ"));
        assertThat(second.coLeads()).extracting(TaskUnit::orgId).containsExactly(t.orgId("BB"));
        assertThat(second.area()).isEqualTo("推进政务公开");
        assertThat(second.subArea()).isEqualTo("完善公开目录");
        // 各牵头单位落实: the supervising office answers, every lead unit is responsible
        PlanTask fifth = plans.getTaskByNumber(plan, 5, sfj);
        assertThat(fifth.leadOrgId()).isEqualTo(t.orgId("SFJ"));
        assertThat(fifth.responsible()).extracting(TaskUnit::orgId)
                .containsExactlyInAnyOrder(t.orgId("BB"), t.orgId("CZJ"), t.orgId("FGW"));
        assertThat(fifth.deadlineKind()).isEqualTo(DeadlineKind.RECURRING);
        // 各责任单位落实: every responsible unit of the plan
        PlanTask sixth = plans.getTaskByNumber(plan, 6, sfj);
        assertThat(sixth.responsible()).extracting(TaskUnit::orgId).containsExactly(t.orgId("GAJ"));
        assertThat(plans.sections(plan)).extracting(PlanSection::title)
                .containsExactly("推进政务公开", "完善公开目录", "加强平台建设", "规范执法行为");
        assertThat(count("select count(*) from plan_task where plan_id = ?", plan.id())).isEqualTo(6);
    }

    @Test
    void importingTheSameContentTwiceKeepsOnePlanAndChangesNothing() {
        var sfj = t.signIn("sfj");
        ParsedPlan parsed = PlanTestSupport.smallPlan(PlanTestSupport.suffix(), "市发改委");
        ImportOutcome first = planImport.importPlan(parsed, PlanMetadata.empty(), Map.of(), text("one"), sfj);
        int plansBefore = count("select count(*) from plan");
        int tasksBefore = count("select count(*) from plan_task");
        int attachmentsBefore = count("select count(*) from attachment");
        int auditBefore = count("select count(*) from audit_record");
        ImportOutcome second = planImport.importPlan(parsed, new PlanMetadata("另一个标题", null, null, null, null, null, null),
                Map.of(), text("one"), sfj);
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.plan().id()).isEqualTo(first.plan().id());
        assertThat(second.plan().title()).isEqualTo(first.plan().title());
        assertThat(count("select count(*) from plan")).isEqualTo(plansBefore);
        assertThat(count("select count(*) from plan_task")).isEqualTo(tasksBefore);
        assertThat(count("select count(*) from attachment")).isEqualTo(attachmentsBefore);
        assertThat(count("select count(*) from audit_record")).isEqualTo(auditBefore);
        assertThat(count("select count(*) from plan where source_sha256 = ?", PlanImport.sha256(parsed))).isOne();
        assertThat(first.plan().sourceAttachmentId()).isNotNull();
    }

    @Test
    void aNewUnitIsCreatedUnderThePlansOrganisationOnlyWithOrgManage() {
        String unknown = "市新设中心" + PlanTestSupport.suffix();
        var sfj = t.signIn("sfj");
        assertThatThrownBy(() -> planImport.importPlan(PlanTestSupport.smallPlan(PlanTestSupport.suffix(), unknown),
                PlanMetadata.empty(), Map.of(unknown, UnitDecision.create(unknown)), null, sfj))
                .isInstanceOf(BusinessException.class).hasMessageContaining("org:manage");
        assertThat(count("select count(*) from org_unit where name = ?", unknown)).isZero();
        var admin = t.signIn("admin");
        ImportOutcome r = planImport.importPlan(PlanTestSupport.smallPlan(PlanTestSupport.suffix(), unknown),
                new PlanMetadata(null, null, null, null, null, t.orgId("SFJ"), t.orgId("CITY")),
                Map.of(unknown, UnitDecision.create(unknown)), null, admin);
        assertThat(r.unitsCreated()).isOne();
        Map<String, Object> unit = jdbc.queryForMap("select id, parent_id, kind from org_unit where name = ?", unknown);
        assertThat(((Number) unit.get("parent_id")).longValue()).isEqualTo(t.orgId("CITY"));
        assertThat(unit.get("kind")).isEqualTo("DEPARTMENT");
        assertThat(plans.getTaskByNumber(r.plan(), 3, admin).leadOrgId()).isEqualTo(((Number) unit.get("id")).longValue());
    }

    @Test
    void aFailureMidWayLeavesNoPlanNoNewUnitAndNoAlias() {
        var admin = t.signIn("admin");
        String created = "市中途失败中心" + PlanTestSupport.suffix();
        String mapped = "市中途别名" + PlanTestSupport.suffix();
        ParsedPlan parsed = PlanTestSupport.smallPlan(PlanTestSupport.suffix(), created);
        ParsedPlan withMapped = new ParsedPlan(parsed.title(), java.util.stream.Stream.concat(parsed.tasks().stream(),
                java.util.stream.Stream.of(PlanTestSupport.dated(7, "规范执法行为", null, "另一项任务", mapped, 2024))).toList(),
                parsed.warnings());
        int plansBefore = count("select count(*) from plan");
        // the units are created and the alias remembered first; then the source document is refused (not a PDF)
        assertThatThrownBy(() -> planImport.importPlan(withMapped,
                new PlanMetadata(null, null, null, null, null, t.orgId("SFJ"), t.orgId("CITY")),
                Map.of(created, UnitDecision.create(created), mapped, UnitDecision.map(mapped, t.orgId("BB"), true)),
                new SourceDocument("方案.pdf", "application/pdf", "这不是PDF".getBytes(StandardCharsets.UTF_8)), admin))
                .isInstanceOf(BusinessException.class);
        assertThat(count("select count(*) from plan")).isEqualTo(plansBefore);
        assertThat(count("select count(*) from org_unit where name = ?", created)).isZero();
        assertThat(count("select count(*) from org_alias where alias = ?", mapped)).isZero();
    }

    @Test
    void aUserWithoutPlanManageCannotImport() {
        var czj = t.signIn("czj");
        assertThatThrownBy(() -> planImport.importPlan(PlanTestSupport.smallPlan(UUID.randomUUID().toString(), "市发改委"),
                PlanMetadata.empty(), Map.of(), null, czj))
                .isInstanceOf(BusinessException.class).satisfies(e -> assertThat(((BusinessException) e).status()).isEqualTo(403));
    }
}
