package cn.fazhi.plan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.plan.progress.PlanFixtures;
import cn.fazhi.plan.progress.PlanProgressTest;
import cn.fazhi.plan.progress.PlanTestClock;
import cn.fazhi.platform.security.AccountDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.ObjectMapper;

/** The supervision scan: raising, idempotence, resolution, the overdue task on the lead unit's home page. */
@PlanProgressTest
class SupervisionScanTests {

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired PlanTestClock clock;
    @Autowired SupervisionScan scan;
    @Autowired ObjectMapper json;

    MockMvc mvc;
    PlanFixtures fx;
    UUID plan;
    UUID task;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fx = new PlanFixtures(jdbc, accounts);
        clock.setDay(LocalDate.of(2026, 11, 20));
        plan = fx.plan("QUARTERLY", 2026, 2027);
        task = fx.task(plan, 7, "CZJ", LocalDate.of(2026, 12, 15), LocalDate.of(2026, 1, 5));
    }

    List<String> open(UUID taskId) {
        return jdbc.queryForList("select kind || ':' || subject_key from supervision_alert where task_id = ? and resolved_at is null order by kind, subject_key",
                String.class, taskId);
    }

    int rows(UUID taskId) {
        return jdbc.queryForObject("select count(*) from supervision_alert where task_id = ?", Integer.class, taskId);
    }

    @Test
    void aTaskDueWithin30DaysIsDueSoonAndMissingReportsAreOverdue() {
        scan.scan();
        assertThat(open(task)).containsExactly("DUE_SOON:2026-12-15", "REPORT_OVERDUE:2026Q1", "REPORT_OVERDUE:2026Q2",
                "REPORT_OVERDUE:2026Q3");
        assertThat(jdbc.queryForObject("select target_org_id from supervision_alert where task_id = ? and kind = 'DUE_SOON'",
                Long.class, task)).isEqualTo(fx.org("CZJ"));
    }

    @Test
    void aRepeatedScanRaisesNothingTwice() {
        scan.scan();
        int before = rows(task);
        scan.scan();
        scan.scan();
        assertThat(rows(task)).isEqualTo(before);
        assertThat(open(task)).hasSize(4);
    }

    @Test
    void afterTheDeadlineTheTaskIsOverdueOnTheLeadUnitsHomeAndDueSoonIsResolved() throws Exception {
        scan.scan();
        clock.setDay(LocalDate.of(2026, 12, 16));
        scan.scan();
        assertThat(open(task)).contains("OVERDUE:2026-12-15").doesNotContain("DUE_SOON:2026-12-15");
        assertThat(jdbc.queryForObject("select resolved_at is not null from supervision_alert where task_id = ? and kind = 'DUE_SOON'",
                Boolean.class, task)).isTrue();
        assertThat(fx.taskStatus(task)).isEqualTo("OVERDUE_UNFINISHED");
        mvc.perform(get("/api/home/todos").with(fx.as("czj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.title =~ /任务逾期未完成:第7项.*/ && @.severity == 'OVERDUE' && @.link == '/plans/tasks/"
                        + task + "/history')]").exists());
        // another unit's home does not show it; the supervising office sees the overdue task in its scope
        mvc.perform(get("/api/home/todos").with(fx.as("gaj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.link == '/plans/tasks/" + task + "/history')]").doesNotExist());
        // the office's home lists the most recently overdue first (other tests' older overdue tasks come after it)
        mvc.perform(get("/api/home/todos").with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.title =~ /逾期任务:市财政局 第7项.*/)]").exists());
    }

    @Test
    void aSupervisorsHomeCountsALongOverdueListAndListsTheMostRecentlyOverdue() throws Exception {
        for (int n = 100; n < 125; n++) {
            fx.task(plan, n, "GAJ", LocalDate.of(2026, 12, 1).plusDays(n - 100), LocalDate.of(2026, 1, 5));
        }
        clock.setDay(LocalDate.of(2026, 12, 28));
        scan.scan();
        String body = mvc.perform(get("/api/home/todos").with(fx.as("sfj"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).containsPattern("范围内逾期未完成任务共\\d+项");
        // the 20 listed one by one are the latest due: task 124 (due 12-25) is listed, task 100 (due 12-01) is not
        assertThat(body).contains("逾期任务:市公安局 第124项").doesNotContain("逾期任务:市公安局 第100项");
    }

    @Test
    void aSubmittedReportResolvesItsReportOverdueAlert() throws Exception {
        scan.scan();
        String body = mvc.perform(post("/api/tasks/" + task + "/reports").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periodCode\":\"2026Q3\",\"taskStatus\":\"IN_PROGRESS\",\"narrative\":\"推进中\"}")
                        .with(fx.as("czj")).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asString();
        scan.scan();
        assertThat(open(task)).contains("REPORT_OVERDUE:2026Q3"); // a draft is not a report
        mvc.perform(post("/api/reports/" + id + "/submit").with(fx.as("czj")).with(csrf())).andExpect(status().isOk());
        scan.scan();
        assertThat(open(task)).doesNotContain("REPORT_OVERDUE:2026Q3").contains("REPORT_OVERDUE:2026Q2");
    }

    @Test
    void aReturnedReportNotResubmittedWithin5WorkingDaysIsRaisedAndResolvedOnResubmission() throws Exception {
        clock.setDay(LocalDate.of(2026, 12, 16)); // Wednesday
        String body = mvc.perform(post("/api/tasks/" + task + "/reports").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periodCode\":\"2026Q3\",\"taskStatus\":\"IN_PROGRESS\",\"narrative\":\"推进中\"}")
                        .with(fx.as("czj")).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asString();
        mvc.perform(post("/api/reports/" + id + "/submit").with(fx.as("czj")).with(csrf())).andExpect(status().isOk());
        mvc.perform(post("/api/reports/" + id + "/return").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"请补充数据\"}").with(fx.as("sfj")).with(csrf())).andExpect(status().isOk());
        clock.setDay(LocalDate.of(2026, 12, 23)); // the 5th working day: still in time
        scan.scan();
        assertThat(open(task)).noneMatch(s -> s.startsWith("RETURNED_NOT_RESUBMITTED"));
        clock.setDay(LocalDate.of(2026, 12, 24));
        scan.scan();
        assertThat(open(task)).contains("RETURNED_NOT_RESUBMITTED:" + id);
        mvc.perform(get("/api/home/todos").with(fx.as("czj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.link == '/plans/reports/" + id + "' && @.severity == 'OVERDUE')]").exists());
        mvc.perform(post("/api/reports/" + id + "/submit").with(fx.as("czj")).with(csrf())).andExpect(status().isOk());
        scan.scan();
        assertThat(open(task)).noneMatch(s -> s.startsWith("RETURNED_NOT_RESUBMITTED"));
    }

    @Test
    void aCompletedTaskRaisesNothing() {
        jdbc.update("update plan_task set status = 'COMPLETED', completed_on = ? where id = ?", LocalDate.of(2026, 11, 1), task);
        clock.setDay(LocalDate.of(2026, 12, 16));
        scan.scan();
        assertThat(open(task)).isEmpty();
    }

    @Test
    void theScanEndpointNeedsPlanSupervise() throws Exception {
        mvc.perform(post("/api/supervision/scan").with(fx.as("czj")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/supervision/scan").with(fx.as("sfj")).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2026-11-20"));
        assertThat(open(task)).contains("DUE_SOON:2026-12-15");
        mvc.perform(get("/api/supervision/alerts").param("kind", "DUE_SOON").with(fx.as("czj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.taskId == '" + task + "')].kindLabel").value(Matchers.hasItem("任务即将到期")));
        mvc.perform(get("/api/supervision/alerts").with(fx.as("gaj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.taskId == '" + task + "')]").doesNotExist());
    }

    @Autowired net.javacrumbs.shedlock.core.LockProvider lockProvider;

    @Test
    void whileAnotherNodeHoldsTheScanLockTheScanIsRefused() {
        var held = lockProvider.lock(new net.javacrumbs.shedlock.core.LockConfiguration(java.time.Instant.now(),
                SupervisionScan.LOCK, java.time.Duration.ofMinutes(5), java.time.Duration.ZERO));
        assertThat(held).isPresent();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> scan.scanNow())
                    .isInstanceOf(cn.fazhi.platform.kernel.BusinessException.class)
                    .hasMessageContaining("督办扫描正在其他节点上运行");
        } finally {
            held.get().unlock();
        }
        assertThat(scan.scanNow().asOf()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aResponsibleUnitSeesTheOverdueTaskItWorksOnButNotItsReportAlerts() throws Exception {
        UUID shared = fx.task(plan, 8, "CZJ", LocalDate.of(2026, 12, 15), LocalDate.of(2026, 1, 5), "GAJ");
        clock.setDay(LocalDate.of(2026, 12, 16));
        scan.scan();
        mvc.perform(get("/api/home/todos").with(fx.as("gaj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.title =~ /任务逾期未完成\\(本单位为责任单位\\):第8项.*/)]").exists())
                .andExpect(jsonPath("$[?(@.title =~ /进展报告逾期未报.*第8项.*/)]").doesNotExist());
        assertThat(open(shared)).contains("OVERDUE:2026-12-15");
    }
}
