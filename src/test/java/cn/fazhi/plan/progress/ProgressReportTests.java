package cn.fazhi.plan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.security.AccountDirectory;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.ObjectMapper;

/** The progress report's gates and transitions over the API, on the full application. */
@PlanProgressTest
class ProgressReportTests {

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired PlanTestClock clock;
    @Autowired ObjectMapper json;

    MockMvc mvc;
    PlanFixtures fx;
    UUID plan;
    UUID task;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fx = new PlanFixtures(jdbc, accounts);
        clock.setDay(LocalDate.of(2026, 10, 12));
        plan = fx.plan("QUARTERLY", 2026, 2027);
        task = fx.task(plan, 12, "CZJ", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 5), "GAJ");
    }

    static String draft(String period, String taskStatus, boolean completion, String narrative) {
        return """
                {"periodCode":"%s","taskStatus":"%s","completion":%s,"narrative":"%s",
                 "figures":[{"label":"清理文件","value":"126","unit":"件"}]}""".formatted(period, taskStatus, completion, narrative);
    }

    ResultActions postJson(String url, String body, String user) throws Exception {
        return mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body).with(fx.as(user)).with(csrf()));
    }

    String createDraft(String taskStatus, boolean completion) throws Exception {
        String body = postJson("/api/tasks/" + task + "/reports", draft("2026Q3", taskStatus, completion, "已完成清理工作"), "czj")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asString();
    }

    String submitted(String taskStatus, boolean completion) throws Exception {
        String id = createDraft(taskStatus, completion);
        postJson("/api/reports/" + id + "/submit", "", "czj").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        return id;
    }

    @Test
    void leadUnitDraftsWithDueDateFromTheCalendarAndFigures() throws Exception {
        postJson("/api/tasks/" + task + "/reports", draft("2026Q3", "IN_PROGRESS", false, "推进中"), "czj")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.dueOn").value("2026-10-20"))
                .andExpect(jsonPath("$.figures[0].label").value("清理文件"))
                .andExpect(jsonPath("$.figures[0].unit").value("件"));
        mvc.perform(get("/api/tasks/" + task + "/reports").with(fx.as("czj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].periodCode").value("2026Q3"));
        // the same period again changes the draft
        postJson("/api/tasks/" + task + "/reports", draft("2026q3", "IN_PROGRESS", false, "推进中,已完成一半"), "czj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.narrative").value("推进中,已完成一半"));
        assertThat(jdbc.queryForObject("select count(*) from progress_report where task_id = ?", Integer.class, task)).isEqualTo(1);
    }

    @Test
    void aUnitThatDoesNotLeadTheTaskCannotDraftOrSubmit() throws Exception {
        // GAJ is a responsible unit of the task, not its lead unit
        postJson("/api/tasks/" + task + "/reports", draft("2026Q3", "IN_PROGRESS", false, "x"), "gaj")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("只有牵头单位(市财政局)才能填报")));
        String id = createDraft("IN_PROGRESS", false);
        postJson("/api/reports/" + id + "/submit", "", "gaj").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("只有牵头单位")));
    }

    @Test
    void aPeriodOutsideThePlanCycleIsRefusedInChinese() throws Exception {
        postJson("/api/tasks/" + task + "/reports", draft("2026", "IN_PROGRESS", false, "x"), "czj")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("与方案的报告周期(每季度)不符")));
        postJson("/api/tasks/" + task + "/reports", draft("2030Q1", "IN_PROGRESS", false, "x"), "czj")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("不在方案实施期")));
    }

    @Test
    void reviewWithoutPermissionIsRefused() throws Exception {
        String id = submitted("IN_PROGRESS", false);
        postJson("/api/reports/" + id + "/accept", "", "czj").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("plan:review")));
        // leader may read but not review
        postJson("/api/reports/" + id + "/return", "{\"reason\":\"x\"}", "leader").andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select status from progress_report where id = ?", String.class, UUID.fromString(id)))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void returnWithoutReasonIsRefusedAndChangesNothing() throws Exception {
        String id = submitted("IN_PROGRESS", false);
        postJson("/api/reports/" + id + "/return", "{\"reason\":\"  \"}", "sfj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("退回补充须填写退回理由"));
        assertThat(jdbc.queryForObject("select count(*) from progress_review where progress_report_id = ?", Integer.class,
                UUID.fromString(id))).isZero();
    }

    @Test
    void aReportCannotBeReviewedTwice() throws Exception {
        String id = submitted("IN_PROGRESS", false);
        postJson("/api/reports/" + id + "/accept", "", "sfj").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        postJson("/api/reports/" + id + "/accept", "", "sfj").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.containsString("报告当前状态为“审核通过”"),
                        Matchers.containsString("不能重复审核"))));
        postJson("/api/reports/" + id + "/return", "{\"reason\":\"补充\"}", "sfj").andExpect(status().isConflict());
    }

    @Test
    void acceptingACompletionReportCompletesTheTask() throws Exception {
        String id = submitted("COMPLETED", true);
        assertThat(fx.taskStatus(task)).isEqualTo("NOT_STARTED");
        postJson("/api/reports/" + id + "/accept", "", "sfj").andExpect(status().isOk());
        assertThat(fx.taskStatus(task)).isEqualTo("COMPLETED");
        assertThat(fx.completedOn(task)).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where entity_type = 'progress_report' and entity_id = ? and action = 'TRANSITION:ACCEPT'",
                Integer.class, id)).isEqualTo(1);
        // a completed task takes no further reports
        postJson("/api/tasks/" + task + "/reports", draft("2026Q4", "IN_PROGRESS", false, "x"), "czj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("TASK_COMPLETED"));
    }

    @Test
    void acceptingANonCompletionReportSetsTheReportedStatusButNotCompleted() throws Exception {
        String id = submitted("IN_PROGRESS", false);
        postJson("/api/reports/" + id + "/accept", "", "sfj").andExpect(status().isOk());
        assertThat(fx.taskStatus(task)).isEqualTo("IN_PROGRESS");
        assertThat(fx.completedOn(task)).isNull();
    }

    @Test
    void aSubmittedCompletionReportDoesNotCompleteTheTaskUntilAccepted() throws Exception {
        String id = submitted("COMPLETED", true);
        postJson("/api/reports/" + id + "/return", "{\"reason\":\"请补充制度文件\"}", "sfj").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnReason").value("请补充制度文件"));
        assertThat(fx.taskStatus(task)).isEqualTo("NOT_STARTED");
        // the lead unit resubmits; a second review is recorded
        postJson("/api/reports/" + id + "/submit", "", "czj").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        postJson("/api/reports/" + id + "/accept", "", "sfj").andExpect(status().isOk());
        assertThat(jdbc.queryForList("select decision from progress_review where progress_report_id = ? order by seq",
                String.class, UUID.fromString(id))).containsExactly("RETURNED", "ACCEPTED");
        assertThat(fx.taskStatus(task)).isEqualTo("COMPLETED");
    }

    @Test
    void completionMustReportCompleted() throws Exception {
        postJson("/api/tasks/" + task + "/reports", draft("2026Q3", "IN_PROGRESS", true, "x"), "czj")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("完成报告的进展状态须为“已完成”")));
    }

    @Test
    void responsibleUnitContributesWhileDraftButNotAfterSubmission() throws Exception {
        String id = createDraft("IN_PROGRESS", false);
        postJson("/api/reports/" + id + "/contributions", "{\"text\":\"市公安局已完成本系统文件清理\"}", "gaj")
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select text from progress_contribution where progress_report_id = ?", String.class,
                UUID.fromString(id))).isEqualTo("市公安局已完成本系统文件清理");
        // a unit not on the task cannot read the report at all
        postJson("/api/reports/" + id + "/contributions", "{\"text\":\"x\"}", "dcjd").andExpect(status().isNotFound());
        postJson("/api/reports/" + id + "/submit", "", "czj").andExpect(status().isOk());
        postJson("/api/reports/" + id + "/contributions", "{\"text\":\"补充\"}", "gaj").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("报告当前状态为“已报送待审核”")));
    }

    @Test
    void aUnitCannotReadAnotherUnitsReportById() throws Exception {
        UUID other = fx.task(plan, 13, "CZJ", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 5));
        String body = postJson("/api/tasks/" + other + "/reports", draft("2026Q3", "IN_PROGRESS", false, "x"), "czj")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asString();
        mvc.perform(get("/api/reports/" + id).with(fx.as("gaj"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("进展报告不存在或无权访问"));
        mvc.perform(get("/api/tasks/" + other + "/reports").with(fx.as("gaj"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/" + id).with(fx.as("czj"))).andExpect(status().isOk());
        mvc.perform(get("/api/reports/" + id).with(fx.as("sfj"))).andExpect(status().isOk());
    }

    @Test
    void evidenceIsStoredThroughAttachmentsAndLinked() throws Exception {
        String id = createDraft("IN_PROGRESS", false);
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
        mvc.perform(multipart("/api/reports/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "清理目录.pdf", "application/pdf", pdf))
                        .with(fx.as("czj")).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.filename").value("清理目录.pdf"));
        assertThat(jdbc.queryForObject("select count(*) from progress_evidence where progress_report_id = ?", Integer.class,
                UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void theReviewQueueListsSubmittedReportsForTheReviewer() throws Exception {
        String id = submitted("IN_PROGRESS", false);
        mvc.perform(get("/api/reports").param("status", "SUBMITTED").with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        mvc.perform(get("/api/reports").param("status", "SUBMITTED").with(fx.as("gaj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists()); // a responsible unit sees the report
        mvc.perform(get("/api/reports").param("status", "SUBMITTED").with(fx.as("dcjd"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").doesNotExist());
    }

    @Test
    void theProgressLedgerReadsBackWithItsLayout() throws Exception {
        String id = submitted("IN_PROGRESS", false);
        postJson("/api/reports/" + id + "/return", "{\"reason\":\"请补充数据\"}", "sfj").andExpect(status().isOk());
        byte[] xlsx = mvc.perform(get("/api/plans/" + plan + "/ledger.xlsx").param("period", "2026Q3").with(fx.as("sfj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).contains("进展台账(2026年第三季度)");
            assertThat(s.getMergedRegions()).anyMatch(r -> r.getFirstRow() == 0 && r.getLastColumn() == 7);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(s.getRow(1).getCell(7).getStringCellValue()).isEqualTo("审核结果");
            assertThat(wb.getFontAt(s.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("12");
            assertThat(s.getRow(2).getCell(2).getStringCellValue()).isEqualTo("市财政局");
            assertThat(s.getRow(2).getCell(5).getStringCellValue()).isEqualTo("推进中");
            assertThat(s.getRow(2).getCell(6).getStringCellValue()).contains("已完成清理工作").contains("清理文件:126件");
            assertThat(s.getRow(2).getCell(7).getStringCellValue()).isEqualTo("退回补充:请补充数据");
            assertThat(s.getRow(2).getCell(6).getCellStyle().getWrapText()).isTrue();
        }
        mvc.perform(get("/api/plans/" + plan + "/ledger.xlsx").param("period", "2026H1").with(fx.as("sfj")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theProgressAndSupervisionApisAreDescribedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/tasks/{taskId}/reports'].get").exists())
                .andExpect(jsonPath("$.paths['/api/tasks/{taskId}/reports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/submit'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/contributions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/accept'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/return'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/evidence'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports'].get").exists())
                .andExpect(jsonPath("$.paths['/api/plans/{planId}/ledger.xlsx'].get").exists())
                .andExpect(jsonPath("$.paths['/api/supervision/alerts'].get").exists())
                .andExpect(jsonPath("$.paths['/api/supervision/scan'].post").exists())
                .andExpect(jsonPath("$.paths['/api/supervision/notices'].post").exists())
                .andExpect(jsonPath("$.paths['/api/supervision/notices'].get").exists())
                .andExpect(jsonPath("$.paths['/api/supervision/notices/{id}/reply'].post").exists())
                .andExpect(jsonPath("$.paths['/api/supervision/notices/{id}/close'].post").exists())
                .andExpect(jsonPath("$.paths['/api/supervision/notices/{id}/document.docx'].get").exists());
    }
}
