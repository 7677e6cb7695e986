package cn.fazhi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.plan.importing.PlanImport;
import cn.fazhi.plan.importing.PlanMetadata;
import cn.fazhi.plan.parsing.ParsedPlan;
import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.support.FazhiIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One test per data scope level on the demo plan: a user reads the tasks its scope covers (the plan's organisation,
 * the lead unit or one of the task's units) and gets 404 — on the API and on the pages — for a task or plan it cannot
 * see, even when it guesses the id.
 */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class PlanScopeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcAccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanImport planImport;

    PlanTestSupport t;
    UUID planId;

    @BeforeEach
    void setUp() {
        t = new PlanTestSupport(directory, jdbc);
        planId = jdbc.queryForObject("select id from plan where title = ?", UUID.class, PlanDemoData.TITLE);
    }

    @AfterEach
    void tearDown() {
        PlanTestSupport.signOut();
    }

    private UUID taskId(int number) {
        return jdbc.queryForObject("select id from plan_task where plan_id = ? and number = ?", UUID.class, planId, number);
    }

    private void assertTaskVisible(RequestPostProcessor who, int number) throws Exception {
        mvc.perform(get("/api/tasks/{id}", taskId(number)).with(who)).andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(number));
        mvc.perform(get("/plans/{id}/tasks/{n}", planId, number).with(who)).andExpect(status().isOk());
    }

    private void assertTaskHidden(RequestPostProcessor who, int number) throws Exception {
        mvc.perform(get("/api/tasks/{id}", taskId(number)).with(who)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("工作任务不存在或无权访问"));
        mvc.perform(get("/api/tasks/{id}/milestones", taskId(number)).with(who)).andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/tasks/{n}", planId, number).with(who)).andExpect(status().isNotFound());
    }

    private List<Integer> visibleNumbers(RequestPostProcessor who) throws Exception {
        String body = mvc.perform(get("/api/plans/{id}/tasks", planId).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.items[*].number");
    }

    @Test
    void allScopeAdminSeesEveryTask() throws Exception {
        var admin = t.as("admin");
        assertThat(visibleNumbers(admin)).hasSize(15);
        assertTaskVisible(admin, 12);
        mvc.perform(get("/api/tasks/{id}", UUID.randomUUID()).with(admin)).andExpect(status().isNotFound());
    }

    @Test
    void subtreeScopeLegalOfficeSeesTheCitysWholePlan() throws Exception {
        var sfj = t.as("sfj");
        assertThat(visibleNumbers(sfj)).hasSize(15);
        assertTaskVisible(sfj, 3);
        assertTaskVisible(sfj, 15);
        mvc.perform(get("/plans/{id}", planId).with(sfj)).andExpect(status().isOk());
    }

    @Test
    void ownOrgScopeUnitSeesOnlyTheTasksItLeadsOrSharesAndNotAnotherUnitsTaskByItsId() throws Exception {
        var czj = t.as("czj");
        // 市财政局 leads task 3 and is responsible for task 14
        assertThat(visibleNumbers(czj)).containsExactly(3, 14);
        assertTaskVisible(czj, 3);
        assertTaskVisible(czj, 14);
        assertTaskHidden(czj, 12);
        assertTaskHidden(czj, 1);
        var gaj = t.as("gaj");
        assertThat(visibleNumbers(gaj)).containsExactly(11, 13, 14);
        assertTaskHidden(gaj, 3);
        // a change by guessed id is "not found" too, and nothing changes
        long before = jdbc.queryForObject("select lead_org_id from plan_task where id = ?", Long.class, taskId(12));
        mvc.perform(put("/api/tasks/{id}/lead-unit", taskId(12)).with(czj).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"leadOrgId\":" + t.orgId("CZJ") + "}"))
                .andExpect(status().is4xxClientError());
        assertThat(jdbc.queryForObject("select lead_org_id from plan_task where id = ?", Long.class, taskId(12))).isEqualTo(before);
    }

    @Test
    void ownOrgScopeTownSeesTheTaskItIsResponsibleFor() throws Exception {
        var dcjd = t.as("dcjd");
        assertThat(visibleNumbers(dcjd)).containsExactly(4);
        assertTaskHidden(dcjd, 15);
    }

    @Test
    void customScopeInspectorSeesTheTasksOfItsChosenUnits() throws Exception {
        var inspector = t.as("inspector");
        // 自定义: 东城街道 and 南山镇
        assertThat(visibleNumbers(inspector)).containsExactly(4, 15);
        assertTaskHidden(inspector, 11);
    }

    @Test
    void aPlanWithNoTaskOfTheUnitIsNotFoundForIt() throws Exception {
        t.signIn("sfj");
        ParsedPlan only = new ParsedPlan("编办专项方案" + PlanTestSupport.suffix(), List.of(
                PlanTestSupport.dated(1, "领域", null, "专项任务" + UUID.randomUUID(), "市编办", 2026)), List.of());
        UUID other = planImport.importPlan(only, new PlanMetadata(null, null, 2026, 2026, null, null, null), Map.of(),
                null, t.principal("sfj")).plan().id();
        PlanTestSupport.signOut();
        mvc.perform(get("/api/plans/{id}", other).with(t.as("czj"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("实施方案不存在或无权访问"));
        mvc.perform(get("/plans/{id}", other).with(t.as("czj"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/{id}", other).with(t.as("sfj"))).andExpect(status().isOk());
        String list = mvc.perform(get("/api/plans").with(t.as("czj"))).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(other.toString()).contains(planId.toString());
    }

    @Test
    void withoutPlanReadThePlansAreForbidden() throws Exception {
        mvc.perform(get("/api/plans").with(t.as("court"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/tasks/{id}", taskId(1)).with(t.as("advisor"))).andExpect(status().isForbidden());
    }
}
