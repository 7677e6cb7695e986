package cn.fazhi.plan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.plan.progress.PlanFixtures;
import cn.fazhi.plan.progress.PlanProgressTest;
import cn.fazhi.plan.progress.PlanTestClock;
import cn.fazhi.platform.documents.OfficialDocument;
import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Supervision notices: escalation, numbering, reply deadlines, the .docx, reply and close, the ledger. */
@PlanProgressTest
class SupervisionNoticeTests {

    static final Pattern NUMBER = Pattern.compile("(催办|督办|约谈|通报)〔(\\d{4})〕(\\d+)号");

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired PlanTestClock clock;
    @Autowired SupervisionService service;
    @Autowired ObjectMapper json;

    MockMvc mvc;
    PlanFixtures fx;
    UUID plan;
    UUID task;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fx = new PlanFixtures(jdbc, accounts);
        clock.setDay(LocalDate.of(2026, 9, 28)); // Monday before 国庆 2026
        plan = fx.plan("YEARLY", 2026, 2028);
        task = fx.task(plan, 21, "CZJ", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 5));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    ResultActions issue(UUID taskId, String level, String user) throws Exception {
        return mvc.perform(post("/api/supervision/notices").contentType(MediaType.APPLICATION_JSON)
                .content("{\"taskId\":\"" + taskId + "\",\"level\":\"" + level + "\",\"reason\":\"该任务进展滞后,未按期报送进展情况。\"}")
                .with(fx.as(user)).with(csrf()));
    }

    JsonNode issued(UUID taskId, String level) throws Exception {
        return json.readTree(issue(taskId, level, "sfj").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
    }

    static int serial(String number) {
        Matcher m = NUMBER.matcher(number);
        assertThat(m.matches()).as(number).isTrue();
        return Integer.parseInt(m.group(3));
    }

    @Test
    void aSuperviseNoticeNeedsAnEarlierUrgeAndAnInterviewNeedsAnEarlierSupervise() throws Exception {
        issue(task, "SUPERVISE", "sfj").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ESCALATION_ORDER"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("尚未发出催办通知,不能直接督办")));
        issue(task, "INTERVIEW", "sfj").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("尚未发出督办通知,不能直接约谈")));
        issued(task, "URGE");
        issue(task, "CIRCULATE", "sfj").andExpect(status().isConflict());
        JsonNode sup = issued(task, "SUPERVISE");
        assertThat(sup.get("number").asString()).startsWith("督办〔2026〕");
        assertThat(issued(task, "CIRCULATE").get("number").asString()).startsWith("通报〔2026〕");
        assertThat(issued(task, "INTERVIEW").get("levelLabel").asString()).isEqualTo("约谈");
        assertThat(jdbc.queryForObject("select count(*) from supervision_notice where task_id = ?", Integer.class, task)).isEqualTo(4);
    }

    @Test
    void onlyTheSupervisingOfficeIssuesNotices() throws Exception {
        issue(task, "URGE", "czj").andExpect(status().isForbidden());
        issue(task, "URGE", "leader").andExpect(status().isForbidden());
        issue(task, "BLAME", "sfj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("督办级别“BLAME”无效")));
    }

    @Test
    void noticeNumbersAreSequentialPerLevelAndYear() throws Exception {
        UUID other = fx.task(plan, 22, "GAJ", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 5));
        int first = serial(issued(task, "URGE").get("number").asString());
        int second = serial(issued(other, "URGE").get("number").asString());
        assertThat(second).isEqualTo(first + 1);
        assertThat(issued(task, "URGE").get("number").asString()).isEqualTo("催办〔2026〕" + (first + 2) + "号");
    }

    @Test
    void concurrentNoticesGetDistinctConsecutiveNumbers() throws Exception {
        List<UUID> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tasks.add(fx.task(plan, 30 + i, "CZJ", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 5)));
        }
        FazhiPrincipal sfj = fx.user("sfj");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (UUID t : tasks) {
                Callable<String> c = () -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(sfj, null, sfj.getAuthorities()));
                    try {
                        return service.issue(new SupervisionService.IssueRequest(t, "URGE", "进展滞后"), sfj).number();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                futures.add(pool.submit(c));
            }
            List<Integer> serials = new ArrayList<>();
            for (Future<String> f : futures) {
                serials.add(serial(f.get()));
            }
            assertThat(serials).doesNotHaveDuplicates();
            assertThat(serials.stream().mapToInt(Integer::intValue).max().getAsInt()
                    - serials.stream().mapToInt(Integer::intValue).min().getAsInt()).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theReplyDeadlineComesFromTheCalendarAcrossNationalDay() throws Exception {
        // 2026-09-28 + 5 working days: 09-29, 09-30, (10-01..10-07 off), 10-08, 10-09, 10-10 (make-up Saturday)
        JsonNode urge = issued(task, "URGE");
        assertThat(urge.get("replyDue").asString()).isEqualTo("2026-10-10");
        assertThat(urge.get("replyDueBasis").asString()).contains("5个工作日").contains("本平台督办规则");
        assertThat(urge.get("replyDueProvisional").asBoolean()).isFalse();
        // + 10 working days: … 10-12, 10-13, 10-14, 10-15, 10-16
        assertThat(issued(task, "SUPERVISE").get("replyDue").asString()).isEqualTo("2026-10-16");
        // late in the year the deadline reaches 2027, whose notice is not loaded: provisional
        clock.setDay(LocalDate.of(2026, 12, 28));
        UUID other = fx.task(plan, 23, "CZJ", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 5));
        assertThat(issued(other, "URGE").get("replyDueProvisional").asBoolean()).isTrue();
    }

    @Test
    void theDocxOpensWithPoiInTheGbT9704Layout() throws Exception {
        clock.setDay(LocalDate.of(2026, 12, 1));
        JsonNode n = issued(task, "URGE");
        byte[] docx = mvc.perform(get("/api/supervision/notices/" + n.get("id").asString() + "/document.docx").with(fx.as("czj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var sect = doc.getDocument().getBody().getSectPr();
            CTPageMar mar = sect.getPgMar();
            assertThat(((BigInteger) sect.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((BigInteger) sect.getPgSz().getH()).intValue()).isEqualTo(16838);
            assertThat(((BigInteger) mar.getTop()).intValue()).isEqualTo(2098);   // 37 mm
            assertThat(((BigInteger) mar.getLeft()).intValue()).isEqualTo(1587);  // 28 mm
            assertThat(((BigInteger) mar.getRight()).intValue()).isEqualTo(1474); // 210 - 28 - 156 = 26 mm
            assertThat(((BigInteger) mar.getBottom()).intValue()).isEqualTo(1984); // 297 - 37 - 225 = 35 mm
            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph number = find(ps, n.get("number").asString());
            assertThat(number.getText()).contains("〔2026〕");
            assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFParagraph title = find(ps, "催办通知");
            XWPFRun titleRun = title.getRuns().get(0);
            assertThat(titleRun.getFontFamily()).isEqualTo("方正小标宋简体");
            assertThat(titleRun.getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFRun heading = find(ps, "一、催办事由").getRuns().get(0);
            assertThat(heading.getFontFamily()).isEqualTo("黑体");
            XWPFRun body = find(ps, "该任务进展滞后").getRuns().get(0);
            assertThat(body.getFontFamily()).isEqualTo("仿宋_GB2312");
            assertThat(body.getFontSizeAsDouble()).isEqualTo(16.0);
            XWPFParagraph date = find(ps, "2026年12月1日");
            assertThat(date.getText()).isEqualTo("2026年12月1日");
            assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(date.getIndentationRight()).isEqualTo(16 * 20 * 4); // 右空四字
            assertThat(ps.stream().filter(p -> p.getText().equals("市司法局")).findFirst().orElseThrow().getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(doc.getFooterList()).isNotEmpty();
            var footer = doc.getFooterList().get(0);
            assertThat(footer.getText()).contains("—");
            XWPFRun pageRun = footer.getParagraphs().get(0).getRuns().get(0);
            assertThat(pageRun.getFontFamily()).isEqualTo("宋体");
            assertThat(pageRun.getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(footer.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
        }
        assertThat(OfficialDocument.MARGIN_TOP).isEqualTo(2098);
        // another unit cannot download it
        mvc.perform(get("/api/supervision/notices/" + n.get("id").asString() + "/document.docx").with(fx.as("gaj")))
                .andExpect(status().isNotFound());
    }

    static XWPFParagraph find(List<XWPFParagraph> ps, String text) {
        return ps.stream().filter(p -> p.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph with " + text));
    }

    @Test
    void theTargetUnitRepliesAndTheOfficeCloses() throws Exception {
        String id = issued(task, "URGE").get("id").asString();
        String url = "/api/supervision/notices/" + id;
        mvc.perform(post(url + "/close").contentType(MediaType.APPLICATION_JSON).content("{}").with(fx.as("sfj")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("通知当前状态为“待回复”,不能办结")));
        mvc.perform(post(url + "/reply").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\"}").with(fx.as("gaj")).with(csrf()))
                .andExpect(status().isNotFound()); // not in GAJ's scope
        mvc.perform(post(url + "/reply").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\" \"}").with(fx.as("czj")).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart(url + "/reply").file(new MockMultipartFile("files", "整改报告.txt", "text/plain",
                                "已完成整改。".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("text", "已制定整改方案,12月底前完成。").with(fx.as("czj")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPLIED"));
        assertThat(jdbc.queryForObject("select count(*) from supervision_notice_reply_file where supervision_notice_id = ?",
                Integer.class, UUID.fromString(id))).isEqualTo(1);
        mvc.perform(post(url + "/reply").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"再次\"}").with(fx.as("czj")).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post(url + "/close").contentType(MediaType.APPLICATION_JSON).content("{}").with(fx.as("czj")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/close").contentType(MediaType.APPLICATION_JSON).content("{\"remark\":\"整改到位\"}").with(fx.as("sfj")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closeRemark").value("整改到位"));
        assertThat(jdbc.queryForList("select action from audit_record where entity_type = 'supervision_notice' and entity_id = ? order by id",
                String.class, id)).containsExactly("CREATE", "TRANSITION:REPLY", "TRANSITION:CLOSE");
    }

    @Test
    void theLedgerFiltersOverdueRepliesAndExportsToExcel() throws Exception {
        String late = issued(task, "URGE").get("number").asString();
        UUID other = fx.task(plan, 24, "GAJ", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 5));
        String id2 = issued(other, "URGE").get("id").asString();
        mvc.perform(post("/api/supervision/notices/" + id2 + "/reply").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"已落实\"}").with(fx.as("gaj")).with(csrf())).andExpect(status().isOk());
        clock.setDay(LocalDate.of(2026, 10, 20));
        mvc.perform(get("/api/supervision/notices").param("overdue", "true").with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.number == '" + late + "')].replyOverdue").value(Matchers.hasItem(true)))
                .andExpect(jsonPath("$[?(@.id == '" + id2 + "')]").doesNotExist());
        mvc.perform(get("/api/supervision/notices").param("targetOrgId", String.valueOf(fx.org("GAJ"))).with(fx.as("sfj")))
                .andExpect(jsonPath("$[?(@.number == '" + late + "')]").doesNotExist())
                .andExpect(jsonPath("$[?(@.id == '" + id2 + "')]").exists());
        mvc.perform(get("/api/supervision/notices").with(fx.as("gaj")))
                .andExpect(jsonPath("$[?(@.number == '" + late + "')]").doesNotExist());
        byte[] xlsx = mvc.perform(get("/api/supervision/ledger.xlsx").param("level", "URGE").param("status", "ISSUED")
                        .with(fx.as("sfj"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("督办台账");
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("文号");
            boolean found = false;
            for (int r = 2; r <= s.getLastRowNum(); r++) {
                if (s.getRow(r).getCell(1).getStringCellValue().equals(late)) {
                    found = true;
                    assertThat(s.getRow(r).getCell(4).getStringCellValue()).isEqualTo("市财政局");
                    assertThat(s.getRow(r).getCell(8).getStringCellValue()).isEqualTo("待回复");
                    assertThat(s.getRow(r).getCell(10).getStringCellValue()).isEqualTo("是");
                }
                assertThat(s.getRow(r).getCell(8).getStringCellValue()).isEqualTo("待回复");
            }
            assertThat(found).isTrue();
        }
    }
}
