package cn.fazhi.plan.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.metrics.MetricCatalogue;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricRecord;
import cn.fazhi.platform.metrics.MetricRecordPage;
import cn.fazhi.platform.metrics.MetricValue;
import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.support.FazhiIntegrationTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each plan metric on the standard fixture (see {@link PlanFixture.Scenario}), whose answers are known. */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class PlanMetricsTests {

    @Autowired
    MetricCatalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcAccountDirectory directory;

    PlanFixture.Scenario s;
    FazhiPrincipal sfj;

    @BeforeEach
    void setUp() {
        s = new PlanFixture(jdbc).standard("测试县法治政府建设实施方案");
        sfj = directory.loadByUsername("sfj").orElseThrow();
    }

    private MetricValue value(String name, long orgId, boolean subs, String period) {
        return cn.fazhi.support.MetricValues.value(catalogue, name, new MetricQuery(orgId, subs, MetricPeriod.parse(period)), sfj);
    }

    private long count(String name, long orgId, boolean subs, String period) {
        return value(name, orgId, subs, period).value().longValueExact();
    }

    private MetricRecordPage records(String name, long orgId, boolean subs, String period) {
        return catalogue.records(name, new MetricQuery(orgId, subs, MetricPeriod.parse(period)), 0, 50, sfj);
    }

    private static java.util.List<String> links(MetricRecordPage page) {
        return page.items().stream().map(MetricRecord::link).toList();
    }

    @Test
    void totalCountsTasksDueByThePeriodEndContinuousOnesAndEarlyCompletionsButNotDraftPlans() {
        assertThat(count(PlanMetrics.TASK_TOTAL, s.county(), true, "2017")).isEqualTo(6);
        // 2016: only the continuous task of a plan that runs through 2016
        assertThat(count(PlanMetrics.TASK_TOTAL, s.county(), true, "2016")).isEqualTo(1);
        assertThat(count(PlanMetrics.TASK_TOTAL, s.county(), true, "2019")).isEqualTo(7);
    }

    @Test
    void withoutSubordinatesOnlyTheUnitsOwnLeadTasksCount() {
        assertThat(count(PlanMetrics.TASK_TOTAL, s.county(), false, "2017")).isEqualTo(1);
        assertThat(count(PlanMetrics.TASK_TOTAL, s.deptA(), false, "2017")).isEqualTo(3);
        assertThat(count(PlanMetrics.TASK_COMPLETED, s.deptA(), false, "2017")).isEqualTo(2);
        assertThat(count(PlanMetrics.TASK_TOTAL, s.town(), false, "2017")).isZero();
        assertThat(count(PlanMetrics.TASK_TOTAL, s.town(), false, "2019")).isEqualTo(1);
    }

    @Test
    void aSubmittedButNotAcceptedCompletionReportDoesNotCompleteTheTask() {
        assertThat(count(PlanMetrics.TASK_COMPLETED, s.county(), true, "2017")).isEqualTo(3);
        assertThat(links(records(PlanMetrics.TASK_COMPLETED, s.county(), true, "2017")))
                .containsExactly("/plans/" + s.plan() + "/tasks/1", "/plans/" + s.plan() + "/tasks/6",
                        "/plans/" + s.plan() + "/tasks/7")
                .doesNotContain("/plans/" + s.plan() + "/tasks/2");
    }

    @Test
    void completedCountsOnlyCompletionsUpToThePeriodEnd() {
        // first half of 2017: tasks 1 (due 06-30) and 3 (due 03-31) are due, task 1 was completed on 05-01
        assertThat(count(PlanMetrics.TASK_TOTAL, s.county(), true, "2017H1")).isEqualTo(4);
        assertThat(count(PlanMetrics.TASK_COMPLETED, s.county(), true, "2017H1")).isEqualTo(1);
    }

    @Test
    void overdueTasksArePastTheirDeadlineAndNotCompletedByIt() {
        assertThat(count(PlanMetrics.TASK_OVERDUE, s.county(), true, "2017")).isEqualTo(2);
        assertThat(links(records(PlanMetrics.TASK_OVERDUE, s.county(), true, "2017")))
                .containsExactly("/plans/" + s.plan() + "/tasks/3", "/plans/" + s.plan() + "/tasks/6");
        // 2018: task 2 (due 2017-12-31, still in progress) is overdue too
        assertThat(count(PlanMetrics.TASK_OVERDUE, s.county(), true, "2018")).isEqualTo(3);
        // a period not over yet is judged as of today: a task due later in that period is not overdue yet
        PlanFixture f = new PlanFixture(jdbc);
        java.util.UUID longPlan = f.plan(s.county(), "长期规划", "IN_FORCE", 2016, 2099);
        f.task(s.county(), longPlan, 1, null, s.town(), "DATE", java.time.LocalDate.of(2099, 6, 30), "IN_PROGRESS", null);
        assertThat(count(PlanMetrics.TASK_TOTAL, s.town(), false, "2099")).isEqualTo(2);
        assertThat(count(PlanMetrics.TASK_OVERDUE, s.town(), false, "2099")).isEqualTo(1);
    }

    @Test
    void completionRateKeepsNumeratorAndDenominator() {
        MetricValue v = value(PlanMetrics.TASK_COMPLETION_RATE, s.county(), true, "2017");
        assertThat(v.numerator()).isEqualByComparingTo("3");
        assertThat(v.denominator()).isEqualByComparingTo("6");
        assertThat(v.value()).isEqualByComparingTo(new BigDecimal("50.00"));
        MetricValue a = value(PlanMetrics.TASK_COMPLETION_RATE, s.deptA(), false, "2017");
        assertThat(a.value()).isEqualByComparingTo("66.67");
        MetricValue none = value(PlanMetrics.TASK_COMPLETION_RATE, s.town(), false, "2017");
        assertThat(none.denominator()).isEqualByComparingTo("0");
        assertThat(none.value()).isNull();
    }

    @Test
    void completionRateRecordsAreTheDenominatorMarkedByNumerator() {
        MetricRecordPage page = records(PlanMetrics.TASK_COMPLETION_RATE, s.county(), true, "2017");
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.items()).hasSize(6).allMatch(r -> r.type().equals("plan_task"));
        assertThat(page.items().stream().filter(MetricRecord::inNumerator).map(MetricRecord::link))
                .containsExactly("/plans/" + s.plan() + "/tasks/1", "/plans/" + s.plan() + "/tasks/6",
                        "/plans/" + s.plan() + "/tasks/7");
        assertThat(page.items().get(0).label()).contains("测试县法治政府建设实施方案").contains("任务(1)").contains("已完成");
        MetricRecordPage second = catalogue.records(PlanMetrics.TASK_COMPLETION_RATE,
                new MetricQuery(s.county(), true, MetricPeriod.year(2017)), 1, 4, sfj);
        assertThat(second.items()).hasSize(2);
        assertThat(second.total()).isEqualTo(6);
    }

    @Test
    void onTimeRateComparesTheBeijingDateOfSubmissionWithTheDueDate() {
        MetricValue v = value(PlanMetrics.REPORT_ON_TIME_RATE, s.county(), true, "2017");
        // R1 (07-10 15:00 Beijing, due 07-10) and R4 on time; R3 submitted 07-10 17:30 UTC = 07-11 Beijing: late;
        // R2 not accepted; the yearly report due 2018-01-15 is not due in 2017
        assertThat(v.numerator()).isEqualByComparingTo("2");
        assertThat(v.denominator()).isEqualByComparingTo("4");
        assertThat(v.value()).isEqualByComparingTo("50.00");
        MetricRecordPage page = records(PlanMetrics.REPORT_ON_TIME_RATE, s.county(), true, "2017");
        assertThat(page.items()).extracting(MetricRecord::link).containsExactlyInAnyOrder(
                "/plans/reports/" + s.r1(), "/plans/reports/" + s.r2(), "/plans/reports/" + s.r3(),
                "/plans/reports/" + s.r4());
        assertThat(page.items().stream().filter(MetricRecord::inNumerator).map(MetricRecord::id))
                .containsExactlyInAnyOrder(s.r1().toString(), s.r4().toString());
        assertThat(value(PlanMetrics.REPORT_ON_TIME_RATE, s.deptA(), false, "2017").value()).isEqualByComparingTo("50.00");
    }

    @Test
    void aReportThatWasNeverDraftedCountsInTheDenominatorAsNotOnTimeAndIsNamedInTheRecords() {
        PlanFixture f = new PlanFixture(jdbc);
        // the town's own plan, half-yearly 2016–2020; its tasks were in the system from January 2016
        java.util.UUID plan = f.plan(s.town(), "镇按时报送测试方案", "IN_FORCE", 2016, 2020);
        java.util.UUID owing = f.task(s.town(), plan, 1, null, s.town(), "DATE", java.time.LocalDate.of(2019, 12, 31),
                "IN_PROGRESS", null);
        java.util.UUID doneEarly = f.task(s.town(), plan, 2, null, s.town(), "DATE", java.time.LocalDate.of(2016, 6, 30),
                "COMPLETED", java.time.LocalDate.of(2016, 5, 1));
        jdbc.update("update plan_task set created_at = ? where id in (?, ?)",
                Timestamp.from(OffsetDateTime.parse("2016-01-04T09:00:00+08:00").toInstant()), owing, doneEarly);
        // 2017H1 (due 10 working days after 06-30) reported on time; 2016H2 (due in January 2017) never drafted
        java.util.UUID r = f.report(s.town(), owing, "2017H1", java.time.LocalDate.of(2017, 6, 30),
                java.time.LocalDate.of(2017, 7, 14), s.town(), "ACCEPTED", false,
                OffsetDateTime.parse("2017-07-10T10:00:00+08:00"), "上半年进展");

        MetricValue v = value(PlanMetrics.REPORT_ON_TIME_RATE, s.town(), false, "2017");
        assertThat(v.denominator()).isEqualByComparingTo("2");
        assertThat(v.numerator()).isEqualByComparingTo("1");
        assertThat(v.value()).isEqualByComparingTo("50.00");

        MetricRecordPage page = records(PlanMetrics.REPORT_ON_TIME_RATE, s.town(), false, "2017");
        assertThat(page.total()).isEqualTo(2);
        MetricRecord missing = page.items().get(0);
        assertThat(missing.type()).isEqualTo("progress_report_missing");
        assertThat(missing.id()).isEqualTo(owing + "/2016H2");
        assertThat(missing.label()).contains("镇按时报送测试方案", "任务(1)", "2016H2", "未报送", "计为未按时");
        assertThat(missing.link()).isEqualTo("/plans/" + plan + "/tasks/1");
        assertThat(missing.inNumerator()).isFalse();
        assertThat(page.items().get(1).link()).isEqualTo("/plans/reports/" + r);
        assertThat(page.items().get(1).inNumerator()).isTrue();
        // the task completed before 2016H2 began owes nothing; with the county's subordinates the town's slots add up
        assertThat(page.items()).noneMatch(x -> x.id().startsWith(doneEarly.toString()));
        MetricValue county = value(PlanMetrics.REPORT_ON_TIME_RATE, s.county(), true, "2017");
        assertThat(county.denominator()).isEqualByComparingTo("6");
        assertThat(county.numerator()).isEqualByComparingTo("3");
        // a report not yet due is not missing: nothing of 2099 is owed
        assertThat(value(PlanMetrics.REPORT_ON_TIME_RATE, s.town(), false, "2099").denominator()).isEqualByComparingTo("0");
    }

    @Test
    void acceptingTheCompletionReportCompletesTheTaskInTheMetric() {
        // what plan-progress does on acceptance: report ACCEPTED, task COMPLETED with the completion date
        jdbc.update("update progress_report set status = 'ACCEPTED' where org_id = ? and id = ?", s.county(), s.r2());
        jdbc.update("update plan_task set status = 'COMPLETED', completed_on = ? where org_id = ? and id = ?",
                java.sql.Date.valueOf("2017-12-05"), s.county(), s.task(2));
        assertThat(count(PlanMetrics.TASK_COMPLETED, s.county(), true, "2017")).isEqualTo(4);
        assertThat(value(PlanMetrics.REPORT_ON_TIME_RATE, s.county(), true, "2017").numerator()).isEqualByComparingTo("3");
        assertThat(PlanMetrics.onTime(java.time.LocalDate.of(2017, 12, 20),
                Timestamp.from(OffsetDateTime.parse("2017-12-20T23:59:00+08:00").toInstant()))).isTrue();
    }

    @Test
    void aUnitOutsideTheCallersScopeIsNotFound() {
        FazhiPrincipal leader = directory.loadByUsername("leader").orElseThrow();
        long court = new PlanFixture(jdbc).orgId("FY");
        assertThatThrownBy(() -> catalogue.value(PlanMetrics.TASK_TOTAL,
                new MetricQuery(court, false, MetricPeriod.year(2017)), leader))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(catalogue.value(PlanMetrics.TASK_TOTAL, new MetricQuery(s.county(), true, MetricPeriod.year(2017)),
                leader).value()).isEqualByComparingTo("6");
    }
}
