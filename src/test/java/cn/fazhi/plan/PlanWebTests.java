package cn.fazhi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.support.FazhiIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Pages and API of plans and tasks: import preview → confirm, transitions, lead unit, milestones, export, key work. */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class PlanWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcAccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    PlanTestSupport t;
    UUID demoPlan;

    @BeforeEach
    void setUp() {
        t = new PlanTestSupport(directory, jdbc);
        demoPlan = jdbc.queryForObject("select id from plan where title = ?", UUID.class, PlanDemoData.TITLE);
    }

    /** A small plan text of our own; {@code salt} makes its content unique, {@code unit} is one lead unit. */
    static String planText(String salt, String unit) {
        return """
                测试县法治政府建设实施方案
                (一)推进政务公开
                1.完善公开目录
                (1)编制政务公开事项目录%s。(牵头单位:市编办。2026年底完成)
                (2)公开财政预决算%s。(牵头单位:市财政局。2027年底完成)
                (二)规范执法
                (3)开展执法案卷评查%s。(牵头单位:%s。持续推进)
                """.formatted(salt, salt, salt, unit);
    }

    @Test
    void pastedTextIsPreviewedWithUnresolvedUnitsAndNothingIsStoredUntilConfirmed() throws Exception {
        String salt = PlanTestSupport.suffix();
        String unknown = "县测试中心" + salt;
        int plansBefore = jdbc.queryForObject("select count(*) from plan", Integer.class);
        MvcResult upload = mvc.perform(post("/plans/import").with(t.as("sfj")).with(csrf())
                        .param("text", planText(salt, unknown)))
                .andExpect(status().is3xxRedirection()).andReturn();
        Cookie session = upload.getResponse().getCookie("SESSION");
        String previewUrl = upload.getResponse().getRedirectedUrl();
        String page = mvc.perform(get(previewUrl).cookie(session).with(t.as("sfj"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("共识别出 3 项任务").contains("编制政务公开事项目录" + salt).contains(unknown)
                .contains("确认导入").contains("市财政局");
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plansBefore);

        // confirming without deciding the unknown unit: refused, names listed, nothing stored
        String refused = mvc.perform(post(previewUrl).cookie(session).with(t.as("sfj")).with(csrf())
                        .param("periodStartYear", "2026").param("periodEndYear", "2027")
                        .param("unitName", "市编办", "市财政局", unknown))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("尚未对应到组织机构").contains(unknown);
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plansBefore);

        // mapping it to 市司法局 imports the plan and shows it
        MvcResult ok = mvc.perform(post(previewUrl).cookie(session).with(t.as("sfj")).with(csrf())
                        .param("periodStartYear", "2026").param("periodEndYear", "2027")
                        .param("unitName", "市编办", "市财政局", unknown)
                        .param("unitChoice2", String.valueOf(t.orgId("SFJ"))))
                .andExpect(status().is3xxRedirection()).andReturn();
        String planUrl = ok.getResponse().getRedirectedUrl();
        assertThat(planUrl).startsWith("/plans/");
        assertThat(ok.getFlashMap().get("notice").toString()).contains("已导入方案,共3项任务");
        String planPage = mvc.perform(get(planUrl).with(t.as("sfj"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(planPage).contains("测试县法治政府建设实施方案").contains("推进政务公开").contains("完善公开目录")
                .contains("开展执法案卷评查" + salt).contains("草拟").contains("/overview").contains("task-division.xlsx");
        assertThat(jdbc.queryForObject("select count(*) from org_alias where alias = ?", Integer.class, unknown)).isZero();

        // the same text again: the preview says it was imported; confirming changes nothing
        MvcResult upload2 = mvc.perform(post("/plans/import").with(t.as("sfj")).with(csrf())
                .param("text", planText(salt, unknown))).andReturn();
        String url2 = upload2.getResponse().getRedirectedUrl();
        Cookie again = upload2.getResponse().getCookie("SESSION");
        assertThat(mvc.perform(get(url2).cookie(again).with(t.as("sfj"))).andReturn().getResponse()
                .getContentAsString()).contains("该方案已导入");
        int plansNow = jdbc.queryForObject("select count(*) from plan", Integer.class);
        MvcResult same = mvc.perform(post(url2).cookie(again).with(t.as("sfj")).with(csrf())
                        .param("periodStartYear", "2026").param("periodEndYear", "2027"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(same.getResponse().getRedirectedUrl()).isEqualTo(planUrl);
        assertThat(same.getFlashMap().get("notice").toString()).contains("该方案已导入");
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plansNow);
    }

    @Test
    void aDocxUploadedOnTheImportPageIsPreviewedAndABadFileIsRefusedInChinese() throws Exception {
        String salt = PlanTestSupport.suffix();
        MockMultipartFile docx = new MockMultipartFile("file", "方案.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                cn.fazhi.plan.parsing.TestDocuments.docx(planText(salt, "市公安局")));
        MvcResult upload = mvc.perform(multipart("/plans/import").file(docx).with(t.as("sfj")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        Cookie session = upload.getResponse().getCookie("SESSION");
        assertThat(mvc.perform(get(upload.getResponse().getRedirectedUrl()).cookie(session).with(t.as("sfj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("共识别出 3 项任务").contains("方案.docx").contains("公开财政预决算" + salt);
        int plansBefore = jdbc.queryForObject("select count(*) from plan", Integer.class);
        MockMultipartFile corrupt = new MockMultipartFile("file", "坏文件.docx", "application/octet-stream",
                cn.fazhi.plan.parsing.TestDocuments.corruptDocx());
        assertThat(mvc.perform(multipart("/plans/import").file(corrupt).with(t.as("sfj")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("import-error");
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plansBefore);
    }

    @Test
    void apiImportsTextReturns201ThenTheSameTextReturns200WithTheSamePlan() throws Exception {
        String salt = PlanTestSupport.suffix();
        String unknown = "县接口中心" + salt;
        String text = planText(salt, unknown);
        mvc.perform(post("/api/plans").with(t.as("sfj")).with(csrf()).contentType(MediaType.TEXT_PLAIN)
                        .characterEncoding(StandardCharsets.UTF_8).content(text)
                        .param("periodStartYear", "2026").param("periodEndYear", "2027"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.code").value("UNRESOLVED_UNITS"))
                .andExpect(jsonPath("$.unresolved[0]").value(unknown));
        String mappings = "{\"" + unknown + "\": " + t.orgId("SFJ") + "}";
        String body = mvc.perform(post("/api/plans").with(t.as("sfj")).with(csrf()).contentType(MediaType.TEXT_PLAIN)
                        .characterEncoding(StandardCharsets.UTF_8).content(text).param("periodStartYear", "2026")
                        .param("periodEndYear", "2027").param("unitMappings", mappings).param("rememberAliases", "true")
                        .param("docNumber", "测试〔2026〕1号"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.created").value(true))
                .andExpect(jsonPath("$.tasks").value(3)).andExpect(jsonPath("$.aliasesRemembered").value(1))
                .andExpect(jsonPath("$.plan.docNumber").value("测试〔2026〕1号"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.plan.id");
        mvc.perform(post("/api/plans").with(t.as("sfj")).with(csrf()).contentType(MediaType.TEXT_PLAIN)
                        .characterEncoding(StandardCharsets.UTF_8).content(text))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(false))
                .andExpect(jsonPath("$.plan.id").value(id)).andExpect(jsonPath("$.message").value("该方案已导入,未作任何改动"));
        mvc.perform(get("/api/plans/{id}/tasks", id).with(t.as("sfj")).param("leadOrgId", String.valueOf(t.orgId("CZJ"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].number").value(2));
    }

    @Test
    void multipartUploadOfATxtFileImports() throws Exception {
        String salt = PlanTestSupport.suffix();
        MockMultipartFile file = new MockMultipartFile("file", "方案.txt", "text/plain",
                planText(salt, "市公安局").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/plans").file(file).with(t.as("sfj")).with(csrf())
                        .param("periodStartYear", "2026").param("periodEndYear", "2027").param("reportingCycle", "半年"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.plan.reportingCycle").value("HALF_YEARLY"))
                .andExpect(jsonPath("$.plan.sourceAttachmentId").isNotEmpty());
    }

    @Test
    void transitionsMoveAPlanAndRefuseOutOfOrderWithTheCurrentState() throws Exception {
        String salt = PlanTestSupport.suffix();
        String body = mvc.perform(post("/api/plans").with(t.as("sfj")).with(csrf()).contentType(MediaType.TEXT_PLAIN)
                        .characterEncoding(StandardCharsets.UTF_8).content(planText(salt, "市公安局"))
                        .param("periodStartYear", "2026").param("periodEndYear", "2027"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.plan.id");
        mvc.perform(post("/api/plans/{id}/transitions/end", id).with(t.as("sfj")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("方案当前状态为“草拟”,不能结束")));
        mvc.perform(post("/api/plans/{id}/transitions/issue", id).with(t.as("czj")).with(csrf()))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/plans/{id}/transitions/issue", id).with(t.as("sfj")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUED"));
        mvc.perform(post("/plans/{id}/transitions/start", id).with(t.as("sfj")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/plans/{id}", id).with(t.as("sfj"))).andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.allowedTransitions[0]").value("end"));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where entity_type = 'plan' and entity_id = ? and action like 'TRANSITION:%'",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void changingTheLeadUnitIsAuditedAndShownOnTheTaskPage() throws Exception {
        String salt = PlanTestSupport.suffix();
        String body = mvc.perform(post("/api/plans").with(t.as("sfj")).with(csrf()).contentType(MediaType.TEXT_PLAIN)
                        .characterEncoding(StandardCharsets.UTF_8).content(planText(salt, "市公安局"))
                        .param("periodStartYear", "2026").param("periodEndYear", "2027"))
                .andReturn().getResponse().getContentAsString();
        String planId = JsonPath.read(body, "$.plan.id");
        String taskId = jdbc.queryForObject("select id from plan_task where plan_id = ? and number = 1", String.class,
                UUID.fromString(planId));
        mvc.perform(put("/api/tasks/{id}/lead-unit", taskId).with(t.as("sfj")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"leadOrgId\":" + t.orgId("RSJ") + ",\"reason\":\"职责调整\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.leadOrgName").value("市人社局"));
        assertThat(jdbc.queryForObject("select after_json from audit_record where action = 'CHANGE_LEAD_UNIT' and entity_id = ?",
                String.class, taskId)).contains("职责调整").contains("市人社局");
        assertThat(mvc.perform(get("/plans/{id}/tasks/1", planId).with(t.as("sfj"))).andReturn().getResponse()
                .getContentAsString()).contains("市人社局");
        // the new lead unit's staff may not change the lead unit (plan:manage)
        mvc.perform(put("/api/tasks/{id}/lead-unit", taskId).with(t.as("czj")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"leadOrgId\":" + t.orgId("CZJ") + "}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theLeadUnitKeepsMilestonesAndUploadsItsWorkPlan() throws Exception {
        UUID task3 = jdbc.queryForObject("select id from plan_task where plan_id = ? and number = 3", UUID.class, demoPlan);
        var czj = t.as("czj");
        mvc.perform(post("/api/tasks/{id}/milestones", task3).with(czj).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"完成收费清单梳理\",\"dueOn\":\"2026-06-30\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.title").value("完成收费清单梳理"));
        String list = mvc.perform(get("/api/tasks/{id}/milestones", task3).with(czj)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Integer seq = JsonPath.read(list, "$[-1].seq");
        mvc.perform(put("/api/tasks/{id}/milestones/{seq}", task3, seq).with(czj).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"done\":true,\"doneOn\":\"2026-06-20\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.doneOn").value("2026-06-20"));
        MockMultipartFile file = new MockMultipartFile("file", "工作方案.txt", "text/plain",
                "市财政局涉企收费清单工作方案".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/tasks/{id}/work-plan", task3).file(file).with(czj).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.workPlanAttachmentId").isNotEmpty());
        // 市公安局 is not on task 3: not found
        mvc.perform(post("/api/tasks/{id}/milestones", task3).with(t.as("gaj")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}")).andExpect(status().isNotFound());
        // 市财政局 is only responsible on task 14: it reads but may not keep the lead unit's work plan
        UUID task14 = jdbc.queryForObject("select id from plan_task where plan_id = ? and number = 14", UUID.class, demoPlan);
        mvc.perform(post("/api/tasks/{id}/milestones", task14).with(czj).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(delete("/api/tasks/{id}/milestones/{seq}", task3, seq).with(czj).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(mvc.perform(get("/plans/{id}/tasks/3", demoPlan).with(czj)).andReturn().getResponse()
                .getContentAsString()).contains("查看工作方案");
    }

    @Test
    void taskDivisionExportHasTheTitleMergedTheHeaderAndMergedAreaRows() throws Exception {
        MvcResult r = mvc.perform(get("/api/plans/{id}/export/task-division.xlsx", demoPlan).with(t.as("sfj")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo(PlanDemoData.TITLE + "任务分工表");
            assertThat(s.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 4));
            Row header = s.getRow(1);
            assertThat(java.util.stream.IntStream.range(0, 5).mapToObj(i -> header.getCell(i).getStringCellValue()))
                    .containsExactly("序号", "工作任务", "牵头单位", "责任单位", "完成时限");
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("(一)依法全面履行政府职能");
            assertThat(s.getMergedRegions()).contains(new CellRangeAddress(2, 2, 0, 4));
            assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("1.深化“放管服”改革");
            Row first = s.getRow(4);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("市编办");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("市行政审批局");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("2025年底完成");
            assertThat(first.getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(wb.getFontAt(first.getCell(1).getCellStyle().getFontIndex()).getFontName()).isEqualTo("仿宋_GB2312");
            assertThat(first.getCell(1).getCellStyle().getBorderTop()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            assertThat(s.getColumnWidth(1)).isGreaterThan(s.getColumnWidth(0) * 5);
            long taskRows = java.util.stream.IntStream.rangeClosed(2, s.getLastRowNum())
                    .filter(i -> s.getRow(i).getCell(0).getStringCellValue().matches("\\d+")).count();
            assertThat(taskRows).isEqualTo(15);
        }
        // a unit exports only what it sees
        MvcResult mine = mvc.perform(get("/plans/{id}/export/task-division.xlsx", demoPlan).with(t.as("czj")))
                .andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(mine.getResponse().getContentAsByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            long taskRows = java.util.stream.IntStream.rangeClosed(2, s.getLastRowNum())
                    .filter(i -> s.getRow(i).getCell(0).getStringCellValue().matches("\\d+")).count();
            assertThat(taskRows).isEqualTo(2);
        }
    }

    @Test
    void keyWorkOfAYearListsTasksDueThatYearAndRecurringOrContinuousOnes() throws Exception {
        String body = mvc.perform(get("/api/plans/{id}/key-work", demoPlan).param("year", "2025").with(t.as("sfj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<Integer> numbers = JsonPath.read(body, "$[*].number");
        // due 2025: 1, 4, 10, 12; every year: 5, 6, 14; continuous: 7
        assertThat(numbers).containsExactly(1, 4, 5, 6, 7, 10, 12, 14);
        mvc.perform(get("/api/plans/{id}/key-work", demoPlan).param("year", "2030").with(t.as("sfj")))
                .andExpect(status().isBadRequest());
        assertThat(mvc.perform(get("/plans/{id}/key-work", demoPlan).param("year", "2027").with(t.as("sfj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("2027年度工作要点").contains("建立重大行政决策后评估制度");
    }

    @Test
    void myTasksListsTheUnitsLeadAndResponsibleTasks() throws Exception {
        String page = mvc.perform(get("/plans/my-tasks").with(t.as("czj"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("建立涉企收费目录清单动态调整机制").contains("开展行政执法案卷评查")
                .contains("牵头(负责)").contains("责任单位").doesNotContain("推行包容审慎监管");
        String mine = mvc.perform(get("/api/plans/my-tasks").with(t.as("czj"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.List<Integer> inDemo = JsonPath.read(mine, "$[?(@.planId == '" + demoPlan + "')].number");
        assertThat(inDemo).containsExactlyInAnyOrder(3, 14);
        java.util.List<Long> leads = JsonPath.read(mine, "$[*].leadOrgId");
        assertThat(leads).isNotEmpty();
    }

    @Test
    void aLeadUnitWithoutAWorkPlanSeesItOnItsHomePage() throws Exception {
        // Other tests of this context add plans whose tasks 市公安局 leads: up to five are listed by name (oldest plan
        // first), the rest counted in one line. Either way task 13 of the demo plan is accounted for.
        long gaj = jdbc.queryForObject("select id from org_unit where code = 'GAJ'", Long.class);
        int missing = jdbc.queryForObject("""
                select count(*) from plan_task t join plan p on p.org_id = t.org_id and p.id = t.plan_id
                where t.lead_org_id = ? and t.work_plan_attachment_id is null and p.status in ('ISSUED', 'IN_FORCE')""",
                Integer.class, gaj);
        String todos = mvc.perform(get("/api/home/todos").with(t.as("gaj"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> listed = JsonPath.read(todos, "$[?(@.title =~ /上传工作方案:.*/)].title");
        assertThat(listed).hasSize(Math.min(missing, WorkPlanTodos.LISTED));
        if (missing <= WorkPlanTodos.LISTED) {
            assertThat(listed).contains("上传工作方案:" + PlanDemoData.TITLE + " 任务(13)");
        } else {
            assertThat(todos).contains("另有" + (missing - WorkPlanTodos.LISTED) + "项牵头任务尚未上传工作方案");
        }
        mvc.perform(get("/api/home/todos").with(t.as("leader"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.module == 'plan')]").isEmpty());
    }

    @Test
    void aDepartmentDerivesItsOwnPlanFromUpperTasksAndBothTaskPagesShowTheLink() throws Exception {
        UUID task14 = jdbc.queryForObject("select id from plan_task where plan_id = ? and number = 14", UUID.class, demoPlan);
        String body = mvc.perform(post("/api/plans/{id}/derive", demoPlan).with(t.as("gaj")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"taskIds\":[\"" + task14 + "\"]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.orgId").value(t.orgId("GAJ"))).andReturn().getResponse().getContentAsString();
        String derived = JsonPath.read(body, "$.id");
        assertThat(jdbc.queryForObject("select parent_task_id from plan_task where plan_id = ?", UUID.class,
                UUID.fromString(derived))).isEqualTo(task14);
        assertThat(mvc.perform(get("/plans/{id}/tasks/1", derived).with(t.as("gaj"))).andReturn().getResponse()
                .getContentAsString()).contains("上级任务").contains(PlanDemoData.TITLE);
        assertThat(mvc.perform(get("/plans/{id}/tasks/14", demoPlan).with(t.as("gaj"))).andReturn().getResponse()
                .getContentAsString()).contains("下级落实").contains("市公安局");
        // a task the unit cannot see cannot be picked
        UUID task12 = jdbc.queryForObject("select id from plan_task where plan_id = ? and number = 12", UUID.class, demoPlan);
        mvc.perform(post("/api/plans/{id}/derive", demoPlan).with(t.as("gaj")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"taskIds\":[\"" + task12 + "\"]}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiAnswersABearerToken() throws Exception {
        String token = JsonPath.read(mvc.perform(post("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"sfj\",\"password\":\"Fazhi@2026\"}")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.token");
        // Other tests add plans to the shared context: find the demo plan by title (and status) rather than by page.
        mvc.perform(get("/api/plans").param("title", "示范市法治政府建设").param("status", "IN_FORCE")
                        .header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.title == '" + PlanDemoData.TITLE + "')]").exists());
        mvc.perform(get("/api/plans").param("status", "DRAFT").param("title", "示范市法治政府建设")
                        .header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.title == '" + PlanDemoData.TITLE + "')]").doesNotExist());
        mvc.perform(get("/api/plans").param("status", "CLOSED").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("方案状态")));
        mvc.perform(get("/api/plans/{id}", demoPlan).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.sections.length()").value(5));
        mvc.perform(get("/api/plans/{id}/tasks", demoPlan).param("area", "严格规范公正文明执法")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(5));
        mvc.perform(get("/api/plans").header("Authorization", "Bearer nope")).andExpect(status().isUnauthorized());
    }

    @Test
    void planPagesListAndShowTheDemoPlan() throws Exception {
        assertThat(mvc.perform(get("/plans").param("title", "示范市法治政府建设").with(t.as("leader"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(PlanDemoData.TITLE).contains("执行中").contains("我的任务");
        assertThat(mvc.perform(get("/plans/{id}", demoPlan).with(t.as("sfj"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("(二)健全依法决策机制").contains("结束")
                .contains("市市场监管局");
        mvc.perform(get("/plans/import").with(t.as("czj"))).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/").with(t.as("czj"))).andReturn().getResponse().getContentAsString())
                .contains("实施方案").contains("/plans/my-tasks");
    }
}
