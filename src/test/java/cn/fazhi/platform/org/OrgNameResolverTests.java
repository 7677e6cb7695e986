package cn.fazhi.platform.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.platform.audit.AuditOrgNames;
import cn.fazhi.platform.org.OrgNameResolver.MatchKind;
import cn.fazhi.support.FazhiIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Matching the names documents use to the organisation tree, and org names for the audit viewer. */
@FazhiIntegrationTest
@Transactional
class OrgNameResolverTests {

    @Autowired
    OrgNameResolver resolver;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditOrgNames auditOrgNames;

    long idOf(String code) {
        return orgUnits.findByCode(code).orElseThrow().id();
    }

    @Test
    void anExactNameMatchesEvenWithStraySpacesAndFullWidthCharacters() {
        var match = resolver.resolve(" 市 财政局 ").orElseThrow();
        assertThat(match.orgId()).isEqualTo(idOf("CZJ"));
        assertThat(match.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(OrgNameResolver.normalise("县(市、区)")).isEqualTo("县(市、区)");
    }

    @Test
    void aShortNameMatchesAfterNoFullName() {
        // Demo data: 市司法局 has the short name 市政府法制办 (the name the 2016 plan uses).
        var match = resolver.resolve("市政府法制办").orElseThrow();
        assertThat(match.orgId()).isEqualTo(idOf("SFJ"));
        assertThat(match.kind()).isEqualTo(MatchKind.SHORT_NAME);
    }

    @Test
    void anAliasTheAdministratorEnteredMatchesLast() {
        assertThat(resolver.resolve("市委机构编制委员会办公室X")).isEmpty();
        jdbc.update("insert into org_alias (alias, org_id, created_at) values (?, ?, ?)", "市委机构编制委员会办公室X",
                idOf("BB"), Timestamp.from(Instant.now()));
        var match = resolver.resolve("市委机构编制委员会办公室X").orElseThrow();
        assertThat(match.orgId()).isEqualTo(idOf("BB"));
        assertThat(match.kind()).isEqualTo(MatchKind.ALIAS);
    }

    @Test
    void anUnknownOrBlankNameMatchesNothing() {
        assertThat(resolver.resolve("荆门仲裁委员会秘书处")).isEmpty();
        assertThat(resolver.resolve("  ")).isEmpty();
        assertThat(resolver.resolve(null)).isEmpty();
    }

    @Test
    void aDeactivatedUnitIsNotMatched() {
        jdbc.update("update org_unit set active = false where code = 'WJJ'");
        assertThat(resolver.resolve("市物价局")).isEmpty();
    }

    @Test
    void theAuditViewerGetsOrganisationNamesById() {
        assertThat(auditOrgNames.namesOf(List.of(idOf("CZJ"), idOf("GAJ"), -5L)))
                .containsEntry(idOf("CZJ"), "市财政局").containsEntry(idOf("GAJ"), "市公安局").doesNotContainKey(-5L);
    }

    @Test
    void withinAnOrganisationsSubtreeItsOwnUnitOfTheSameNameIsPreferred() {
        // 南山镇 gets its own unit named like a city department; a plan of 南山镇 means that one.
        OrgUnit town = orgUnits.findByCode("NSZ").orElseThrow();
        long own = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from org_unit", Long.class);
        jdbc.update("insert into org_unit (id, parent_id, path, code, name, kind, sort_order, active, created_at, updated_at)"
                + " values (?, ?, ?, 'NSZ-CZS', '市财政局', 'OFFICE', 99, true, ?, ?)", own, town.id(), town.path() + own + "/",
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        assertThat(resolver.resolveAll(List.of("市财政局"), town.path()).get("市财政局").orgId()).isEqualTo(own);
        assertThat(resolver.resolveAll(List.of("市财政局"), null).get("市财政局").orgId()).isEqualTo(idOf("CZJ"));
        assertThat(resolver.resolveAll(List.of("市财政局", "不存在的单位"), town.path())).containsOnlyKeys("市财政局");
    }
}
