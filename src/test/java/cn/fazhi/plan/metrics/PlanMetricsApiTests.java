package cn.fazhi.plan.metrics;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.support.FazhiIntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code /api/metrics} and {@code /metrics}: catalogue, values, records, errors, permission and data scope. */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class PlanMetricsApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcAccountDirectory directory;

    PlanFixture.Scenario s;

    @BeforeEach
    void setUp() {
        s = new PlanFixture(jdbc).standard("接口测试实施方案");
    }

    private RequestPostProcessor as(String username) {
        return user(directory.loadByUsername(username).orElseThrow());
    }

    /** A metrics reader who sees only the given organisations, each by itself (本单位 / 自定义). */
    private static RequestPostProcessor ownOrg(long orgId, Long... more) {
        Set<Long> orgs = new java.util.HashSet<>(Set.of(more));
        orgs.add(orgId);
        return user(new FazhiPrincipal(990_001L, "unit-reader", "单位统计员", orgId, "测试单位", "/x/", null, true, false,
                Set.of("UNIT"), Set.of("metrics:read"), new DataScope(false, Set.of(), orgs, null)));
    }

    @Test
    void theCatalogueListsThePlanMetricsWithTheirDefinitions() throws Exception {
        mvc.perform(get("/api/metrics").with(as("sfj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(hasItem("plan.task.completion_rate")))
                .andExpect(jsonPath("$[?(@.name == 'plan.task.completion_rate')].unitSymbol").value(hasItem("%")))
                .andExpect(jsonPath("$[?(@.name == 'plan.task.total')].definitionVersion").value(hasItem(1)))
                .andExpect(jsonPath("$[?(@.name == 'plan.task.total')].label").value(hasItem("实施方案任务数")));
    }

    @Test
    void aRateComesWithNumeratorDenominatorAndTheQuery() throws Exception {
        mvc.perform(get("/api/metrics/plan.task.completion_rate").with(as("sfj"))
                        .param("orgId", String.valueOf(s.county())).param("subordinates", "true").param("period", "2017"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("plan.task.completion_rate"))
                .andExpect(jsonPath("$.label").value("任务完成率"))
                .andExpect(jsonPath("$.unit").value("%"))
                .andExpect(jsonPath("$.value").value(50.0))
                .andExpect(jsonPath("$.numerator").value(3))
                .andExpect(jsonPath("$.denominator").value(6))
                .andExpect(jsonPath("$.orgId").value(s.county()))
                .andExpect(jsonPath("$.subordinates").value(true))
                .andExpect(jsonPath("$.period").value("2017"));
        mvc.perform(get("/api/metrics/plan.task.total").with(as("sfj"))
                        .param("orgId", String.valueOf(s.county())).param("period", "2017-01-01/2017-12-31"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").value(1))
                .andExpect(jsonPath("$.subordinates").value(false));
    }

    @Test
    void anApiClientWithABearerTokenReadsAValue() throws Exception {
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/auth/token")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"leader\",\"password\":\"Fazhi@2026\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(body, "$.token");
        mvc.perform(get("/api/metrics/plan.report.on_time_rate").header("Authorization", "Bearer " + token)
                        .param("orgId", String.valueOf(s.county())).param("subordinates", "true").param("period", "2017"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numerator").value(2))
                .andExpect(jsonPath("$.denominator").value(4))
                .andExpect(jsonPath("$.value").value(50.0));
        mvc.perform(get("/api/metrics/plan.task.total")).andExpect(status().isUnauthorized());
    }

    @Test
    void recordsArePagedLinks() throws Exception {
        mvc.perform(get("/api/metrics/plan.task.overdue/records").with(as("sfj"))
                        .param("orgId", String.valueOf(s.county())).param("subordinates", "true")
                        .param("period", "2017").param("page", "0").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].link").value("/plans/" + s.plan() + "/tasks/3"))
                .andExpect(jsonPath("$.items[0].type").value("plan_task"));
        mvc.perform(get("/api/metrics/plan.task.overdue/records").with(as("sfj"))
                        .param("orgId", String.valueOf(s.county())).param("size", "1000"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void anUnknownMetricIs404WithAChineseMessage() throws Exception {
        mvc.perform(get("/api/metrics/plan.task.nonexistent").with(as("sfj")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("METRIC_NOT_FOUND"))
                .andExpect(jsonPath("$.detail").value("统计指标“plan.task.nonexistent”不存在"));
        mvc.perform(get("/api/metrics/plan.task.nonexistent/records").with(as("sfj"))).andExpect(status().isNotFound());
    }

    @Test
    void aBadPeriodIs400NamingTheField() throws Exception {
        for (String bad : new String[] {"2017Q5", "17", "2017-02-30/2017-03-01", "2017-06-30/2017-01-01", "明年"}) {
            mvc.perform(get("/api/metrics/plan.task.total").with(as("sfj")).param("period", bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("period"))
                    .andExpect(jsonPath("$.detail").value(containsString("统计")));
        }
    }

    @Test
    void withoutMetricsReadTheCallIsForbidden() throws Exception {
        mvc.perform(get("/api/metrics/plan.task.total").with(as("czj"))).andExpect(status().isForbidden());
    }

    @Test
    void aUnitUserAskingForAnotherUnitIsRefused() throws Exception {
        // sees dept A only: A is fine, B and the county are "not found"
        mvc.perform(get("/api/metrics/plan.task.total").with(ownOrg(s.deptA()))
                .param("orgId", String.valueOf(s.deptA())).param("period", "2017"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").value(3));
        mvc.perform(get("/api/metrics/plan.task.total").with(ownOrg(s.deptA()))
                .param("orgId", String.valueOf(s.deptB())).param("period", "2017"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/metrics/plan.task.total/records").with(ownOrg(s.deptA()))
                .param("orgId", String.valueOf(s.county())).param("subordinates", "true"))
                .andExpect(status().isNotFound());
        // the leader (本级及下级 of the city) cannot ask for the court, which is outside the city's tree
        mvc.perform(get("/api/metrics/plan.task.total").with(as("leader"))
                .param("orgId", String.valueOf(new PlanFixture(jdbc).orgId("FY"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void subordinatesOfAUnitSeenOnlyByItselfAreForbidden() throws Exception {
        mvc.perform(get("/api/metrics/plan.task.total").with(ownOrg(s.county()))
                .param("orgId", String.valueOf(s.county())).param("subordinates", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/metrics/plan.task.total").with(ownOrg(s.county(), s.deptA(), s.deptB(), s.town()))
                .param("orgId", String.valueOf(s.county())).param("subordinates", "true").param("period", "2017"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").value(6));
    }

    @Test
    void theMetricsPageShowsTheValueAndItsRecordsAsLinks() throws Exception {
        mvc.perform(get("/metrics").with(as("sfj")).param("name", "plan.task.completion_rate")
                        .param("orgId", String.valueOf(s.county())).param("subordinates", "true").param("period", "2017"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("任务完成率")))
                .andExpect(content().string(containsString("50.00")))
                .andExpect(content().string(containsString("(3 / 6)")))
                .andExpect(content().string(containsString("href=\"/plans/" + s.plan() + "/tasks/1\"")));
        mvc.perform(get("/metrics").with(as("sfj")).param("name", "plan.task.total").param("period", "2017Q9"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"metric-error\"")));
        mvc.perform(get("/metrics").with(as("leader"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"metric-catalogue\"")))
                .andExpect(content().string(containsString("plan.report.on_time_rate")))
                .andExpect(content().string(not(containsString("id=\"metric-value\""))));
        mvc.perform(get("/metrics").with(as("czj"))).andExpect(status().isForbidden());
    }
}
