package cn.fazhi.reporting.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.metrics.MetricCatalogue;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.support.FazhiIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code /api/reports/extract}, {@code /api/reports/external}, {@code /api/reports/comparison}. */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class ExtractionApiTests {

    static final String REPORT = "荆门市2017年法治政府建设情况的报告\n全年共受理各类行政复议案件26件,审结25件,其中维持10件。"
            + "行政机关负责人出庭应诉率达到100%。实施方案任务完成率95.5%。";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcAccountDirectory directory;
    @Autowired
    MetricCatalogue catalogue;

    private RequestPostProcessor as(String username) {
        return user(directory.loadByUsername(username).orElseThrow());
    }

    /** The report with a marker of this run, so that a database kept from an earlier run does not make it "saved before". */
    private static String uniqueReport() {
        return REPORT + "\n(测试标记 " + java.util.UUID.randomUUID() + ")";
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from external_report", Long.class)
                + jdbc.queryForObject("select count(*) from external_report_figure", Long.class)
                + jdbc.queryForObject("select count(*) from attachment", Long.class);
    }

    @Test
    void pastedTextGivesTheTextAndItsFiguresWithOffsets() throws Exception {
        String body = mvc.perform(post("/api/reports/extract").with(as("sfj")).contentType("text/plain;charset=UTF-8")
                        .content(REPORT.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[0].value").value(26))
                .andExpect(jsonPath("$.figures[0].unit").value("件"))
                .andExpect(jsonPath("$.figures[0].metric").value("reconsideration.received"))
                .andExpect(jsonPath("$.figures[0].qualifier").value(nullValue()))
                .andExpect(jsonPath("$.figures[3].value").value(100))
                .andExpect(jsonPath("$.figures[3].metric").value("litigation.head_appearance_rate"))
                .andExpect(jsonPath("$.figures[4].value").value(95.5))
                .andExpect(jsonPath("$.figures[4].metric").value("plan.task.completion_rate"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String text = JsonPath.read(body, "$.text");
        int start = JsonPath.read(body, "$.figures[1].start");
        int end = JsonPath.read(body, "$.figures[1].end");
        assertThat(text.substring(start, end)).isEqualTo("25件").isEqualTo(JsonPath.read(body, "$.figures[1].evidence"));
        assertThat(stored()).isEqualTo(stored());
    }

    @Test
    void pastedTextWithoutACharsetIsDecodedAsUtf8OrGb18030() throws Exception {
        mvc.perform(post("/api/reports/extract").with(as("sfj")).contentType("text/plain")
                        .content(REPORT.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.figures[0].value").value(26));
        mvc.perform(post("/api/reports/extract").with(as("sfj")).contentType("text/plain")
                        .content(REPORT.getBytes(Charset.forName("GB18030"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.figures[0].metric").value("reconsideration.received"));
    }

    @Test
    void aDocxWithATableOfFiguresIsRead() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("2020年行政复议工作情况如下表。");
        XWPFTable t = doc.createTable(3, 2);
        t.getRow(0).getCell(0).setText("项目");
        t.getRow(0).getCell(1).setText("数量");
        t.getRow(1).getCell(0).setText("受理行政复议案件");
        t.getRow(1).getCell(1).setText("48件");
        t.getRow(2).getCell(0).setText("行政诉讼败诉率");
        t.getRow(2).getCell(1).setText("3.5%");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        mvc.perform(multipart("/api/reports/extract").file(new MockMultipartFile("file", "报告.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", out.toByteArray()))
                        .with(as("sfj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[0].value").value(48))
                .andExpect(jsonPath("$.figures[0].metric").value("reconsideration.received"))
                .andExpect(jsonPath("$.figures[1].value").value(3.5))
                .andExpect(jsonPath("$.figures[1].unit").value("%"))
                .andExpect(jsonPath("$.figures[1].metric").value("litigation.loss_rate"));
    }

    @Test
    void aPdfWithPageChromeAndLinesBrokenInsideWordsIsRead() throws Exception {
        java.io.File font = new java.io.File("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(font.exists(), "CJK TrueType font not installed");
        String[][] pages = {
            {"示范市人民政府公报", "今年我市共受理各类行政复议案件26件,审结25件,其中维持10件,经调", "解申请人撤回申请而终止审理14件,责令履行1件。", "第 1 页 共 2 页"},
            {"示范市人民政府公报", "行政机关负责人出庭应诉率达到 98.5 %,全年共受理行政调解案件7531", "件,办结7385件。", "第 2 页 共 2 页"}};
        PDDocument pdf = new PDDocument();
        org.apache.pdfbox.pdmodel.font.PDType0Font f = org.apache.pdfbox.pdmodel.font.PDType0Font.load(pdf, font);
        for (String[] lines : pages) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                float y = 740;
                for (String line : lines) {
                    cs.beginText();
                    cs.setFont(f, 12);
                    cs.newLineAtOffset(50, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 40;
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        pdf.close();
        String body = mvc.perform(multipart("/api/reports/extract").file(new MockMultipartFile("file", "报告.pdf",
                        "application/pdf", out.toByteArray())).with(as("sfj")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String text = JsonPath.read(body, "$.text");
        assertThat(text).doesNotContain("第 1 页", "公报").contains("经调解申请人撤回申请而终止审理14件").contains("98.5%")
                .contains("案件7531件");
        List<Object> values = JsonPath.read(body, "$.figures[*].evidence");
        assertThat(values).containsExactly("26件", "25件", "10件", "14件", "1件", "98.5%", "7531件", "7385件");
        List<Object> metrics = JsonPath.read(body, "$.figures[*].metric");
        assertThat(metrics).contains("reconsideration.terminated_after_mediation", "litigation.head_appearance_rate",
                "mediation.received", "mediation.closed");
    }

    @Test
    void anHtmlPageIsStrippedOfTagsAndChrome() throws Exception {
        String html = "<html><head><script>var a=5件;</script></head><body><nav>首页 第 3 页</nav>"
                + "<p>全年受理行政调解案件<b>7531</b>件,办结7385件,调解率98.06%。</p><div>打印本页 关闭窗口</div></body></html>";
        mvc.perform(multipart("/api/reports/extract").file(new MockMultipartFile("file", "report.html", "text/html",
                        html.getBytes(StandardCharsets.UTF_8))).with(as("sfj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<"))))
                .andExpect(jsonPath("$.figures[0].value").value(7531))
                .andExpect(jsonPath("$.figures[0].metric").value("mediation.received"))
                .andExpect(jsonPath("$.figures[2].metric").value("mediation.success_rate"));
    }

    @Test
    void extractingNeedsThePermission() throws Exception {
        mvc.perform(post("/api/reports/extract").with(as("czj")).contentType("text/plain;charset=UTF-8")
                .content(REPORT.getBytes(StandardCharsets.UTF_8))).andExpect(status().isForbidden());
    }

    @Test
    void savingIsIdempotentAndKeepsTheSourceAsAnAttachment() throws Exception {
        long reports = jdbc.queryForObject("select count(*) from external_report", Long.class);
        String report = uniqueReport();
        String first = mvc.perform(multipart("/api/reports/external").param("place", "荆门市").param("year", "2017")
                        .param("text", report).with(as("sfj")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.created").value(true))
                .andExpect(jsonPath("$.report.figureCount").value(5))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String again = mvc.perform(multipart("/api/reports/external").param("place", "荆门市").param("year", "2017")
                        .param("text", report).with(as("sfj")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(false))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(first, "$.report.id");
        assertThat((String) JsonPath.read(again, "$.report.id")).isEqualTo(id);
        assertThat(jdbc.queryForObject("select count(*) from external_report", Long.class)).isEqualTo(reports + 1);
        String attachment = JsonPath.read(first, "$.report.attachmentId");
        assertThat(jdbc.queryForObject("select count(*) from attachment where id = ?", Long.class,
                java.util.UUID.fromString(attachment))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'external_report.save' and entity_id = ?",
                Long.class, id)).isEqualTo(1);
        mvc.perform(get("/api/reports/external").param("year", "2017").with(as("leader"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].place").value(hasItem("荆门市")));
        mvc.perform(get("/api/reports/external/" + id).with(as("sfj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[0].evidence").value("26件"));
        // a unit that does not see the saving office's records: not found
        mvc.perform(get("/api/reports/external/" + id).with(as("czj"))).andExpect(status().isNotFound());
    }

    @Test
    void theComparisonPutsOurMetricBesideEachPlacesFigure() throws Exception {
        mvc.perform(multipart("/api/reports/external").param("place", "盘锦市").param("year", "2016")
                .param("text", uniqueReport()).with(as("sfj"))).andExpect(status().isCreated());
        long city = jdbc.queryForObject("select id from org_unit where code = 'CITY'", Long.class);
        BigDecimal ours = catalogue.valueAsSystem("plan.task.completion_rate",
                new MetricQuery(city, true, MetricPeriod.year(2016))).value();
        String body = mvc.perform(get("/api/reports/comparison").param("year", "2016").param("orgId", String.valueOf(city))
                        .with(as("sfj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.places").value(hasItem("盘锦市")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Object> plan = JsonPath.read(body, "$.rows[?(@.metric == 'plan.task.completion_rate')]");
        assertThat(plan).hasSize(1);
        List<Object> placeValues = JsonPath.read(body, "$.rows[?(@.metric == 'plan.task.completion_rate')].places[0].value");
        assertThat(new BigDecimal(placeValues.get(0).toString())).isEqualByComparingTo("95.5");
        List<Object> oursJson = JsonPath.read(body, "$.rows[?(@.metric == 'plan.task.completion_rate')].ours");
        if (ours == null) {
            assertThat(oursJson.get(0)).isNull();
        } else {
            assertThat(new BigDecimal(oursJson.get(0).toString())).isEqualByComparingTo(ours);
        }
        // reconsideration.received is computed by the disputes module (a computed source wins over the declaration)
        List<Object> declared = JsonPath.read(body, "$.rows[?(@.metric == 'reconsideration.received')].declared");
        assertThat(declared).containsExactly(false);
        List<Object> recon = JsonPath.read(body, "$.rows[?(@.metric == 'reconsideration.received')].places[0].value");
        assertThat(new BigDecimal(recon.get(0).toString())).isEqualByComparingTo("26");
    }

    @Test
    void theMetricCatalogueSaysWhichMetricsAreDeclared() throws Exception {
        mvc.perform(get("/api/metrics").with(as("sfj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'plan.task.total')].declared").value(hasItem(false)))
                .andExpect(jsonPath("$[?(@.name == 'reconsideration.received')].declared").value(hasItem(false)))
                .andExpect(jsonPath("$[?(@.name == 'normative_doc.retained')].declared").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.name == 'hotline_12345.closed')].declared").value(hasItem(true)));
        long city = jdbc.queryForObject("select id from org_unit where code = 'CITY'", Long.class);
        // nothing declared for 2020: the value is null (未申报)
        mvc.perform(get("/api/metrics/hotline_12345.closed").param("orgId", String.valueOf(city)).param("period", "2020")
                .with(as("sfj"))).andExpect(status().isOk()).andExpect(jsonPath("$.value").value(nullValue()));
    }

    // ---- bad input: a clear Chinese message, nothing stored ----

    private void refusedAndNothingStored(MockMultipartFile file, int status, String code) throws Exception {
        long before = stored();
        mvc.perform(multipart("/api/reports/extract").file(file).with(as("sfj")))
                .andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
        mvc.perform(multipart("/api/reports/external").file(file).param("place", "荆门市").param("year", "2018")
                        .with(as("sfj")))
                .andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern(".*[\\u4e00-\\u9fff].*")));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anImageOnlyPdfIsRefused() throws Exception {
        PDDocument pdf = new PDDocument();
        pdf.addPage(new PDPage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        pdf.close();
        refusedAndNothingStored(new MockMultipartFile("file", "scan.pdf", "application/pdf", out.toByteArray()), 422,
                "NO_TEXT_LAYER");
    }

    @Test
    void anEncryptedPdfIsRefused() throws Exception {
        PDDocument pdf = new PDDocument();
        pdf.addPage(new PDPage());
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        pdf.protect(policy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        pdf.close();
        refusedAndNothingStored(new MockMultipartFile("file", "secret.pdf", "application/pdf", out.toByteArray()), 422,
                "PDF_ENCRYPTED");
    }

    @Test
    void aDocxWithMacrosIsRefused() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("受理行政复议案件26件");
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        doc.write(plain);
        doc.close();
        ByteArrayOutputStream withMacro = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(withMacro)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            out.write(new byte[] {1, 2, 3, 4});
            out.closeEntry();
        }
        refusedAndNothingStored(new MockMultipartFile("file", "report.docx", "application/octet-stream",
                withMacro.toByteArray()), 415, "DOCUMENT_HAS_MACROS");
        refusedAndNothingStored(new MockMultipartFile("file", "report.docm", "application/octet-stream",
                plain.toByteArray()), 415, "DOCUMENT_HAS_MACROS");
    }

    @Test
    void twentyMegabytesOfTextAreRefused() throws Exception {
        byte[] big = "受理行政复议案件26件。".repeat(20 * 1024 * 1024 / 32 + 100).getBytes(StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThanOrEqualTo(20 * 1024 * 1024);
        refusedAndNothingStored(new MockMultipartFile("file", "big.txt", "text/plain", big), 413, "FILE_TOO_LARGE");
        String pasted = "受理行政复议案件26件。".repeat(ReportReading.MAX_CHARS / 12 + 1);
        mvc.perform(post("/api/reports/extract").with(as("sfj")).contentType("text/plain;charset=UTF-8")
                .content(pasted.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.code").value("TEXT_TOO_LONG"));
    }

    @Test
    void mojibakeIsRefused() throws Exception {
        String garbled = new String(REPORT.repeat(3).getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
        refusedAndNothingStored(new MockMultipartFile("file", "garbled.txt", "text/plain",
                garbled.getBytes(StandardCharsets.UTF_8)), 422, "MOJIBAKE");
        String replacement = REPORT + "\uFFFD\uFFFD\uFFFD\uFFFD";
        mvc.perform(post("/api/reports/extract").with(as("sfj")).contentType("text/plain;charset=UTF-8")
                .content(replacement.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("MOJIBAKE"));
    }
}
