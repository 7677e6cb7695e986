package cn.fazhi.plan.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.plan.overview.PlanOverview;
import cn.fazhi.plan.overview.PlanStatistics;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.support.FazhiIntegrationTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The plan overview on the standard fixture, as of today (after 2019, so every dated task of the fixture is past its
 * deadline): 7 tasks; completed 1, 6, 7; overdue 2, 3, 5; in progress 4 (长期坚持); rate 42.86 %.
 */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class PlanOverviewTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcAccountDirectory directory;
    @Autowired
    PlanStatistics statistics;

    PlanFixture.Scenario s;

    @BeforeEach
    void setUp() {
        s = new PlanFixture(jdbc).standard("总览测试实施方案");
    }

    private RequestPostProcessor as(String username) {
        return user(directory.loadByUsername(username).orElseThrow());
    }

    @Test
    void totalsAreTheSumOfTheFourClasses() {
        PlanOverview o = statistics.overview(s.plan(), directory.loadByUsername("sfj").orElseThrow());
        assertThat(o.totals()).isEqualTo(PlanOverview.Counts.of(7, 3, 1, 3));
        assertThat(o.totals().notStarted()).isZero();
        assertThat(o.totals().completionRate()).isEqualByComparingTo("42.86");
        assertThat(o.plan().title()).isEqualTo("总览测试实施方案");
    }

    @Test
    void aPlanWithoutTasksHasAnEmptyOverview() {
        java.util.UUID empty = new PlanFixture(jdbc).plan(s.county(), "空实施方案", "ISSUED", 2021, 2025);
        PlanOverview o = statistics.overview(empty, directory.loadByUsername("sfj").orElseThrow());
        assertThat(o.plan().title()).isEqualTo("空实施方案");
        assertThat(o.totals().total()).isZero();
        assertThat(o.totals().completionRate()).isNull();
        assertThat(o.byArea()).isEmpty();
        assertThat(o.byUnit()).isEmpty();
        assertThat(o.overdue()).isEmpty();
    }

    @Test
    void byAreaGroupsTasksUnderTheirLevelOneSection() {
        PlanOverview o = statistics.overview(s.plan(), directory.loadByUsername("sfj").orElseThrow());
        assertThat(o.byArea()).extracting(PlanOverview.Group::label)
                .containsExactly("一、依法全面履行政府职能", "二、完善依法行政制度体系");
        assertThat(o.byArea().get(0).counts()).isEqualTo(PlanOverview.Counts.of(4, 1, 1, 2));
        assertThat(o.byArea().get(1).counts()).isEqualTo(PlanOverview.Counts.of(3, 2, 0, 1));
    }

    @Test
    void byLeadUnitAndTheOverdueList() {
        PlanOverview o = statistics.overview(s.plan(), directory.loadByUsername("sfj").orElseThrow());
        PlanOverview.Group a = o.byUnit().stream().filter(g -> g.key().equals(String.valueOf(s.deptA()))).findFirst().orElseThrow();
        assertThat(a.label()).startsWith("测试县财政局");
        assertThat(a.counts()).isEqualTo(PlanOverview.Counts.of(3, 2, 0, 1));
        assertThat(o.byUnit()).hasSize(4);
        assertThat(o.overdue()).extracting(PlanOverview.OverdueTask::number).containsExactly(3, 2, 5);
        assertThat(o.overdue().get(0).link()).isEqualTo("/plans/" + s.plan() + "/tasks/3");
    }

    @Test
    void theApiReturnsTheOverviewAndHidesPlansOutOfScope() throws Exception {
        mvc.perform(get("/api/plans/{id}/overview", s.plan()).with(as("sfj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.total").value(7))
                .andExpect(jsonPath("$.totals.completed").value(3))
                .andExpect(jsonPath("$.totals.overdue").value(3))
                .andExpect(jsonPath("$.totals.completionRate").value(42.86))
                .andExpect(jsonPath("$.byArea.length()").value(2))
                .andExpect(jsonPath("$.overdue[0].number").value(3));
        // czj sees only the city finance bureau: the county's plan is not found
        mvc.perform(get("/api/plans/{id}/overview", s.plan()).with(as("czj"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/{id}/overview", java.util.UUID.randomUUID()).with(as("sfj")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/{id}/overview", "not-a-uuid").with(as("sfj"))).andExpect(status().isBadRequest());
        Assertions.assertThatThrownBy(() -> statistics.overview(s.plan(), directory.loadByUsername("court").orElseThrow()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void thePageDrawsEChartsFromEmbeddedJsonAndListsTheTables() throws Exception {
        mvc.perform(get("/plans/{id}/overview", s.plan()).with(as("sfj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("echarts.min.js")))
                .andExpect(content().string(containsString("\"completed\":[1,2],\"inProgress\":[1,0],\"overdue\":[2,1]")))
                .andExpect(content().string(containsString("id=\"by-unit\"")))
                .andExpect(content().string(containsString("42.86%")))
                .andExpect(content().string(containsString("href=\"/plans/" + s.plan() + "/tasks/3\"")));
        mvc.perform(get("/plans/{id}/overview", s.plan()).with(as("czj"))).andExpect(status().isNotFound());
    }
}
