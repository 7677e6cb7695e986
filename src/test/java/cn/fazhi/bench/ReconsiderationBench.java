package cn.fazhi.bench;

import cn.fazhi.disputes.reconsideration.ReconsiderationCases;
import cn.fazhi.disputes.reconsideration.ReconsiderationMetrics;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.security.DataScope;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reconsideration at scale (issue 6 "bench/"): 200,000 cases across 100 reconsideration organs (a province, 10
 * cities, 89 counties, each with one department as respondent), loaded by JDBC batch. Measures the office's case
 * list (first page, unfiltered and filtered by state, within a city's subtree scope) and the metrics received,
 * concluded and upheld for a year with subordinates (the province) against the raw SQL each needs.
 */
@Tag("bench")
@cn.fazhi.support.FazhiIntegrationTest
class ReconsiderationBench {

    static final int ORGANS = 100;
    static final int CASES = 200_000;

    @Autowired JdbcTemplate jdbc;
    @Autowired ReconsiderationCases cases;
    @Autowired ReconsiderationMetrics metrics;

    @Test
    void caseListAndMetricsAgainstRawSql() throws Exception {
        Random random = new Random(42);
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from org_unit", Long.class);
        long next = (max == null ? 0 : max) + 5_000;
        Timestamp now = Timestamp.from(Instant.now());
        String tag = Long.toString(System.nanoTime() % 1_000_000, 36);
        List<Object[]> orgs = new ArrayList<>();
        long province = next++;
        String provincePath = "/" + province + "/";
        orgs.add(new Object[] {province, null, provincePath, "RB" + tag + "-P", "复议基准省人民政府" + tag, "GOVERNMENT", 1, now, now});
        long[] organ = new long[ORGANS];
        long[] respondent = new long[ORGANS];
        String[] organPath = new String[ORGANS];
        organ[0] = province;
        organPath[0] = provincePath;
        for (int i = 1; i < ORGANS; i++) {
            long parent = i <= 10 ? province : organ[1 + (i % 10)];
            String parentPath = i <= 10 ? provincePath : organPath[1 + (i % 10)];
            organ[i] = next++;
            organPath[i] = parentPath + organ[i] + "/";
            orgs.add(new Object[] {organ[i], parent, organPath[i], "RB" + tag + "-G" + i, "复议基准" + i + "人民政府", "GOVERNMENT", i, now, now});
        }
        for (int i = 0; i < ORGANS; i++) {
            respondent[i] = next++;
            orgs.add(new Object[] {respondent[i], organ[i], organPath[i] + respondent[i] + "/", "RB" + tag + "-D" + i,
                "复议基准" + i + "公安局", "DEPARTMENT", i, now, now});
        }
        jdbc.batchUpdate("insert into org_unit (id, parent_id, path, code, name, kind, sort_order, active, created_at,"
                + " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, 0)", orgs);
        jdbc.execute("alter table org_unit alter column id restart with " + (next + 1));

        long loadStart = System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> deadlines = new ArrayList<>();
        LocalDate base = LocalDate.of(2023, 1, 1);
        for (int n = 0; n < CASES; n++) {
            int o = n % ORGANS;
            UUID id = new UUID(random.nextLong(), random.nextLong());
            LocalDate received = base.plusDays(random.nextInt(3 * 365));
            // the outcome mix of the city-year bench
            CityYearData.ReconOutcome r = CityYearData.reconOutcome(random, received);
            LocalDate accepted = r.accepted();
            LocalDate concluded = r.concluded();
            String decision = r.decision();
            rows.add(new Object[] {organ[o], id, "复议〔" + received.getYear() + "〕B" + n + "号", "IN_PERSON",
                respondent[o], "申请人" + n, "不服行政处罚", Date.valueOf(received), r.state(),
                accepted == null ? null : "ORDINARY", Date.valueOf(received), d(accepted), d(concluded),
                decision, r.termination(), r.afterMediation(), d(decision == null ? null : concluded), now, now});
            deadlines.add(new Object[] {organ[o], id, "ACCEPTANCE_REVIEW", Date.valueOf(received),
                Date.valueOf(received.plusDays(7)), "WORKING_DAYS", 5, "行政复议法(2023) 第三十条", false,
                d(accepted != null ? accepted : concluded)});
            if (accepted != null) {
                deadlines.add(new Object[] {organ[o], id, "DECISION", Date.valueOf(accepted),
                    Date.valueOf(accepted.plusDays(60)), "NATURAL_DAYS", 60, "行政复议法(2023) 第六十二条", false, d(concluded)});
            }
            if (rows.size() == 5_000) {
                flush(rows, deadlines);
            }
        }
        flush(rows, deadlines);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.printf("reconsideration bench: %d cases, %d organs loaded in %.1f s%n", CASES, ORGANS, loadSeconds);

        // --- the case list: a city office's scope (its subtree: the city and its counties) ---
        String cityPath = organPath[1];
        DataScope scope = new DataScope(false, Set.of(cityPath), Set.of(), null);
        ReconsiderationCases.Visibility v = ReconsiderationCases.scopeCondition(scope, true, false, "c");
        // baseline: the hand-written SQL the page needs — the page of cases in scope, the open deadlines of those
        // cases, the count — without the repository, scope object or mapping
        String orgScope = "c.org_id in (select s.id from org_unit s where s.path like ?)";
        compare("reconsideration.case_list.first_page",
                () -> cases.list(v, null, null, null, null, 0, 20).size() + (int) cases.count(v, null, null, null, null),
                () -> rawPage(orgScope, "", List.of(cityPath + "%")));
        compare("reconsideration.case_list.filtered",
                () -> cases.list(v, "ACCEPTED", null, null, null, 0, 20).size() + (int) cases.count(v, "ACCEPTED", null, null, null),
                () -> rawPage(orgScope, " and c.state = ?", List.of(cityPath + "%", "ACCEPTED")));

        // --- the metrics for 2024, the province with subordinates ---
        MetricQuery q = new MetricQuery(province, true, MetricPeriod.year(2024));
        Date start = Date.valueOf("2024-01-01");
        Date end = Date.valueOf("2024-12-31");
        String orgIn = "c.org_id in (select s.id from org_unit s where s.path like ?)";
        compare("reconsideration.metric.received", () -> metrics.value("reconsideration.received", q).value().intValue(),
                () -> jdbc.queryForObject("select count(*) from recon_case c where " + orgIn
                        + " and c.received_on >= ? and c.received_on <= ?", Integer.class, provincePath + "%", start, end));
        compare("reconsideration.metric.concluded", () -> metrics.value("reconsideration.concluded", q).value().intValue(),
                () -> jdbc.queryForObject("select count(*) from recon_case c where " + orgIn
                        + " and c.concluded_on >= ? and c.concluded_on <= ? and c.accepted_on is not null", Integer.class,
                        provincePath + "%", start, end));
        compare("reconsideration.metric.upheld", () -> metrics.value("reconsideration.upheld", q).value().intValue(),
                () -> jdbc.queryForObject("select count(*) from recon_case c where " + orgIn
                        + " and c.concluded_on >= ? and c.concluded_on <= ? and c.decision_type = 'UPHELD'", Integer.class,
                        provincePath + "%", start, end));
    }

    private int rawPage(String scope, String filter, List<Object> params) {
        List<Object> p = new ArrayList<>(params);
        p.add(20);
        List<java.util.Map<String, Object>> page = jdbc.queryForList("select c.id, c.org_id, c.case_no, c.applicant,"
                + " c.state, c.received_on, c.respondent_org_id from recon_case c where " + scope + filter
                + " order by c.received_on desc, c.case_no desc limit ?", p.toArray());
        if (!page.isEmpty()) {
            jdbc.queryForList("select d.case_id, d.step, d.due from recon_deadline d where d.done_on is null and d.case_id in ("
                    + String.join(",", page.stream().map(r -> "?").toList()) + ")", page.stream().map(r -> r.get("id")).toArray());
        }
        Integer n = jdbc.queryForObject("select count(*) from recon_case c where " + scope + filter, Integer.class,
                params.toArray());
        return page.size() + (n == null ? 0 : n);
    }

    private void flush(List<Object[]> rows, List<Object[]> deadlines) {
        jdbc.batchUpdate("insert into recon_case (org_id, id, case_no, channel, respondent_org_id, applicant,"
                + " act_description, received_on, state, procedure_kind, review_start_on, accepted_on, concluded_on,"
                + " decision_type, termination_ground, after_mediation, decided_on, created_at, updated_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        jdbc.batchUpdate("insert into recon_deadline (case_org_id, case_id, step, start_on, due, unit, amount, basis,"
                + " provisional, done_on) values (?,?,?,?,?,?,?,?,?,?)", deadlines);
        rows.clear();
        deadlines.clear();
    }

    private static Date d(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** Median of 15 timed runs after 3 warm-ups, for the feature and its raw-SQL baseline; both must agree. */
    private static void compare(String name, Callable<Integer> feature, Callable<Integer> baseline) throws Exception {
        for (int i = 0; i < 3; i++) {
            feature.call();
            baseline.call();
        }
        double[] f = new double[15];
        double[] b = new double[15];
        int fv = 0;
        int bv = 0;
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            fv = feature.call();
            f[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            bv = baseline.call();
            b[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(f);
        java.util.Arrays.sort(b);
        if (fv != bv) {
            throw new AssertionError(name + ": feature gave " + fv + ", raw SQL " + bv);
        }
        Bench.report(name, f[7], b[7], "ms");
    }
}
