package cn.fazhi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.plan.importing.ImportOutcome;
import cn.fazhi.plan.importing.PlanImport;
import cn.fazhi.plan.importing.PlanMetadata;
import cn.fazhi.plan.importing.UnitDecision;
import cn.fazhi.plan.parsing.ParsedPlan;
import cn.fazhi.plan.parsing.ParsedTask;
import cn.fazhi.plan.parsing.PlanParser;
import cn.fazhi.plan.parsing.Seeds;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.support.FazhiIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 4 bench: seed 002 imported 100 times as 100 county plans (each county with its own departments, every unit
 * name mapped to the county's unit — the decisions a user makes in the preview), through {@link PlanImport} (scope and
 * permission checks, unit resolution, sections, tasks, units, audit, one transaction per plan). Baseline, in the same
 * run, interleaved county by county: the same rows (plan, sections, tasks, task units) written by plain JDBC batches
 * in one transaction per plan, with none of the checks. Also: importing the same document again changes nothing.
 */
@Tag("bench")
@FazhiIntegrationTest
class PlanImportBench {

    private static final int COUNTIES = Integer.getInteger("fazhi.bench.plan.import-counties", 100);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanImport planImport;
    @Autowired
    TransactionTemplate tx;

    @Test
    void importSeed002AsOneHundredCountyPlans() throws Exception {
        ParsedPlan parsed = new PlanParser().parse(Seeds.read(Seeds.PLAN_002));
        assertThat(parsed.tasks()).hasSize(140);
        Set<String> names = new LinkedHashSet<>();
        parsed.tasks().forEach(t -> {
            names.addAll(t.leadUnits());
            names.addAll(t.responsibleUnits());
        });
        names.removeIf(n -> n.startsWith("各"));

        // 2 × COUNTIES counties (one set for the importer, one for the baseline), each with its own units
        Instant now = Instant.now();
        long provinceId = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from org_unit", Long.class);
        String provincePath = "/" + provinceId + "/";
        jdbc.update("insert into org_unit (id, parent_id, path, code, name, kind, sort_order, active, created_at, updated_at) values (?, null, ?, ?, ?, 'GOVERNMENT', 0, true, ?, ?)",
                provinceId, provincePath, "BI-P", "导入基准省人民政府", Timestamp.from(now), Timestamp.from(now));
        long next = provinceId + 1;
        List<Long> counties = new ArrayList<>();
        List<Map<String, Long>> unitsOf = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < 2 * COUNTIES; k++) {
            long county = next++;
            String countyPath = provincePath + county + "/";
            rows.add(new Object[] {county, provinceId, countyPath, "BI-" + k, "导入基准县" + k + "人民政府", "GOVERNMENT", k,
                    Timestamp.from(now), Timestamp.from(now)});
            Map<String, Long> units = new LinkedHashMap<>();
            int u = 0;
            for (String name : names) {
                long id = next++;
                rows.add(new Object[] {id, county, countyPath + id + "/", "BI-" + k + "-" + u++, "县" + k + name, "DEPARTMENT", u,
                        Timestamp.from(now), Timestamp.from(now)});
                units.put(name, id);
            }
            counties.add(county);
            unitsOf.add(units);
        }
        jdbc.batchUpdate("insert into org_unit (id, parent_id, path, code, name, kind, sort_order, active, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, true, ?, ?)", rows);
        FazhiPrincipal importer = new FazhiPrincipal(990_200L, "bench-importer", "省司法厅", provinceId, "导入基准省",
                provincePath, null, true, false, Set.of("BENCH"), Set.of("plan:read", "plan:manage"),
                new DataScope(false, Set.of(provincePath), Set.of(), null));

        long importNanos = 0;
        long rawNanos = 0;
        for (int k = 0; k < COUNTIES; k++) {
            // ABBA order so that neither side always runs on a warmer cache
            boolean importFirst = k % 2 == 0;
            for (int side = 0; side < 2; side++) {
                if ((side == 0) == importFirst) {
                    long county = counties.get(k);
                    Map<String, UnitDecision> decisions = new LinkedHashMap<>();
                    unitsOf.get(k).forEach((name, id) -> decisions.put(name, UnitDecision.map(name, id, false)));
                    PlanMetadata meta = new PlanMetadata("导入基准县" + k + "法治政府建设实施方案(2016—2020年)", null, 2016, 2020,
                            "YEARLY", county, county);
                    long t0 = System.nanoTime();
                    ImportOutcome out = planImport.importPlan(parsed, meta, decisions, null, importer);
                    importNanos += System.nanoTime() - t0;
                    assertThat(out.created()).isTrue();
                    assertThat(out.tasks()).isEqualTo(140);
                } else {
                    long county = counties.get(COUNTIES + k);
                    Map<String, Long> units = unitsOf.get(COUNTIES + k);
                    long t0 = System.nanoTime();
                    tx.executeWithoutResult(s -> rawInsert(parsed, county, units));
                    rawNanos += System.nanoTime() - t0;
                }
            }
        }
        double importMs = importNanos / 1e6 / COUNTIES;
        double rawMs = rawNanos / 1e6 / COUNTIES;
        Bench.report("plan.import_seed002_per_plan_ms", importMs, rawMs, "ms");

        // idempotent: the same document for the same county again creates nothing
        long before = jdbc.queryForObject("select count(*) from plan_task", Long.class);
        Map<String, UnitDecision> decisions = new LinkedHashMap<>();
        unitsOf.get(0).forEach((name, id) -> decisions.put(name, UnitDecision.map(name, id, false)));
        ImportOutcome again = planImport.importPlan(parsed, new PlanMetadata("导入基准县0法治政府建设实施方案(2016—2020年)", null,
                2016, 2020, "YEARLY", counties.get(0), counties.get(0)), decisions, null, importer);
        assertThat(again.created()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from plan_task", Long.class)).isEqualTo(before);
        System.out.printf("plan import bench: %d county plans, %d tasks stored by the importer%n", COUNTIES,
                jdbc.queryForObject("select count(*) from plan_task t join plan p on p.org_id = t.org_id and p.id = t.plan_id where p.title like '导入基准县%'", Long.class));
    }

    /** The same rows the importer writes, by plain batches: plan, sections, tasks, task units. */
    private void rawInsert(ParsedPlan parsed, long county, Map<String, Long> units) {
        Timestamp now = Timestamp.from(Instant.now());
        UUID plan = UUID.randomUUID();
        jdbc.update("insert into plan (org_id, id, title, period_start_year, period_end_year, status, reporting_cycle, supervisor_org_id, created_by, created_at, updated_at) values (?, ?, ?, 2016, 2020, 'DRAFT', 'YEARLY', ?, 990200, ?, ?)",
                county, plan, "原始写入县" + county, county, now, now);
        Map<String, Integer> sectionNo = new LinkedHashMap<>();
        List<Object[]> sections = new ArrayList<>();
        List<Object[]> tasks = new ArrayList<>();
        List<Object[]> taskUnits = new ArrayList<>();
        for (ParsedTask t : parsed.tasks()) {
            Integer area = t.area() == null ? null : sectionNo.computeIfAbsent("A" + t.area(), key -> {
                sections.add(new Object[] {county, plan, sectionNo.size() + 1, 1, "", t.area(), null});
                return sectionNo.size() + 1;
            });
            Integer sub = t.subArea() == null ? null : sectionNo.computeIfAbsent("S" + t.area() + t.subArea(), key -> {
                sections.add(new Object[] {county, plan, sectionNo.size() + 1, 2, "", t.subArea(), area});
                return sectionNo.size() + 1;
            });
            UUID task = UUID.randomUUID();
            List<Long> leads = t.leadUnits().stream().map(units::get).filter(java.util.Objects::nonNull).toList();
            long lead = leads.isEmpty() ? county : leads.get(0);
            tasks.add(new Object[] {county, task, plan, t.number(), area, sub, t.text(), lead, String.join("、", t.leadUnits()),
                    t.deadline() == null ? null : java.sql.Date.valueOf(t.deadline()), t.deadlineKind().name(), t.deadlineText(), now, now});
            Set<Long> seen = new LinkedHashSet<>(List.of(lead));
            for (Long other : leads) {
                if (seen.add(other)) {
                    taskUnits.add(new Object[] {county, task, other, "CO_LEAD"});
                }
            }
            for (String r : t.responsibleUnits()) {
                Long id = units.get(r);
                if (id != null && seen.add(id)) {
                    taskUnits.add(new Object[] {county, task, id, "RESPONSIBLE"});
                }
            }
        }
        jdbc.batchUpdate("insert into plan_section (plan_org_id, plan_id, section_no, level, label, title, parent_section_no) values (?, ?, ?, ?, ?, ?, ?)", sections);
        jdbc.batchUpdate("insert into plan_task (org_id, id, plan_id, number, area_section_no, sub_area_section_no, text, lead_org_id, lead_unit_text, deadline, deadline_kind, deadline_text, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tasks);
        jdbc.batchUpdate("insert into plan_task_unit (plan_task_org_id, plan_task_id, unit_org_id, role) values (?, ?, ?, ?)", taskUnits);
    }
}
