package cn.fazhi.bench;

import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricKind;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One city's records over 2020–2025 for {@link CityYearMetricsBench}: a city government with 39 departments and 6
 * counties (each a government with 6 departments and 4 towns), 106 organisations; annual plans (年度工作要点) with
 * tasks and half-yearly progress reports, reconsideration cases (复议机关: the city and county governments),
 * litigation cases with hearings and recommendations, mediation cases, petitions with their handling deadlines, and
 * declarations of the declared metrics. The volume grows year by year (2025 is about 22% of it). Rows go in by
 * multi-row INSERT statements (100 rows each) sent in JDBC batches: one round trip per 1,000 rows on PostgreSQL too.
 */
final class CityYearData {

    /** Shares of the total, by table: what a city's platform holds after six years (disputes dominate). */
    static final double TASKS = 0.05;
    static final double RECON = 0.10;
    static final double LITIGATION = 0.04;
    static final double RECOMMENDATIONS = 0.005;
    static final double MEDIATION = 0.24;
    static final double PETITIONS = 0.1875;
    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2025;
    /** Relative volume per year 2020…2025 (sum 1.0). */
    static final double[] YEAR_WEIGHT = {0.12, 0.14, 0.16, 0.17, 0.19, 0.22};

    record Dataset(long cityId, String cityPath, int orgs, long rows, java.util.Map<String, Long> byTable) {
    }

    private final JdbcTemplate jdbc;
    private final Random random = new Random(20251231L);
    private final Timestamp now = Timestamp.from(Instant.now());
    private final java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();

    CityYearData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Dataset generate(long total, List<MetricDefinition> declared) throws SQLException {
        // ---- organisations ----
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from org_unit", Long.class);
        long next = (max == null ? 0 : max) + 10_000;
        String tag = Long.toString(System.nanoTime() % 1_000_000, 36);
        List<Object[]> orgRows = new ArrayList<>();
        long city = next++;
        String cityPath = "/" + city + "/";
        orgRows.add(new Object[] {city, null, cityPath, "CY" + tag, "基准市人民政府" + tag, "GOVERNMENT", 0, now, now});
        List<Long> all = new ArrayList<>();
        List<Long> governments = new ArrayList<>();
        List<List<Long>> subtree = new ArrayList<>(); // per organisation: itself and its subordinates
        all.add(city);
        governments.add(city);
        for (int d = 1; d <= 39; d++) {
            long id = next++;
            orgRows.add(new Object[] {id, city, cityPath + id + "/", "CY" + tag + "-D" + d, "基准市第" + d + "局", "DEPARTMENT", d, now, now});
            all.add(id);
        }
        for (int k = 1; k <= 6; k++) {
            long county = next++;
            String countyPath = cityPath + county + "/";
            orgRows.add(new Object[] {county, city, countyPath, "CY" + tag + "-X" + k, "基准县" + k + "人民政府", "GOVERNMENT", 100 + k, now, now});
            all.add(county);
            governments.add(county);
            for (int u = 1; u <= 10; u++) {
                long id = next++;
                boolean town = u > 6;
                orgRows.add(new Object[] {id, county, countyPath + id + "/", "CY" + tag + "-X" + k + "-" + u,
                    "基准县" + k + (town ? "第" + u + "镇人民政府" : "第" + u + "局"), town ? "TOWN" : "DEPARTMENT", u, now, now});
                all.add(id);
            }
        }
        jdbc.batchUpdate("insert into org_unit (id, parent_id, path, code, name, kind, sort_order, active, created_at,"
                + " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, 0)", orgRows);
        jdbc.execute("alter table org_unit alter column id restart with " + (next + 1));
        // each organisation's subtree (the city: everything; a county: itself and its 10 units; others: themselves)
        for (int i = 0; i < all.size(); i++) {
            long id = all.get(i);
            List<Long> sub = new ArrayList<>();
            if (id == city) {
                sub.addAll(all);
            } else if (governments.contains(id)) {
                int at = all.indexOf(id);
                sub.addAll(all.subList(at, at + 11));
            } else {
                sub.add(id);
            }
            subtree.add(sub);
        }

        DataSource ds = jdbc.getDataSource();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            plans(c, all, subtree, (long) (total * TASKS));
            recon(c, governments, all, (long) (total * RECON));
            litigation(c, all, (long) (total * LITIGATION), (long) (total * RECOMMENDATIONS));
            mediation(c, all, (long) (total * MEDIATION));
            petitions(c, all, (long) (total * PETITIONS));
            long sofar = counts.values().stream().mapToLong(Long::longValue).sum();
            declarations(c, all, declared, Math.max(0, total - sofar));
            c.commit();
        }
        long rows = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Dataset(city, cityPath, all.size(), rows, counts);
    }

    // ---- plan: one annual plan per organisation and year, ~tasks/636 tasks each, two progress reports per task ----

    private void plans(Connection c, List<Long> orgs, List<List<Long>> subtree, long tasks) throws SQLException {
        Rows plan = new Rows(c, "plan", "org_id, id, title, doc_number, period_start_year, period_end_year, status,"
                + " reporting_cycle, supervisor_org_id, published, created_by, created_at, updated_at, version", 14);
        Rows task = new Rows(c, "plan_task", "org_id, id, plan_id, number, text, lead_org_id, deadline, deadline_kind,"
                + " deadline_text, status, completed_on, created_at, updated_at, version", 14);
        Rows report = new Rows(c, "progress_report", "org_id, id, task_id, period_code, period_end, due_on, reporting_org_id,"
                + " status, task_status, completion, narrative, submitted_at, created_at, updated_at, version", 15);
        long city = orgs.get(0);
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            long tasksThisYear = Math.round(tasks * YEAR_WEIGHT[y - FIRST_YEAR]);
            long perPlan = Math.max(1, tasksThisYear / orgs.size());
            for (int o = 0; o < orgs.size(); o++) {
                long org = orgs.get(o);
                UUID planId = uuid();
                plan.add(org, planId, "基准单位" + org + y + "年法治政府建设工作要点", "基发〔" + y + "〕" + (o + 1) + "号", y, y,
                        y < LAST_YEAR ? "ENDED" : "IN_FORCE", "HALF_YEARLY", city, false, 1L, now, now, 0);
                List<Long> leads = subtree.get(o);
                for (int n = 1; n <= perPlan; n++) {
                    UUID taskId = uuid();
                    long lead = leads.get(random.nextInt(leads.size()));
                    double r = random.nextDouble();
                    String kind = "DATE";
                    LocalDate deadline = LocalDate.of(y, random.nextBoolean() ? 6 : 12, random.nextBoolean() ? 30 : 15);
                    String status;
                    LocalDate completedOn = null;
                    if (r < 0.55) {
                        status = "COMPLETED";
                        completedOn = deadline.minusDays(random.nextInt(150) - 20);
                    } else if (r < 0.70) {
                        status = "IN_PROGRESS";
                    } else if (r < 0.78) {
                        status = "NOT_STARTED";
                    } else if (r < 0.88) {
                        status = "OVERDUE_UNFINISHED";
                    } else {
                        status = "ONGOING";
                        kind = r < 0.95 ? "CONTINUOUS" : "RECURRING";
                        deadline = null;
                    }
                    task.add(org, taskId, planId, n, "第" + n + "项:推进依法行政相关工作并建立长效机制", lead, d(deadline), kind,
                            deadline == null ? "持续推进" : deadline.getYear() + "年" + deadline.getMonthValue() + "月底前", status,
                            d(completedOn), now, now, 0);
                    for (int h = 1; h <= 2; h++) {
                        LocalDate periodEnd = h == 1 ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31);
                        LocalDate due = periodEnd.plusDays(10);
                        int s = random.nextInt(100);
                        String rs = s < 80 ? "ACCEPTED" : s < 88 ? "SUBMITTED" : s < 94 ? "RETURNED" : "DRAFT";
                        Timestamp submitted = "DRAFT".equals(rs) ? null
                                : Timestamp.from(due.plusDays(random.nextInt(14) - 9).atTime(random.nextInt(24), 30)
                                        .toInstant(ZoneOffset.ofHours(8)));
                        boolean done = completedOn != null && !completedOn.isAfter(periodEnd);
                        report.add(org, uuid(), taskId, y + "H" + h, d(periodEnd), d(due), lead, rs,
                                done ? "COMPLETED" : "IN_PROGRESS", done, "本期按计划推进,完成阶段性目标。", submitted, now, now, 0);
                    }
                }
            }
        }
        plan.close();
        task.close();
        report.close();
    }

    // ---- reconsideration: organs are the city and county governments; respondents are any unit ----

    private static final String[] DECISIONS = {"UPHELD", "UPHELD", "UPHELD", "UPHELD", "CHANGED", "REVOKED",
        "CONFIRMED_ILLEGAL", "ORDERED_TO_PERFORM", "CONFIRMED_INVALID", "CLAIM_REJECTED", "CLAIM_REJECTED"};

    /** How a reconsideration case received on a day ended (or stands): also used by ReconsiderationBench. */
    record ReconOutcome(String state, LocalDate accepted, LocalDate concluded, String decision, String termination,
            boolean afterMediation) {
    }

    /**
     * 6% not accepted; of the accepted, 66% decided (decision types as {@link #DECISIONS}), 12% terminated (mostly
     * withdrawn after mediation), 4% mediated, the rest pending.
     */
    static ReconOutcome reconOutcome(Random random, LocalDate received) {
        int kind = random.nextInt(100);
        if (kind < 6) {
            return new ReconOutcome("NOT_ACCEPTED", null, received.plusDays(3), null, null, false);
        }
        LocalDate accepted = received.plusDays(1 + random.nextInt(5));
        if (kind < 72) {
            return new ReconOutcome("DECIDED", accepted, accepted.plusDays(20 + random.nextInt(70)),
                    DECISIONS[random.nextInt(DECISIONS.length)], null, false);
        }
        if (kind < 84) {
            boolean mediation = kind < 80;
            return new ReconOutcome("TERMINATED", accepted, accepted.plusDays(10 + random.nextInt(40)), null,
                    mediation ? "WITHDRAWN_AFTER_MEDIATION" : "WITHDRAWN", mediation);
        }
        if (kind < 88) {
            return new ReconOutcome("MEDIATED", accepted, accepted.plusDays(15 + random.nextInt(40)), null, null, false);
        }
        return new ReconOutcome(kind < 94 ? "ACCEPTED" : "ANSWERED", accepted, null, null, null, false);
    }

    private void recon(Connection c, List<Long> organs, List<Long> respondents, long n) throws SQLException {
        Rows rows = new Rows(c, "recon_case", "org_id, id, case_no, channel, respondent_org_id, applicant, act_description,"
                + " received_on, state, procedure_kind, review_start_on, accepted_on, concluded_on, decision_type,"
                + " termination_ground, after_mediation, decided_on, created_at, updated_at", 19);
        for (long i = 0; i < n; i++) {
            long organ = organs.get(random.nextInt(organs.size()));
            LocalDate received = day();
            ReconOutcome r = reconOutcome(random, received);
            rows.add(organ, uuid(), "复议〔" + received.getYear() + "〕" + i + "号", "IN_PERSON",
                    respondents.get(random.nextInt(respondents.size())), "申请人" + i, "不服行政处罚决定", d(received), r.state(),
                    r.accepted() == null ? null : "ORDINARY", d(received), d(r.accepted()), d(r.concluded()), r.decision(),
                    r.termination(), r.afterMediation(), d(r.decision() == null ? null : r.concluded()), now, now);
        }
        rows.close();
    }

    // ---- litigation: defendants are any unit; 1–2 hearings per heard case; recommendations ----

    private static final String[] APPEARANCE = {"HEAD", "HEAD", "HEAD", "HEAD", "HEAD", "HEAD", "HEAD", "HEAD_ABSENT", "EXCUSED"};
    private static final String[] OUTCOME = {"REJECTED_CLAIM", "REJECTED_CLAIM", "REJECTED_CLAIM", "DISMISSED", "WITHDRAWN",
        "REVOKED", "CONFIRMED_ILLEGAL", "ORDERED_TO_PERFORM"};

    private void litigation(Connection c, List<Long> orgs, long cases, long recommendations) throws SQLException {
        Rows lc = new Rows(c, "litigation_case", "org_id, id, case_number, court_name, plaintiff, cause, complaint_received_on,"
                + " state, instance, defence_late, lost, effective_on, created_by, created_at, updated_at, version", 16);
        Rows hearing = new Rows(c, "litigation_hearing", "litigation_case_org_id, litigation_case_id, seq, instance, held_on,"
                + " appearance, head_name, head_post, recorded_by, recorded_at", 10);
        Rows rec = new Rows(c, "litigation_recommendation", "org_id, id, kind, case_id, issuer, doc_number, received_on, content,"
                + " reply_due, reply_unit, reply_amount, reply_basis, created_by, created_at, updated_at, version", 16);
        long hearings = Math.round(cases * 1.5);
        long heard = 0;
        for (long i = 0; i < cases; i++) {
            long org = orgs.get(random.nextInt(orgs.size()));
            UUID id = uuid();
            LocalDate received = day();
            int k = random.nextInt(100);
            Boolean lost = null;
            LocalDate effective = null;
            String state = "DEFENCE_FILED";
            if (k < 80) {
                String outcome = OUTCOME[random.nextInt(OUTCOME.length)];
                lost = outcome.equals("REVOKED") || outcome.equals("CONFIRMED_ILLEGAL") || outcome.equals("ORDERED_TO_PERFORM");
                effective = received.plusDays(90 + random.nextInt(200));
                state = "EFFECTIVE";
            }
            lc.add(org, id, "(" + received.getYear() + ")基行初" + i + "号", "基准市中级人民法院", "原告" + i, "不服行政行为",
                    d(received), state, "FIRST", false, lost, d(effective), 1L, now, now, 0);
            // heard cases: one hearing, a second one for half of them, until the hearing share is used up
            int times = heard + 2 <= hearings && random.nextBoolean() ? 2 : heard < hearings ? 1 : 0;
            for (int s = 1; s <= times; s++) {
                hearing.add(org, id, s, "FIRST", d(received.plusDays(40L * s + random.nextInt(30))),
                        APPEARANCE[random.nextInt(APPEARANCE.length)], "甲", "局长", 1L, now);
                heard++;
            }
        }
        for (long i = 0; i < recommendations; i++) {
            LocalDate received = day();
            rec.add(orgs.get(random.nextInt(orgs.size())), uuid(), random.nextInt(3) == 0 ? "PROCURATORIAL" : "JUDICIAL", null,
                    "基准市人民法院", "基建〔" + received.getYear() + "〕" + i + "号", d(received), "建议规范执法程序", d(received.plusDays(60)),
                    "NATURAL_DAYS", 60, "行政诉讼法第六十六条", 1L, now, now, 0);
        }
        lc.close();
        hearing.close();
        rec.close();
    }

    // ---- mediation: any unit mediates ----

    private static final String[] DISPUTES = {"COMPENSATION", "TRAFFIC", "OTHER"};

    private void mediation(Connection c, List<Long> orgs, long n) throws SQLException {
        Rows rows = new Rows(c, "mediation_case", "org_id, id, applicant, other_party, dispute_type, summary, received_on,"
                + " state, accepted_on, closed_on, created_by, created_at, updated_at, version", 14);
        for (long i = 0; i < n; i++) {
            LocalDate received = day();
            int k = random.nextInt(100);
            String state;
            LocalDate accepted = null;
            LocalDate closed = null;
            if (k < 4) {
                state = "DECLINED";
            } else {
                accepted = received.plusDays(random.nextInt(4));
                state = k < 80 ? "SUCCEEDED" : k < 88 ? "FAILED" : k < 92 ? "TERMINATED" : "ACCEPTED";
                closed = k < 92 ? accepted.plusDays(3 + random.nextInt(40)) : null;
            }
            rows.add(orgs.get(random.nextInt(orgs.size())), uuid(), "申请人" + i, "对方当事人" + i, DISPUTES[random.nextInt(3)],
                    "行政赔偿、补偿争议", d(received), state, d(accepted), d(closed), 1L, now, now, 0);
        }
        rows.close();
    }

    // ---- petitions: registered by the governments' petition offices, handled by any unit; a HANDLING deadline ----

    private void petitions(Connection c, List<Long> orgs, long n) throws SQLException {
        Rows rows = new Rows(c, "petition", "org_id, id, channel, petitioner, matter, category, received_on, state,"
                + " handling_org_id, accepted_on, replied_on, created_by, created_at, updated_at, version", 15);
        Rows deadline = new Rows(c, "petition_deadline", "petition_org_id, petition_id, step, due, unit, amount, basis,"
                + " provisional, done_on", 9);
        for (long i = 0; i < n; i++) {
            long org = orgs.get(random.nextInt(orgs.size()));
            UUID id = uuid();
            LocalDate received = day();
            int k = random.nextInt(100);
            if (k < 3) {
                rows.add(org, id, "VISIT", "信访人" + i, "反映拆迁补偿问题", "CLAIM", d(received), "ROUTED", null, null, null, 1L,
                        now, now, 0);
                continue;
            }
            LocalDate accepted = received.plusDays(random.nextInt(15));
            LocalDate due = accepted.plusDays(60);
            LocalDate replied = k < 95 ? accepted.plusDays(10 + random.nextInt(k < 88 ? 50 : 80)) : null;
            rows.add(org, id, "ONLINE", "信访人" + i, "反映拆迁补偿问题", "CLAIM", d(received), replied == null ? "ACCEPTED" : "REPLIED",
                    orgs.get(random.nextInt(orgs.size())), d(accepted), d(replied), 1L, now, now, 0);
            deadline.add(org, id, "HANDLING", d(due), "NATURAL_DAYS", 60, "信访工作条例第三十四条", false, d(replied));
        }
        rows.close();
        deadline.close();
    }

    // ---- declarations: the rest of the total, yearly, for the declared-only metrics ----

    private void declarations(Connection c, List<Long> orgs, List<MetricDefinition> declared, long n) throws SQLException {
        if (declared.isEmpty()) {
            return;
        }
        Rows rows = new Rows(c, "declaration", "org_id, id, metric, period_code, period_start, period_end, amount, numerator,"
                + " denominator, status, declared_by, declared_at, updated_at, version", 14);
        long perYear = n / (LAST_YEAR - FIRST_YEAR + 1);
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            for (long i = 0; i < perYear; i++) {
                MetricDefinition m = declared.get((int) (i % declared.size()));
                long org = orgs.get((int) ((i / declared.size()) % orgs.size()));
                boolean rate = m.kind() == MetricKind.RATE;
                long den = 20 + random.nextInt(200);
                int s = random.nextInt(100);
                rows.add(org, uuid(), m.name(), String.valueOf(y), d(LocalDate.of(y, 1, 1)), d(LocalDate.of(y, 12, 31)),
                        rate ? null : java.math.BigDecimal.valueOf(random.nextInt(500)), rate ? java.math.BigDecimal.valueOf(den - random.nextInt(20)) : null,
                        rate ? java.math.BigDecimal.valueOf(den) : null, s < 85 ? "ACCEPTED" : s < 95 ? "SUBMITTED" : "RETURNED", 1L, now,
                        now, 0);
            }
        }
        rows.close();
    }

    private LocalDate day() {
        double r = random.nextDouble();
        int y = 0;
        while (y < YEAR_WEIGHT.length - 1 && r >= YEAR_WEIGHT[y]) {
            r -= YEAR_WEIGHT[y];
            y++;
        }
        LocalDate first = LocalDate.of(FIRST_YEAR + y, 1, 1);
        return first.plusDays(random.nextInt(first.lengthOfYear()));
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static Date d(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /**
     * Multi-row INSERT of {@value #PER_STATEMENT} rows per statement, {@value #PER_BATCH} statements per JDBC batch and
     * commit; the rest by single-row statements at close.
     */
    private final class Rows {
        static final int PER_STATEMENT = 100;
        static final int PER_BATCH = 10;
        private final Connection c;
        private final String table;
        private final String single;
        private final int width;
        private final PreparedStatement multi;
        private final List<Object[]> pending = new ArrayList<>();
        private int batched;
        private long count;

        Rows(Connection c, String table, String columns, int width) throws SQLException {
            this.c = c;
            this.table = table;
            this.width = width;
            String row = "(" + String.join(",", java.util.Collections.nCopies(width, "?")) + ")";
            this.single = "insert into " + table + " (" + columns + ") values " + row;
            this.multi = c.prepareStatement("insert into " + table + " (" + columns + ") values "
                    + String.join(",", java.util.Collections.nCopies(PER_STATEMENT, row)));
        }

        void add(Object... values) throws SQLException {
            if (values.length != width) {
                throw new IllegalArgumentException(table + ": " + values.length + " values for " + width + " columns");
            }
            pending.add(values);
            count++;
            if (pending.size() == PER_STATEMENT) {
                int p = 1;
                for (Object[] r : pending) {
                    for (Object v : r) {
                        set(multi, p++, v);
                    }
                }
                multi.addBatch();
                pending.clear();
                if (++batched == PER_BATCH) {
                    multi.executeBatch();
                    c.commit();
                    batched = 0;
                }
            }
        }

        void close() throws SQLException {
            if (batched > 0) {
                multi.executeBatch();
            }
            multi.close();
            try (PreparedStatement ps = c.prepareStatement(single)) {
                for (Object[] r : pending) {
                    for (int i = 0; i < r.length; i++) {
                        set(ps, i + 1, r[i]);
                    }
                    ps.addBatch();
                }
                if (!pending.isEmpty()) {
                    ps.executeBatch();
                }
            }
            c.commit();
            counts.merge(table, count, Long::sum);
        }

        private static void set(PreparedStatement ps, int i, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(i, java.sql.Types.NULL);
            } else if (v instanceof UUID u) {
                ps.setObject(i, u);
            } else {
                ps.setObject(i, v);
            }
        }
    }
}
