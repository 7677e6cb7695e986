package cn.fazhi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.plan.ReportingCycle;
import cn.fazhi.plan.progress.ReportingPeriod;
import cn.fazhi.plan.progress.ReportingSchedule;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.kernel.TimeConfig;
import cn.fazhi.platform.metrics.MetricCatalogue;
import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 5 bench: every metric of the catalogue for a city with its subordinates and the year 2025 — what the annual
 * report computes — on {@code fazhi.bench.metrics.records} records (default 1,000,000, over 2020–2025, see
 * {@link CityYearData}), as a ratio to the hand-written SQL aggregates giving the same numbers (three or fewer
 * grouped/filtered queries per table), measured in the same run. Both are checked to agree metric by metric before
 * timing. Median of {@value #ROUNDS} rounds after {@value #WARMUP} warm-ups; then the same per source (module), to show
 * where the time goes.
 */
@Tag("bench")
@cn.fazhi.support.FazhiIntegrationTest
class CityYearMetricsBench {

    private static final long RECORDS = Long.getLong("fazhi.bench.metrics.records", 1_000_000L);
    private static final int WARMUP = 3;
    private static final int ROUNDS = 11;
    private static final int YEAR = 2025;

    @Autowired JdbcTemplate jdbc;
    @Autowired MetricCatalogue catalogue;
    @Autowired Clock clock;
    @Autowired StatutoryCalendar calendar;

    private String subtree;
    private final Date start = Date.valueOf(LocalDate.of(YEAR, 1, 1));
    private final Date end = Date.valueOf(LocalDate.of(YEAR, 12, 31));
    private MetricQuery q;

    @Test
    void allMetricsOfACityYearVersusRawSql() throws Exception {
        List<MetricDefinition> definitions = catalogue.definitions();
        List<MetricDefinition> declared = definitions.stream().filter(d -> catalogue.isDeclared(d.name())).toList();
        long t0 = System.nanoTime();
        CityYearData.Dataset data = new CityYearData(jdbc).generate(RECORDS, declared);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        jdbc.execute("analyze");
        System.out.printf("city-year bench data: %d rows in %d organisations, loaded in %.1f s (analyze %.1f s): %s%n",
                data.rows(), data.orgs(), loadSeconds, (System.nanoTime() - t1) / 1e9, data.byTable());
        subtree = data.cityPath() + "%";
        q = new MetricQuery(data.cityId(), true, MetricPeriod.year(YEAR));

        // the sources: each module's metric names, the declared ones together, each with its raw SQL
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (MetricDefinition d : definitions) {
            String source = catalogue.isDeclared(d.name()) ? "declared" : d.module();
            names.computeIfAbsent(source, k -> new ArrayList<>()).add(d.name());
        }
        Map<String, Supplier<Map<String, MetricValue>>> raw = new LinkedHashMap<>();
        raw.put("plan", this::rawPlan);
        raw.put("reconsideration", this::rawReconsideration);
        raw.put("litigation", this::rawLitigation);
        raw.put("mediation", this::rawMediation);
        raw.put("petition", this::rawPetition);
        raw.put("declared", () -> rawDeclared(names.get("declared")));
        assertThat(raw.keySet()).containsExactlyInAnyOrderElementsOf(names.keySet());
        List<String> all = definitions.stream().map(MetricDefinition::name).toList();

        // correctness first: the catalogue and the raw SQL agree on every metric, and the city's year is not empty
        Map<String, MetricValue> ours = catalogueValues(all);
        Map<String, MetricValue> base = rawAll(raw);
        assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(all);
        assertThat(base.keySet()).containsExactlyInAnyOrderElementsOf(all);
        for (String n : all) {
            MetricValue a = ours.get(n);
            MetricValue b = base.get(n);
            assertThat(same(a.value(), b.value()) && same(a.numerator(), b.numerator()) && same(a.denominator(), b.denominator()))
                    .as("%s: catalogue %s (%s/%s), raw SQL %s (%s/%s)", n, a.value(), a.numerator(), a.denominator(),
                            b.value(), b.numerator(), b.denominator())
                    .isTrue();
        }
        long nonEmpty = all.stream().filter(n -> ours.get(n).value() != null && ours.get(n).value().signum() > 0).count();
        System.out.printf("city-year metrics: %d metrics, %d with a value > 0; e.g. reconsideration.received=%s,"
                + " mediation.received=%s, petition.on_time_rate=%s, plan.task.completion_rate=%s%n", all.size(), nonEmpty,
                ours.get("reconsideration.received").value(), ours.get("mediation.received").value(),
                ours.get("petition.on_time_rate").value(), ours.get("plan.task.completion_rate").value());
        assertThat(nonEmpty).isGreaterThan(all.size() / 2);

        // all metrics: the catalogue against all the raw SQL
        double[] times = medians(() -> catalogueValues(all), () -> rawAll(raw));
        System.out.printf("metrics.city_year: %d metrics over %d records%n", all.size(), data.rows());
        Bench.report("metrics.city_year", times[0], times[1], "ms");
        // per source
        for (Map.Entry<String, List<String>> e : names.entrySet()) {
            List<String> sourceNames = e.getValue();
            double[] t = medians(() -> catalogueValues(sourceNames), raw.get(e.getKey()));
            System.out.printf("metrics.city_year.%s: %d metrics%n", e.getKey(), sourceNames.size());
            Bench.report("metrics.city_year." + e.getKey(), t[0], t[1], "ms");
        }
    }

    /** What the annual report asks for (ReportFigures.figures): the values of the given metrics for the city-year. */
    private Map<String, MetricValue> catalogueValues(List<String> names) {
        return catalogue.valuesAsSystem(names, q);
    }

    private static Map<String, MetricValue> rawAll(Map<String, Supplier<Map<String, MetricValue>>> raw) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        raw.values().forEach(s -> out.putAll(s.get()));
        return out;
    }

    /** Medians in ms of {@link #ROUNDS} alternating rounds after {@link #WARMUP} warm-ups. */
    private static double[] medians(Runnable ours, Runnable baseline) {
        for (int i = 0; i < WARMUP; i++) {
            ours.run();
            baseline.run();
        }
        double[] a = new double[ROUNDS];
        double[] b = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            boolean oursFirst = i % 2 == 0;
            if (!oursFirst) {
                b[i] = time(baseline);
            }
            a[i] = time(ours);
            if (oursFirst) {
                b[i] = time(baseline);
            }
        }
        Arrays.sort(a);
        Arrays.sort(b);
        return new double[] {a[ROUNDS / 2], b[ROUNDS / 2]};
    }

    private static double[] medians(Runnable ours, Supplier<?> baseline) {
        return medians(ours, (Runnable) baseline::get);
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    // ---- the raw SQL: what a hand-written report query needs, per table ----

    private static final String ORG = " in (select s.id from org_unit s where s.path like ?)";

    private MetricValue count(String name, long n) {
        return MetricValue.count(name, n, q);
    }

    private Map<String, MetricValue> rawPlan() {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.CHINA));
        Date cutoff = Date.valueOf(today.isBefore(end.toLocalDate()) ? today : end.toLocalDate());
        jdbc.query("""
                select count(*) as total,
                       count(*) filter (where t.status = 'COMPLETED' and t.completed_on <= ?) as completed,
                       count(*) filter (where t.deadline_kind = 'DATE' and t.deadline < ?
                           and (t.status <> 'COMPLETED' or t.completed_on is null or t.completed_on > t.deadline)) as overdue
                from plan_task t join plan p on p.org_id = t.org_id and p.id = t.plan_id
                where t.lead_org_id""" + ORG + """
                  and p.status <> 'DRAFT' and p.period_start_year <= ?
                  and ((t.deadline_kind = 'DATE' and t.deadline <= ?) or (t.deadline_kind <> 'DATE' and p.period_end_year >= ?)
                       or (t.status = 'COMPLETED' and t.completed_on <= ?))""", rs -> {
                    out.put("plan.task.total", count("plan.task.total", rs.getLong("total")));
                    out.put("plan.task.completed", count("plan.task.completed", rs.getLong("completed")));
                    out.put("plan.task.overdue", count("plan.task.overdue", rs.getLong("overdue")));
                    out.put("plan.task.completion_rate", MetricValue.rate("plan.task.completion_rate", rs.getLong("completed"),
                            rs.getLong("total"), q));
                }, end, cutoff, subtree, YEAR, end, YEAR, end);
        // on time = accepted and submitted (the date in Beijing) by the due day: compared in Java, as the platform does
        long[] r = new long[2];
        jdbc.query("select r.status, r.due_on, r.submitted_at from progress_report r"
                + " join plan_task t on t.org_id = r.org_id and t.id = r.task_id join plan p on p.org_id = t.org_id and p.id = t.plan_id"
                + " where r.reporting_org_id" + ORG + " and p.status <> 'DRAFT' and r.due_on >= ? and r.due_on <= ?", rs -> {
                    r[1]++;
                    Timestamp at = rs.getTimestamp(3);
                    if ("ACCEPTED".equals(rs.getString(1)) && at != null
                            && !at.toInstant().atZone(TimeConfig.CHINA).toLocalDate().isAfter(rs.getObject(2, LocalDate.class))) {
                        r[0]++;
                    }
                }, subtree, start, end);
        // 口径 v2: a reporting period due in the year (due dates from the statutory calendar: SQL has no holiday table,
        // so the periods and their due days are the query's input) whose task has no report row counts as not on time
        for (ReportingCycle cycle : ReportingCycle.values()) {
            for (int y = YEAR - 1; y <= YEAR; y++) {
                for (ReportingPeriod period : ReportingSchedule.periods(cycle, y, y)) {
                    LocalDate due = ReportingSchedule.due(period, calendar).due();
                    if (due.isBefore(start.toLocalDate()) || due.isAfter(end.toLocalDate()) || !due.isBefore(today)) {
                        continue;
                    }
                    Long missing = jdbc.queryForObject("select count(*) from plan_task t join plan p on p.org_id = t.org_id"
                            + " and p.id = t.plan_id where t.lead_org_id" + ORG + " and p.status <> 'DRAFT'"
                            + " and p.reporting_cycle = ? and p.period_start_year <= ? and p.period_end_year >= ?"
                            + " and t.created_at < ? and (t.completed_on is null or t.completed_on >= ?)"
                            + " and not exists (select 1 from progress_report r where r.org_id = t.org_id"
                            + " and r.task_id = t.id and r.period_code = ?)", Long.class, subtree, cycle.name(), y, y,
                            Timestamp.from(due.plusDays(1).atStartOfDay(TimeConfig.CHINA).toInstant()),
                            Date.valueOf(period.start()), period.code());
                    r[1] += missing == null ? 0 : missing;
                }
            }
        }
        out.put("plan.report.on_time_rate", MetricValue.rate("plan.report.on_time_rate", r[0], r[1], q));
        return out;
    }

    private static final String[] RECON_DECISIONS = {"upheld:UPHELD", "changed:CHANGED", "revoked:REVOKED",
        "confirmed_illegal:CONFIRMED_ILLEGAL", "ordered_to_perform:ORDERED_TO_PERFORM", "confirmed_invalid:CONFIRMED_INVALID",
        "claim_rejected:CLAIM_REJECTED"};

    private Map<String, MetricValue> rawReconsideration() {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        jdbc.query("select count(*), count(*) filter (where c.accepted_on is not null),"
                + " count(*) filter (where c.state = 'NOT_ACCEPTED') from recon_case c where c.org_id" + ORG
                + " and c.received_on >= ? and c.received_on <= ?", rs -> {
                    out.put("reconsideration.received", count("reconsideration.received", rs.getLong(1)));
                    out.put("reconsideration.accepted", count("reconsideration.accepted", rs.getLong(2)));
                    out.put("reconsideration.not_accepted", count("reconsideration.not_accepted", rs.getLong(3)));
                }, subtree, start, end);
        Map<String, Long> byDecision = new LinkedHashMap<>();
        long[] c = new long[5];
        jdbc.query("select c.decision_type, count(*), count(*) filter (where c.termination_ground is not null),"
                + " count(*) filter (where c.after_mediation = true),"
                + " count(*) filter (where c.decision_type is null and c.termination_ground is null)"
                + " from recon_case c where c.org_id" + ORG
                + " and c.concluded_on >= ? and c.concluded_on <= ? and c.accepted_on is not null group by c.decision_type", rs -> {
                    if (rs.getString(1) != null) {
                        byDecision.put(rs.getString(1), rs.getLong(2));
                    }
                    c[0] += rs.getLong(2);
                    c[1] += rs.getLong(3);
                    c[2] += rs.getLong(4);
                    c[3] += rs.getLong(5);
                }, subtree, start, end);
        out.put("reconsideration.concluded", count("reconsideration.concluded", c[0]));
        long corrections = 0;
        for (String d : RECON_DECISIONS) {
            String[] p = d.split(":");
            long n = byDecision.getOrDefault(p[1], 0L);
            out.put("reconsideration." + p[0], count("reconsideration." + p[0], n));
            if (!p[1].equals("UPHELD") && !p[1].equals("CLAIM_REJECTED")) {
                corrections += n;
            }
        }
        out.put("reconsideration.terminated", count("reconsideration.terminated", c[1]));
        out.put("reconsideration.terminated_after_mediation", count("reconsideration.terminated_after_mediation", c[2]));
        out.put("reconsideration.mediated", count("reconsideration.mediated", c[3]));
        out.put("reconsideration.direct_correction_rate", MetricValue.rate("reconsideration.direct_correction_rate",
                corrections, c[0], q));
        Long pending = jdbc.queryForObject("select count(*) from recon_case c where c.org_id" + ORG
                + " and c.accepted_on is not null and c.accepted_on <= ? and (c.concluded_on is null or c.concluded_on > ?)",
                Long.class, subtree, end, end);
        out.put("reconsideration.pending", count("reconsideration.pending", pending));
        return out;
    }

    private Map<String, MetricValue> rawLitigation() {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        Long cases = jdbc.queryForObject("select count(*) from litigation_case c where c.org_id" + ORG
                + " and c.complaint_received_on >= ? and c.complaint_received_on <= ?", Long.class, subtree, start, end);
        out.put("litigation.cases", count("litigation.cases", cases));
        jdbc.query("select count(*), count(*) filter (where c.lost = true) from litigation_case c where c.org_id" + ORG
                + " and c.effective_on >= ? and c.effective_on <= ? and c.lost is not null", rs -> {
                    out.put("litigation.concluded", count("litigation.concluded", rs.getLong(1)));
                    out.put("litigation.lost", count("litigation.lost", rs.getLong(2)));
                    out.put("litigation.loss_rate", MetricValue.rate("litigation.loss_rate", rs.getLong(2), rs.getLong(1), q));
                }, subtree, start, end);
        jdbc.query("select count(distinct case when h.appearance = 'HEAD' then h.litigation_case_id end),"
                + " count(distinct h.litigation_case_id) from litigation_hearing h where h.litigation_case_org_id" + ORG
                + " and h.held_on >= ? and h.held_on <= ? and h.appearance in ('HEAD', 'HEAD_ABSENT')", rs -> {
                    out.put("litigation.head_appearance", count("litigation.head_appearance", rs.getLong(1)));
                    out.put("litigation.head_appearance_rate", MetricValue.rate("litigation.head_appearance_rate",
                            rs.getLong(1), rs.getLong(2), q));
                }, subtree, start, end);
        Map<String, Long> kinds = new LinkedHashMap<>();
        jdbc.query("select c.kind, count(*) from litigation_recommendation c where c.org_id" + ORG
                + " and c.received_on >= ? and c.received_on <= ? group by c.kind",
                rs -> {
                    kinds.put(rs.getString(1), rs.getLong(2));
                }, subtree, start, end);
        out.put("litigation.judicial_recommendations", count("litigation.judicial_recommendations", kinds.getOrDefault("JUDICIAL", 0L)));
        out.put("litigation.procuratorial_recommendations", count("litigation.procuratorial_recommendations",
                kinds.getOrDefault("PROCURATORIAL", 0L)));
        return out;
    }

    private Map<String, MetricValue> rawMediation() {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        jdbc.query("select count(*), count(*) filter (where c.state = 'SUCCEEDED' and c.closed_on <= ?) from mediation_case c"
                + " where c.org_id" + ORG + " and c.accepted_on >= ? and c.accepted_on <= ?", rs -> {
                    out.put("mediation.received", count("mediation.received", rs.getLong(1)));
                    out.put("mediation.success_rate", MetricValue.rate("mediation.success_rate", rs.getLong(2), rs.getLong(1), q));
                }, end, subtree, start, end);
        jdbc.query("select count(*) filter (where c.state in ('SUCCEEDED', 'FAILED', 'TERMINATED')),"
                + " count(*) filter (where c.state = 'SUCCEEDED') from mediation_case c"
                + " where c.org_id" + ORG + " and c.closed_on >= ? and c.closed_on <= ?", rs -> {
                    out.put("mediation.closed", count("mediation.closed", rs.getLong(1)));
                    out.put("mediation.succeeded", count("mediation.succeeded", rs.getLong(2)));
                }, subtree, start, end);
        return out;
    }

    private Map<String, MetricValue> rawPetition() {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        Long received = jdbc.queryForObject("select count(*) from petition c where c.org_id" + ORG
                + " and c.received_on >= ? and c.received_on <= ?", Long.class, subtree, start, end);
        out.put("petition.received", count("petition.received", received));
        jdbc.query("select count(*), count(*) filter (where c.replied_on <= d.due) from petition c"
                + " left join petition_deadline d on d.petition_org_id = c.org_id and d.petition_id = c.id and d.step = 'HANDLING'"
                + " where c.handling_org_id" + ORG + " and c.replied_on >= ? and c.replied_on <= ?", rs -> {
                    out.put("petition.closed", count("petition.closed", rs.getLong(1)));
                    out.put("petition.closed_on_time", count("petition.closed_on_time", rs.getLong(2)));
                    out.put("petition.on_time_rate", MetricValue.rate("petition.on_time_rate", rs.getLong(2), rs.getLong(1), q));
                }, subtree, start, end);
        return out;
    }

    /** Only yearly declarations are generated, so the year's declarations are the ones of period code 2025. */
    private Map<String, MetricValue> rawDeclared(List<String> names) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        for (String n : names) {
            out.put(n, new MetricValue(n, null, null, null, q));
        }
        jdbc.query("select d.metric, sum(d.amount), sum(d.numerator), sum(d.denominator) from declaration d where d.org_id" + ORG
                + " and d.status = 'ACCEPTED' and d.superseded_by is null and d.period_code = ? group by d.metric", rs -> {
                    String n = rs.getString(1);
                    BigDecimal den = rs.getBigDecimal(4);
                    if (den != null) {
                        BigDecimal num = rs.getBigDecimal(3);
                        out.put(n, new MetricValue(n, den.signum() == 0 ? null
                                : num.multiply(BigDecimal.valueOf(100)).divide(den, 2, RoundingMode.HALF_UP), num, den, q));
                    } else {
                        out.put(n, new MetricValue(n, rs.getBigDecimal(2), null, null, q));
                    }
                }, subtree, String.valueOf(YEAR));
        return out;
    }
}
