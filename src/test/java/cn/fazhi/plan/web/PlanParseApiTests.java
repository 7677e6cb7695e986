package cn.fazhi.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.plan.parsing.Seeds;
import cn.fazhi.plan.parsing.TestDocuments;
import cn.fazhi.platform.org.JdbcAccountDirectory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * POST /api/plans/parse: a text body or a multipart file gives the tasks and warnings as JSON; bad input gives a
 * Chinese problem detail (or NO_TASKS); nothing is ever stored.
 */
@cn.fazhi.support.FazhiIntegrationTest
@AutoConfigureMockMvc
class PlanParseApiTests {

    static final String PLAN = """
            示范市法治政府建设实施方案
            一、主要任务
            (一)依法履行政府职能
            1.深化审批改革
            (1)推进审批事项清单管理,实行动态调整。(牵头单位:市编办。2016年底完成)
            (2)规范县(市、区)中介服务。(牵头单位:市政府法制办、市示范不存在局,2022年10月底前)
            (3)加强审计监督。(牵头单位:市示范不存在局。持续推进)
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcAccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    long storedBefore;

    RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(directory.loadByUsername(username).orElseThrow());
    }

    long stored() {
        return jdbc.queryForObject("select (select count(*) from plan) + (select count(*) from plan_task)"
                + " + (select count(*) from plan_section) + (select count(*) from audit_record)", Long.class);
    }

    @BeforeEach
    void countStored() {
        storedBefore = stored();
    }

    @AfterEach
    void nothingStored() {
        assertThat(stored()).as("rows in plan, plan_task, plan_section, audit_record").isEqualTo(storedBefore);
    }

    ResultActions text(String body, String contentType) throws Exception {
        return mvc.perform(post("/api/plans/parse").with(as("sfj")).with(csrf()).contentType(contentType)
                .content(body.getBytes(contentType.contains("GB18030") ? Charset.forName("GB18030") : StandardCharsets.UTF_8)));
    }

    ResultActions file(byte[] content, String name) throws Exception {
        return mvc.perform(multipart("/api/plans/parse").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(as("sfj")).with(csrf()));
    }

    @Test
    void aTextBodyGivesTheTasksAsJson() throws Exception {
        text(PLAN, "text/plain;charset=UTF-8").andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("示范市法治政府建设实施方案"))
                .andExpect(jsonPath("$.tasks", hasSize(3)))
                .andExpect(jsonPath("$.tasks[0].number").value(1))
                .andExpect(jsonPath("$.tasks[0].area").value("依法履行政府职能"))
                .andExpect(jsonPath("$.tasks[0].subArea").value("深化审批改革"))
                .andExpect(jsonPath("$.tasks[0].text").value("推进审批事项清单管理,实行动态调整。"))
                .andExpect(jsonPath("$.tasks[0].leadUnits[0]").value("市编办"))
                .andExpect(jsonPath("$.tasks[0].responsibleUnits", hasSize(0)))
                .andExpect(jsonPath("$.tasks[0].deadline").value("2016-12-31"))
                .andExpect(jsonPath("$.tasks[0].deadlineText").value("2016年底完成"))
                .andExpect(jsonPath("$.tasks[0].deadlineKind").value("DATE"))
                .andExpect(jsonPath("$.tasks[1].deadline").value("2022-10-31"))
                .andExpect(jsonPath("$.tasks[2].deadline").doesNotExist())
                .andExpect(jsonPath("$.tasks[2].deadlineKind").value("CONTINUOUS"))
                .andExpect(jsonPath("$.warnings[*].code", hasItem("MULTIPLE_LEAD_UNITS")))
                // one UNKNOWN_UNIT per distinct name, listing its tasks; 市政府法制办 resolves (short name of 市司法局)
                .andExpect(jsonPath("$.warnings[?(@.code == 'UNKNOWN_UNIT')]", hasSize(1)))
                .andExpect(jsonPath("$.warnings[?(@.code == 'UNKNOWN_UNIT')].message",
                        hasItem(containsString("市示范不存在局”(任务 2、3)"))));
    }

    @Test
    void aTextBodyWithoutCharsetIsDetectedAsGb18030() throws Exception {
        text(PLAN, "text/plain;charset=GB18030").andExpect(status().isOk()).andExpect(jsonPath("$.tasks", hasSize(3)));
        mvc.perform(post("/api/plans/parse").with(as("sfj")).with(csrf()).contentType("text/plain")
                .content(PLAN.getBytes(Charset.forName("GB18030"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tasks[0].leadUnits[0]").value("市编办"));
    }

    @Test
    void seed002AsATextBody() throws Exception {
        String seed = Seeds.read(Seeds.PLAN_002);
        text(seed, "text/plain;charset=UTF-8").andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks", hasSize(140)))
                .andExpect(jsonPath("$.tasks[123].area").value("组织保障和落实机制"))
                .andExpect(jsonPath("$.warnings[?(@.code == 'UNKNOWN_UNIT')].message", hasItem(containsString("市经管局”(任务 110)"))));
    }

    @Test
    void aDocxFileWithParagraphs() throws Exception {
        file(TestDocuments.docx(PLAN), "方案.docx").andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks", hasSize(3)))
                .andExpect(jsonPath("$.tasks[1].text").value("规范县(市、区)中介服务。"));
    }

    @Test
    void aDocxWhoseContentIsATaskTable() throws Exception {
        file(TestDocuments.docxWithTaskTable(), "分工表.docx").andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("示范县2025年法治政府建设重点任务分工表"))
                .andExpect(jsonPath("$.tasks", hasSize(2)))
                .andExpect(jsonPath("$.tasks[0].area").value("推进政府治理规范化"))
                .andExpect(jsonPath("$.tasks[0].responsibleUnits").value(org.hamcrest.Matchers.contains("县公安局", "县市场监管局")))
                .andExpect(jsonPath("$.tasks[0].deadline").value("2025-09-30"))
                .andExpect(jsonPath("$.tasks[1].deadlineKind").value("CONTINUOUS"));
    }

    @Test
    void anXlsxTaskTableWithMergedCells() throws Exception {
        file(TestDocuments.xlsxWithMergedCells(), "分工表.xlsx").andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("示范市法治政府建设任务分工表"))
                .andExpect(jsonPath("$.tasks", hasSize(5)))
                .andExpect(jsonPath("$.tasks[4].text").value("公开重大决策事项目录"))
                .andExpect(jsonPath("$.tasks[4].deadline").value("2025-12-31"))
                .andExpect(jsonPath("$.tasks[1].area").value("依法全面履行政府职能"))
                .andExpect(jsonPath("$.tasks[1].subArea").value("政务服务"))
                .andExpect(jsonPath("$.tasks[1].responsibleUnits").value(org.hamcrest.Matchers.contains("市财政局", "市市场监管局")))
                .andExpect(jsonPath("$.tasks[1].deadline").value("2026-06-30"))
                .andExpect(jsonPath("$.tasks[2].leadUnits").value(org.hamcrest.Matchers.contains("市编办", "市司法局")))
                .andExpect(jsonPath("$.tasks[3].area").value("健全依法决策机制"))
                .andExpect(jsonPath("$.tasks[3].subArea").value("重大决策"));
    }

    @Test
    void withoutPlanManageItIsForbidden() throws Exception {
        mvc.perform(post("/api/plans/parse").with(as("czj")).with(csrf()).contentType("text/plain;charset=UTF-8")
                .content(PLAN.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(post("/api/plans/parse").with(csrf()).contentType("text/plain;charset=UTF-8")
                .content(PLAN.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void badInputGivesAChineseProblemAndStoresNothing() throws Exception {
        file(new byte[21 * 1024 * 1024], "huge.txt").andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("FILE_TOO_LARGE")).andExpect(jsonPath("$.detail", containsString("20MB")));
        file(new byte[0], "empty.docx").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("EMPTY_FILE")).andExpect(jsonPath("$.detail", containsString("空")));
        file(TestDocuments.scannedPdf(), "scan.pdf").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("NO_TEXT_LAYER"))
                .andExpect(jsonPath("$.detail").value("该PDF没有可提取的文字(可能是扫描件),请上传文字版或粘贴文本"));
        file(TestDocuments.textPdf("secret", "pw"), "secret.pdf").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("PDF_ENCRYPTED"));
        file(TestDocuments.zipBombDocx(50), "bomb.docx").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ZIP_BOMB")).andExpect(jsonPath("$.detail", containsString("压缩炸弹")));
        file(TestDocuments.docx(" \n "), "blank.docx").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("EMPTY_DOCUMENT")).andExpect(jsonPath("$.detail", containsString("没有可读取的文字")));
        file(TestDocuments.corruptDocx(), "bad.docx").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CORRUPT_DOCUMENT")).andExpect(jsonPath("$.detail", containsString("损坏")));
        file(TestDocuments.noiseBytes(10 * 1024 * 1024, 11), "noise.txt").andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_TYPE"))
                .andExpect(jsonPath("$.detail", containsString("不支持的文件类型")));
        mvc.perform(multipart("/api/plans/parse").with(as("sfj")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION"));
        mvc.perform(post("/api/plans/parse").with(as("sfj")).with(csrf()).contentType("text/plain"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("EMPTY_TEXT"));
    }

    @Test
    void tenMegabytesOfTextNoiseGiveNoTasks() throws Exception {
        String noise = TestDocuments.noiseText(10 * 1024 * 1024, 5);
        text(noise, "text/plain;charset=UTF-8").andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks", hasSize(0)))
                .andExpect(jsonPath("$.warnings[0].code").value("NO_TASKS"))
                .andExpect(jsonPath("$.warnings[0].message", containsString("未识别出任务")));
    }

    @Test
    void aTextPdfWithoutTasksGivesNoTasks() throws Exception {
        file(TestDocuments.textPdf("Implementation plan 2017", null), "plan.pdf").andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks", hasSize(0)))
                .andExpect(jsonPath("$.warnings", hasSize(1))).andExpect(jsonPath("$.warnings[0].code").value("NO_TASKS"));
    }

    @Test
    void theOpenApiDocumentListsBothRequestBodies() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/plans/parse'].post.requestBody.content['multipart/form-data']").exists())
                .andExpect(jsonPath("$.paths['/api/plans/parse'].post.requestBody.content['text/plain']").exists());
    }

    @Test
    void aSpreadsheetWithoutATaskHeaderSaysWhichColumnsAreMissing() throws Exception {
        byte[] xlsx;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var row = wb.createSheet("名单").createRow(0);
            row.createCell(0).setCellValue("姓名");
            row.createCell(1).setCellValue("电话");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        file(xlsx, "名单.xlsx").andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks", hasSize(0)))
                .andExpect(jsonPath("$.warnings[0].code").value("NO_TASKS"))
                .andExpect(jsonPath("$.warnings[0].message", containsString("工作任务")));
    }

    @Test
    void seed002AsADocxAndAsAPdfLaidOutTwentyEightCharactersALine() throws Exception {
        String seed = Seeds.read(Seeds.PLAN_002);
        file(TestDocuments.docx(seed), "荆门.docx").andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks", hasSize(140)))
                .andExpect(jsonPath("$.tasks[88].leadUnits[0]").value("市政府法制办"));
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDocuments.cjkFont() != null,
                "no CJK TrueType font (scripts/test.sh installs fonts-lxgw-wenkai)");
        // GB/T 9704: 28 characters a line, 22 lines a page, a page number at the foot
        file(TestDocuments.chinesePdf(seed, 28, 22), "荆门.pdf").andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("荆门市法治政府建设实施方案(2016—2020年)"))
                .andExpect(jsonPath("$.tasks", hasSize(140)))
                .andExpect(jsonPath("$.tasks[0].subArea").value("深化行政审批制度改革"))
                .andExpect(jsonPath("$.tasks[94].subArea").value("自觉接受党内监督、人大监督、政协民主监督、司法监督"))
                .andExpect(jsonPath("$.tasks[109].leadUnits[0]").value("市经管局"))
                .andExpect(jsonPath("$.tasks[109].deadline").value("2018-12-31"))
                .andExpect(jsonPath("$.tasks[123].area").value("组织保障和落实机制"))
                .andExpect(jsonPath("$.tasks[124].leadUnits").value(org.hamcrest.Matchers.contains("市委办公室", "市政府办公室")))
                .andExpect(jsonPath("$.warnings[?(@.code == 'NUMBERING_GAP')]", hasSize(0)))
                .andExpect(jsonPath("$.warnings[?(@.code == 'UNREADABLE_DEADLINE')]", hasSize(0)));
    }

    @Test
    void aDocxWhosePlanTextHoldsMoreTasksThanItsTableIsReadFromTheText() throws Exception {
        byte[] docx = TestDocuments.docxWithParagraphsAndTable(PLAN,
                new String[] {"序号", "工作任务", "牵头单位", "完成时限"},
                new String[] {"1", "汇总表中的一项", "市编办", "2016年底"});
        file(docx, "方案.docx").andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("示范市法治政府建设实施方案"))
                .andExpect(jsonPath("$.tasks", hasSize(3)))
                .andExpect(jsonPath("$.tasks[0].subArea").value("深化审批改革"));
    }
}
