package cn.fazhi.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.metrics.MetricCatalogue;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricValue;
import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.web.TodoItem;
import cn.fazhi.platform.web.TodoService;
import cn.fazhi.reporting.ReportTestClock;
import cn.fazhi.reporting.ReportingFixtures;
import cn.fazhi.reporting.ReportingTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The annual report: figures from metrics, gaps, the workflow's gates, freezing, corrections, the public page, the due date. */
@ReportingTest
class AnnualReportTests {

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired MetricCatalogue catalogue;
    @Autowired ReportTestClock clock;
    @Autowired ObjectMapper json;
    @Autowired TodoService todos;

    ReportingFixtures fx;
    MockMvc mvc;
    long town;
    UUID plan;
    UUID openTask;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fx = new ReportingFixtures(jdbc, accounts, mvc);
        clock.setDay(LocalDate.of(2025, 2, 10));
        town = fx.newOrg(fx.org("CITY"), "报告测试镇");
        long village = fx.newOrg(town, "报告测试村");
        plan = fx.plan();
        fx.task(plan, 1, town, LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 1));
        fx.task(plan, 2, town, LocalDate.of(2024, 9, 30), LocalDate.of(2024, 9, 1));
        fx.task(plan, 3, village, LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 20));
        openTask = fx.task(plan, 4, village, LocalDate.of(2024, 12, 31), null);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    JsonNode read(String body) {
        return json.readTree(body);
    }

    String create(long orgId, int year) throws Exception {
        String body = fx.postJson("/api/annual-reports", "{\"orgId\":%d,\"year\":%d}".formatted(orgId, year), "sfj")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return read(body).get("id").asString();
    }

    JsonNode report(String id, String user) throws Exception {
        return read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/annual-reports/" + id)
                .with(fx.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    List<JsonNode> figures(JsonNode report) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode s : report.get("content").get("sections")) {
            for (JsonNode st : s.get("sentences")) {
                for (JsonNode f : st.get("figures")) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** Drops every sentence that has a gap (the fixture place computes only the plan's metrics). */
    void dropGaps(String id) throws Exception {
        for (JsonNode s : report(id, "sfj").get("content").get("sections")) {
            for (JsonNode st : s.get("sentences")) {
                if (st.get("missing").asBoolean()) {
                    fx.putJson("/api/annual-reports/" + id + "/sentences/" + st.get("key").asString(), "{\"dropped\":true}", "sfj")
                            .andExpect(status().isOk());
                }
            }
        }
    }

    String published(long orgId, int year) throws Exception {
        String id = create(orgId, year);
        dropGaps(id);
        fx.postJson("/api/annual-reports/" + id + "/submit", null, "sfj").andExpect(status().isOk());
        fx.postJson("/api/annual-reports/" + id + "/approve-review", "{\"comment\":\"数据已核对\"}", "sfj").andExpect(status().isOk());
        fx.postJson("/api/annual-reports/" + id + "/approve", null, "leader").andExpect(status().isOk());
        fx.postJson("/api/annual-reports/" + id + "/publish", null, "sfj").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        return id;
    }

    @Test
    void aReportGeneratedFromFixtureRecordsHasEveryFigureEqualToItsMetricAndLinkedToItsRecords() throws Exception {
        String id = create(town, 2024);
        JsonNode report = report(id, "sfj");
        MetricQuery q = new MetricQuery(town, true, MetricPeriod.year(2024));
        int checked = 0;
        for (JsonNode f : figures(report)) {
            String name = f.get("metric").asString();
            if (f.get("missing").asBoolean()) {
                assertThat(f.get("text").asString()).isEqualTo("【未申报】");
                continue;
            }
            MetricValue expected = catalogue.valueAsSystem(name, q);
            assertThat(f.get("value").decimalValue()).as(name).isEqualByComparingTo(expected.value());
            assertThat(f.get("declared").asBoolean()).isFalse();
            String link = f.get("recordsLink").asString();
            assertThat(link).startsWith("/metrics?name=" + name).contains("orgId=" + town).contains("period=2024");
            if (name.startsWith("plan.")) {
                // the fixture's plan tasks are the records behind the plan figures
                mvc.perform(get(link).with(fx.as("sfj"))).andExpect(status().isOk())
                        .andExpect(content().string(containsString("第1项测试任务")));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(3);
        List<String> values = figures(report).stream().filter(f -> !f.get("missing").asBoolean())
                .filter(f -> f.get("metric").asString().startsWith("plan."))
                .map(f -> f.get("metric").asString() + "=" + f.get("text").asString()).toList();
        assertThat(values).containsExactly("plan.task.total=4", "plan.task.completed=3", "plan.task.completion_rate=75%");
        mvc.perform(get("/reports/annual/" + id).with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"figure\" href=\"/metrics?name=plan.task.total")))
                .andExpect(content().string(containsString("【未申报】")));
    }

    @Test
    void gapsBlockSubmissionWithTheListOfMissingFiguresUntilTheirSentencesAreDropped() throws Exception {
        String id = create(town, 2023);
        fx.postJson("/api/annual-reports/" + id + "/submit", null, "sfj").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("以下数据尚无数值")))
                .andExpect(jsonPath("$.detail").value(containsString("hotline_12345.received")));
        dropGaps(id);
        assertThat(report(id, "sfj").get("missing")).isEmpty();
        fx.postJson("/api/annual-reports/" + id + "/submit", null, "sfj").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
    }

    @Test
    void theWorkflowRefusesTheWrongRoleAndTheWrongStateWithChineseMessages() throws Exception {
        fx.postJson("/api/annual-reports", "{\"orgId\":%d,\"year\":2022}".formatted(fx.org("CZJ")), "czj").andExpect(status().isForbidden());
        fx.postJson("/api/annual-reports", "{\"orgId\":%d,\"year\":2099}".formatted(town), "sfj").andExpect(status().isBadRequest());
        String id = create(town, 2022);
        fx.postJson("/api/annual-reports", "{\"orgId\":%d,\"year\":2022}".formatted(town), "sfj").andExpect(status().isConflict());
        mvc.perform(get("/api/annual-reports/" + id).with(fx.as("czj"))).andExpect(status().isNotFound());
        fx.putJson("/api/annual-reports/" + id + "/sections/shortcomings", "{\"narrative\":\"基层法治力量仍然薄弱。\"}", "sfj")
                .andExpect(status().isOk());
        fx.putJson("/api/annual-reports/" + id + "/sections/shortcomings", "{\"narrative\":\"共{plan.task.total}项\"}", "sfj")
                .andExpect(status().isBadRequest());
        fx.postJson("/api/annual-reports/" + id + "/approve", null, "leader").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("报告当前状态为“起草中”")));
        dropGaps(id);
        fx.postJson("/api/annual-reports/" + id + "/submit", null, "leader").andExpect(status().isForbidden());
        fx.postJson("/api/annual-reports/" + id + "/submit", null, "sfj").andExpect(status().isOk());
        fx.putJson("/api/annual-reports/" + id + "/sections/shortcomings", "{\"narrative\":\"改\"}", "sfj")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("审核中")));
        fx.postJson("/api/annual-reports/" + id + "/approve-review", null, "leader").andExpect(status().isForbidden());
        fx.postJson("/api/annual-reports/" + id + "/return", "{}", "sfj").andExpect(status().isBadRequest());
        fx.postJson("/api/annual-reports/" + id + "/return", "{\"comment\":\"第三部分请补充原因\"}", "sfj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        fx.postJson("/api/annual-reports/" + id + "/submit", null, "sfj").andExpect(status().isOk());
        fx.postJson("/api/annual-reports/" + id + "/approve-review", null, "sfj").andExpect(status().isOk());
        fx.postJson("/api/annual-reports/" + id + "/approve", null, "sfj").andExpect(status().isForbidden());
        fx.postJson("/api/annual-reports/" + id + "/publish", null, "sfj").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("待领导审定")));
        fx.postJson("/api/annual-reports/" + id + "/approve", "{\"comment\":\"同意\"}", "leader").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        fx.postJson("/api/annual-reports/" + id + "/publish", null, "leader").andExpect(status().isForbidden());
        JsonNode done = read(fx.postJson("/api/annual-reports/" + id + "/publish", null, "sfj").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(done.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(done.get("comments").toString()).contains("第三部分请补充原因", "同意");
        Integer audits = jdbc.queryForObject("select count(*) from audit_record where entity_type = 'annual_report' and entity_id = ? and action like 'TRANSITION:%'",
                Integer.class, id);
        assertThat(audits).isEqualTo(6);
    }

    @Test
    void aPublishedReportIsFrozenAndLaterRecordChangesNeverChangeIt() throws Exception {
        String id = published(town, 2021 + 3); // 2024
        JsonNode before = report(id, "sfj");
        assertThat(before.get("hashVerified").asBoolean()).isTrue();
        String frozen = jdbc.queryForObject("select frozen from annual_report where id = ?", String.class, UUID.fromString(id));
        String hash = jdbc.queryForObject("select frozen_hash from annual_report where id = ?", String.class, UUID.fromString(id));
        assertThat(ReportComposer.sha256(frozen)).isEqualTo(hash);
        JsonNode total = figures(before).stream().filter(f -> f.get("metric").asString().equals("plan.task.total")).findFirst().orElseThrow();
        assertThat(total.get("records")).hasSize(4);
        assertThat(total.get("records").get(0).get("type").asString()).isEqualTo("plan_task");
        assertThat(total.get("recordsLink").asString()).isEqualTo("/reports/annual/" + id + "/records/plan.task.total");

        fx.complete(openTask, LocalDate.of(2024, 12, 30));
        fx.task(plan, 5, town, LocalDate.of(2024, 11, 30), null);
        MetricQuery q = new MetricQuery(town, true, MetricPeriod.year(2024));
        assertThat(catalogue.valueAsSystem("plan.task.total", q).value()).isEqualByComparingTo("5");

        JsonNode after = report(id, "sfj");
        assertThat(after.get("content")).isEqualTo(before.get("content"));
        assertThat(jdbc.queryForObject("select frozen from annual_report where id = ?", String.class, UUID.fromString(id))).isEqualTo(frozen);
        assertThat(after.get("hashVerified").asBoolean()).isTrue();
        mvc.perform(get("/public/reports/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("共部署任务4项,已完成3项")));
        String frozenPage = mvc.perform(get("/reports/annual/" + id + "/records/plan.task.total").with(fx.as("sfj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(frozenPage).contains("第1项测试任务", "冻结的 4 条记录").doesNotContain("第5项测试任务");
    }

    @Test
    void aCorrectionIsANewVersionThatSaysWhatChangedAndThePublicSeesTheLatestPublished() throws Exception {
        String v1 = published(town, 2020);
        fx.postJson("/api/annual-reports/" + v1 + "/corrections", "{\"note\":\" \"}", "sfj").andExpect(status().isBadRequest());
        JsonNode v2 = read(fx.postJson("/api/annual-reports/" + v1 + "/corrections", "{\"note\":\"更正第四部分的工作安排表述\"}", "sfj")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String v2id = v2.get("id").asString();
        assertThat(v2.get("versionNo").asInt()).isEqualTo(2);
        assertThat(v2.get("previousId").asString()).isEqualTo(v1);
        assertThat(v2.get("status").asString()).isEqualTo("DRAFT");
        fx.postJson("/api/annual-reports/" + v1 + "/corrections", "{\"note\":\"再次更正\"}", "sfj").andExpect(status().isConflict());
        mvc.perform(get("/public/reports/" + v2id)).andExpect(status().isNotFound());
        fx.putJson("/api/annual-reports/" + v2id + "/sections/next_year", "{\"narrative\":\"2021年将继续推进法治政府建设。\"}", "sfj")
                .andExpect(status().isOk());
        fx.postJson("/api/annual-reports/" + v2id + "/submit", null, "sfj").andExpect(status().isOk());
        fx.postJson("/api/annual-reports/" + v2id + "/approve-review", null, "sfj").andExpect(status().isOk());
        fx.postJson("/api/annual-reports/" + v2id + "/approve", null, "leader").andExpect(status().isOk());
        fx.postJson("/api/annual-reports/" + v2id + "/publish", null, "sfj").andExpect(status().isOk());
        mvc.perform(get("/public/reports/" + v2id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("更正第四部分的工作安排表述")))
                .andExpect(content().string(containsString("2021年将继续推进法治政府建设。")));
        mvc.perform(get("/public/reports/" + v1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("本版本已被更正")));
        String list = mvc.perform(get("/public/reports")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/public/reports/" + v2id).doesNotContain("/public/reports/" + v1);
    }

    @Test
    void thePublicPageShowsOnlyPublishedReportsWithoutSigningIn() throws Exception {
        String draft = create(town, 2019);
        mvc.perform(get("/public/reports/" + draft)).andExpect(status().isNotFound());
        String list = mvc.perform(get("/public/reports")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(draft);
        String id = published(town, 2018);
        mvc.perform(get("/public/reports/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2018年度法治政府建设工作情况的报告")))
                .andExpect(content().string(containsString("一、主要举措和成效")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/metrics?name="))));
    }

    @Test
    void theDueDateTodoMovesWithTheClock() {
        // the demo city's 2025 report is a draft: due 2026-04-01 (厅字〔2019〕28号 第二十四条)
        var sfj = fx.user("sfj");
        clock.setDay(LocalDate.of(2026, 1, 15));
        assertThat(reportTodos(sfj)).isEmpty();
        clock.setDay(LocalDate.of(2026, 2, 20));
        assertThat(reportTodos(sfj)).singleElement().satisfies(t -> {
            assertThat(t.title()).contains("年度报告应于2026年4月1日前公开");
            assertThat(t.severity()).isEqualTo(TodoItem.Severity.NORMAL);
            assertThat(t.due()).isEqualTo(LocalDate.of(2026, 4, 1));
        });
        clock.setDay(LocalDate.of(2026, 3, 25));
        assertThat(reportTodos(sfj)).singleElement().extracting(TodoItem::severity).isEqualTo(TodoItem.Severity.DUE_SOON);
        clock.setDay(LocalDate.of(2026, 4, 2));
        assertThat(reportTodos(sfj)).singleElement().satisfies(t -> {
            assertThat(t.severity()).isEqualTo(TodoItem.Severity.OVERDUE);
            assertThat(t.title()).contains("已逾期");
        });
        assertThat(reportTodos(fx.user("czj"))).isEmpty();
    }

    /**
     * The demo city's report todos (governments that other tests create, e.g. the plan metrics' test counties, stay in
     * a PostgreSQL database shared by the suite and have todos of their own).
     */
    List<TodoItem> reportTodos(cn.fazhi.platform.security.FazhiPrincipal user) {
        return todos.todosFor(user).items().stream().filter(t -> t.module().equals("reporting"))
                .filter(t -> t.title().startsWith("示范市人民政府")).toList();
    }
}
