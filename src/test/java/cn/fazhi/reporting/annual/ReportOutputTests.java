package cn.fazhi.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.reporting.ReportTestClock;
import cn.fazhi.reporting.ReportingFixtures;
import cn.fazhi.reporting.ReportingTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.ObjectMapper;

/** The report's .docx (GB/T 9704 layout) and PDF (embedded TrueType CJK font, extractable text). */
@ReportingTest
class ReportOutputTests {

    static final String FONT = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf";

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired ReportTestClock clock;
    @Autowired ObjectMapper json;
    @Autowired AnnualReportService service;
    @Autowired ReportOutput output;

    ReportingFixtures fx;
    MockMvc mvc;
    String id;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fx = new ReportingFixtures(jdbc, accounts, mvc);
        clock.setDay(LocalDate.of(2025, 3, 25));
        long town = fx.newOrg(fx.org("CITY"), "输出测试镇");
        UUID plan = fx.plan();
        fx.task(plan, 1, town, LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 1));
        fx.task(plan, 2, town, LocalDate.of(2024, 9, 30), null);
        String body = fx.postJson("/api/annual-reports", "{\"orgId\":%d,\"year\":2024}".formatted(town), "sfj")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        id = json.readTree(body).get("id").asString();
        for (var s : json.readTree(body).get("content").get("sections")) {
            for (var st : s.get("sentences")) {
                if (st.get("missing").asBoolean()) {
                    fx.putJson("/api/annual-reports/" + id + "/sentences/" + st.get("key").asString(), "{\"dropped\":true}", "sfj");
                }
            }
        }
        fx.postJson("/api/annual-reports/" + id + "/submit", null, "sfj").andExpect(status().isOk());
        fx.postJson("/api/annual-reports/" + id + "/approve-review", null, "sfj").andExpect(status().isOk());
        fx.postJson("/api/annual-reports/" + id + "/approve", null, "leader").andExpect(status().isOk());
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    static Map<String, String> unzip(byte[] docx) throws Exception {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void theDocxHasTheGbt9704PageMarginsFontsPageNumbersSignatureAndDate() throws Exception {
        byte[] docx = mvc.perform(get("/api/annual-reports/" + id + "/document.docx").with(fx.as("sfj")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", AnnualReportApi_DOCX))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> parts = unzip(docx);
        String doc = parts.get("word/document.xml");
        assertThat(doc).contains("w:w=\"11906\"", "w:h=\"16838\"");
        assertThat(doc).contains("w:top=\"2098\"", "w:left=\"1587\"", "w:right=\"1474\"", "w:bottom=\"1984\"");
        assertThat(doc).contains("w:eastAsia=\"方正小标宋简体\"", "w:eastAsia=\"仿宋_GB2312\"", "w:eastAsia=\"黑体\"",
                "w:eastAsia=\"楷体_GB2312\"");
        assertThat(doc).contains("<w:sz w:val=\"44\"/>", "<w:sz w:val=\"32\"/>");
        assertThat(doc).contains("一、主要举措和成效", "(六)依法有效化解社会矛盾纠纷", "二、党政主要负责人履行推进法治建设第一责任人职责情况",
                "三、存在的不足和原因", "四、下一年度工作安排");
        assertThat(doc).contains("共部署任务2项,已完成1项", "任务完成率50%");
        assertThat(doc).contains("2025年3月25日").contains("输出测试镇");
        assertThat(doc).doesNotContain("【未申报】");
        String footers = parts.entrySet().stream().filter(e -> e.getKey().startsWith("word/footer"))
                .map(Map.Entry::getValue).reduce("", String::concat);
        assertThat(footers).contains("宋体", "— ", "PAGE", "<w:sz w:val=\"28\"/>");
    }

    static final String AnnualReportApi_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void thePdfEmbedsTheTrueTypeCjkFontAndItsTextCopiesAsTheRightCharacters() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new File(FONT).isFile() || System.getenv("CI") != null,
                "字体 " + FONT + " 未安装,跳过");
        byte[] pdf = mvc.perform(get("/api/annual-reports/" + id + "/document.pdf").with(fx.as("sfj")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDResources res = d.getPage(0).getResources();
            List<PDFont> fonts = new java.util.ArrayList<>();
            for (COSName n : res.getFontNames()) {
                fonts.add(res.getFont(n));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.getName()).containsIgnoringCase("LXGW");
                assertThat(f.isEmbedded()).as("font %s embedded", f.getName()).isTrue();
            });
            String text = new PDFTextStripper().getText(d).replace("\r", "").replace("\n", "");
            assertThat(text).contains("输出测试镇", "关于2024年度法治政府建设工作情况的报告", "一、主要举措和成效",
                    "共部署任务2项,已完成1项", "任务完成率50%", "2025年3月25日", "— 1 —");
            BufferedImage page = new PDFRenderer(d).renderImageWithDPI(0, 60);
            File png = new File("target/report-page1.png");
            png.getParentFile().mkdirs();
            ImageIO.write(page, "png", png);
            assertThat(png).exists();
        }
    }

    static List<PDFont> pageFonts(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDResources res = d.getPage(0).getResources();
            List<PDFont> fonts = new java.util.ArrayList<>();
            for (COSName n : res.getFontNames()) {
                fonts.add(res.getFont(n));
            }
            return fonts;
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replace("\r", "").replace("\n", "");
        }
    }

    @Test
    void theFontFileIsReadOnceAndConcurrentRendersEachEmbedItFromTheKeptBytes() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new File(FONT).isFile() || System.getenv("CI") != null,
                "字体 " + FONT + " 未安装,跳过");
        Rendered.Report r = service.rendered(UUID.fromString(id), fx.user("sfj"));
        java.nio.file.Path copy = java.nio.file.Files.createTempFile("report-font-", ".ttf");
        java.nio.file.Files.copy(java.nio.file.Path.of(FONT), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ReportOutput cached = new ReportOutput(copy.toString());
        byte[] first = cached.pdf(r);
        // the file is gone: the kept bytes still give the font, so it was not read again
        java.nio.file.Files.delete(copy);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> cached.pdf(r)));
            }
            List<byte[]> pdfs = new java.util.ArrayList<>(List.of(first));
            for (var f : runs) {
                pdfs.add(f.get());
            }
            for (byte[] pdf : pdfs) {
                assertThat(pageFonts(pdf)).isNotEmpty().allSatisfy(f -> {
                    assertThat(f.getName()).containsIgnoringCase("LXGW");
                    assertThat(f.isEmbedded()).isTrue();
                });
                assertThat(text(pdf)).contains("输出测试镇", "一、主要举措和成效", "任务完成率50%");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutTheFontFileThePdfIsRefusedInChinese() {
        Rendered.Report r = service.rendered(UUID.fromString(id), fx.user("sfj"));
        ReportOutput missing = new ReportOutput("/nonexistent/font.ttf");
        assertThatThrownBy(() -> missing.pdf(r)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("中文字体").hasMessageContaining("fonts-lxgw-wenkai");
        assertThat(output.txt(r)).isNotEmpty();
    }
}
