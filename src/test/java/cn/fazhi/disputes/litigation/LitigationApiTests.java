package cn.fazhi.disputes.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.web.TodoContributor;
import cn.fazhi.platform.web.TodoItem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Litigation over HTTP: contracts, scope (a unit cannot read another unit's case), bad input, documents, pages, todos. */
@DisputesTest
class LitigationApiTests {

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired DisputesTestClock clock;
    @Autowired ObjectMapper json;
    @Autowired List<TodoContributor> todos;

    MockMvc mvc;
    DisputesFixtures fx;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fx = new DisputesFixtures(jdbc, accounts);
        clock.setDay(LocalDate.of(2026, 9, 28));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    ResultActions postJson(String url, String body, String user) throws Exception {
        return mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body).with(fx.as(user)).with(csrf()));
    }

    JsonNode body(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String created(String user) throws Exception {
        String number = "(2026)示0102行初" + UUID.randomUUID().toString().substring(0, 6) + "号";
        JsonNode c = body(postJson("/api/litigation/cases", "{\"caseNumber\":\"" + number + "\",\"courtName\":\"示范市人民法院\","
                + "\"plaintiff\":\"张三\",\"cause\":\"政府信息公开答复\",\"complaintReceivedOn\":\"2026-09-18\"}", user)
                .andExpect(status().isCreated()));
        return c.get("id").asString();
    }

    @Test
    void aNewCaseReturnsItsStateAndTheDefenceDeadlineWithItsArticle() throws Exception {
        String id = created("czj");
        // 2026-09-18 + 15 = 10-03 (国庆 10-01..10-07) → 10-08
        mvc.perform(get("/api/litigation/cases/" + id).with(fx.as("czj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUMMONS_RECEIVED"))
                .andExpect(jsonPath("$.orgId").value(fx.org("CZJ")))
                .andExpect(jsonPath("$.deadlines[0].step").value("DEFENCE"))
                .andExpect(jsonPath("$.deadlines[0].due").value("2026-10-08"))
                .andExpect(jsonPath("$.deadlines[0].unit").value("NATURAL_DAYS"))
                .andExpect(jsonPath("$.deadlines[0].amount").value(15))
                .andExpect(jsonPath("$.deadlines[0].basis").value(Matchers.containsString("行政诉讼法第六十七条")))
                .andExpect(jsonPath("$.deadlines[0].provisional").value(false));
    }

    @Test
    void aUnitCannotReadAnotherUnitsCaseButTheJusticeBureauCanAndTheCourtSeesNothing() throws Exception {
        String id = created("czj");
        mvc.perform(get("/api/litigation/cases/" + id).with(fx.as("gaj"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("不存在或无权访问")));
        mvc.perform(get("/api/litigation/cases/" + id).with(fx.as("court"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/litigation/cases/" + id).with(fx.as("sfj"))).andExpect(status().isOk());
        mvc.perform(get("/api/litigation/cases").with(fx.as("court"))).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        JsonNode gaj = body(mvc.perform(get("/api/litigation/cases?size=200").with(fx.as("gaj"))).andExpect(status().isOk()));
        for (JsonNode row : gaj.get("items")) {
            assertThat(row.get("orgId").asLong()).isEqualTo(fx.org("GAJ"));
        }
        postJson("/api/litigation/cases/" + id + "/defence", "{\"filedOn\":\"2026-09-25\"}", "gaj").andExpect(status().isNotFound());
        // the court may read litigation but not handle it
        postJson("/api/litigation/cases", "{\"caseNumber\":\"x\"}", "court").andExpect(status().isForbidden());
        // a unit cannot register a case against another organ
        postJson("/api/litigation/cases", "{\"defendant\":\"市公安局\",\"caseNumber\":\"(2026)示行初1号\",\"courtName\":\"法院\",\"plaintiff\":\"甲\","
                + "\"cause\":\"处罚\",\"complaintReceivedOn\":\"2026-09-18\"}", "czj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("不在您的数据权限范围内")));
    }

    @Test
    void badInputIsRefusedInChineseAndNothingChanges() throws Exception {
        postJson("/api/litigation/cases", "{\"caseNumber\":\"(2026)示行初2号\",\"courtName\":\"法院\",\"plaintiff\":\"甲\",\"cause\":\"处罚\","
                + "\"complaintReceivedOn\":\"2026-10-18\"}", "czj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("不能晚于今天")));
        String id = created("czj");
        postJson("/api/litigation/cases/" + id + "/decision", "{\"type\":\"REVOKE\",\"decidedOn\":\"2026-09-20\",\"servedOn\":\"2026-09-21\"}", "czj")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("案件当前状态为“已收到起诉状副本,待答辩”")));
        postJson("/api/litigation/cases/" + id + "/hearings", "{\"heldOn\":\"2026-09-22\",\"appeared\":\"HEAD\",\"headName\":\"李四\","
                + "\"headPost\":\"副局长\",\"headRole\":\"DEPUTY\"}", "czj").andExpect(status().isOk());
        postJson("/api/litigation/cases/" + id + "/decision", "{\"type\":\"APPEAL_DISMISSED\",\"decidedOn\":\"2026-09-23\",\"servedOn\":\"2026-09-24\"}", "czj")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(Matchers.containsString("不能作为一审的裁判")));
        postJson("/api/litigation/cases/" + id + "/decision", "{\"type\":\"NONSENSE\",\"decidedOn\":\"2026-09-23\",\"servedOn\":\"2026-09-24\"}", "czj")
                .andExpect(status().isBadRequest());
        // not a document: an executable named .pdf
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        mvc.perform(multipart("/api/litigation/cases/" + id + "/files").file(new MockMultipartFile("files", "证据.pdf", "application/pdf", exe))
                .param("purpose", "DEFENCE_EVIDENCE").with(fx.as("czj")).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").exists());
        assertThat(jdbc.queryForObject("select count(*) from litigation_file where litigation_case_id = ?", Integer.class, UUID.fromString(id))).isZero();
        mvc.perform(get("/api/litigation/cases/" + id).with(fx.as("czj"))).andExpect(jsonPath("$.state").value("HEARD"))
                .andExpect(jsonPath("$.outcomeType").doesNotExist());
        // a text document is accepted as evidence
        mvc.perform(multipart("/api/litigation/cases/" + id + "/files")
                .file(new MockMultipartFile("files", "证据目录.txt", "text/plain", "证据一:行政处罚决定书".getBytes(StandardCharsets.UTF_8)))
                .param("purpose", "DEFENCE_EVIDENCE").with(fx.as("czj")).with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from litigation_file where litigation_case_id = ?", Integer.class, UUID.fromString(id))).isOne();
    }

    @Test
    void theAppearanceRecordIsADocxNamingTheHead() throws Exception {
        String id = created("czj");
        postJson("/api/litigation/cases/" + id + "/hearings", "{\"heldOn\":\"2026-09-22\",\"appeared\":\"HEAD\",\"headName\":\"李四\","
                + "\"headPost\":\"副局长\",\"headRole\":\"DEPUTY\"}", "czj").andExpect(status().isOk())
                .andExpect(jsonPath("$.hearings[0].appearance").value("HEAD"));
        byte[] docx = mvc.perform(get("/api/litigation/cases/" + id + "/appearance-record.docx").with(fx.as("czj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertThat(x.getText()).contains("行政机关负责人出庭应诉情况登记表").contains("李四").contains("负责人出庭").contains("市财政局");
        }
    }

    @Test
    void aProcuratorialRecommendationIsDueInTwoMonthsAndIsAnswered() throws Exception {
        String id = created("czj");
        JsonNode r = body(postJson("/api/litigation/recommendations", "{\"kind\":\"PROCURATORIAL\",\"caseId\":\"" + id + "\",\"issuer\":\"示范市人民检察院\","
                + "\"docNumber\":\"示检行建〔2026〕3号\",\"receivedOn\":\"2026-07-31\",\"content\":\"建议依法履行监管职责\"}", "czj")
                .andExpect(status().isCreated()));
        // 2026-07-31 + 2 months = 2026-09-30 (民法典第二百零二条)
        assertThat(r.get("replyDeadline").get("due").asString()).isEqualTo("2026-09-30");
        assertThat(r.get("replyDeadline").get("unit").asString()).isEqualTo("MONTHS");
        assertThat(r.get("replyDeadline").get("basis").asString()).contains("第二十一条");
        JsonNode urgent = body(postJson("/api/litigation/recommendations", "{\"kind\":\"PROCURATORIAL\",\"caseId\":\"" + id + "\",\"issuer\":\"示范市人民检察院\","
                + "\"docNumber\":\"示检行建〔2026〕4号\",\"receivedOn\":\"2026-09-14\",\"content\":\"国有财产持续流失\",\"urgent\":true}", "czj"));
        assertThat(urgent.get("replyDeadline").get("due").asString()).isEqualTo("2026-09-29");
        JsonNode judicial = body(postJson("/api/litigation/recommendations", "{\"kind\":\"JUDICIAL\",\"caseId\":\"" + id + "\",\"issuer\":\"示范市人民法院\","
                + "\"docNumber\":\"(2026)示法建2号\",\"receivedOn\":\"2026-09-01\",\"content\":\"规范送达\"}", "czj"));
        // no stated period: the organ's rule, 30 days (2026-10-01 国庆 → 10-08)
        assertThat(judicial.get("replyDeadline").get("due").asString()).isEqualTo("2026-10-08");
        assertThat(judicial.get("replyDeadline").get("basis").asString()).contains("本机关规则");
        // todos of the organ: the procuratorial reply due on 09-30 (within a week) and the defence due 10-08 are listed
        List<TodoItem> items = todos.stream().flatMap(t -> t.todosFor(fx.user("czj")).stream()).filter(t -> t.module().equals("disputes")).toList();
        assertThat(items).anySatisfy(t -> assertThat(t.title()).contains("检察建议待回复:示检行建〔2026〕3号"));
        String rid = r.get("id").asString();
        postJson("/api/litigation/recommendations/" + rid + "/reply", "{\"repliedOn\":\"2026-09-28\",\"text\":\"已整改\"}", "czj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.repliedOnTime").value(true));
        postJson("/api/litigation/recommendations/" + rid + "/reply", "{\"repliedOn\":\"2026-09-28\",\"text\":\"再次\"}", "czj")
                .andExpect(status().isConflict());
        mvc.perform(get("/api/litigation/recommendations/" + rid).with(fx.as("gaj"))).andExpect(status().isNotFound());
    }

    @Test
    void thePagesShowTheListWithColoursAndTheCaseWithItsAllowedForms() throws Exception {
        String id = created("czj");
        clock.setDay(LocalDate.of(2026, 10, 6));
        String list = mvc.perform(get("/litigation").with(fx.as("czj"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("行政应诉案件").contains("data-colour=\"due-soon\"");
        String page = mvc.perform(get("/litigation/cases/" + id).with(fx.as("czj"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("行政诉讼法第六十七条").contains("id=\"defence-form\"").contains("id=\"hearing-form\"")
                .doesNotContain("id=\"appeal-form\"").doesNotContain("id=\"perform-form\"");
        mvc.perform(multipart("/litigation/cases/" + id + "/hearings").param("heldOn", "2026-10-09").param("appeared", "HEAD")
                .with(fx.as("czj")).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", Matchers.containsString("不能晚于今天")));
        mvc.perform(multipart("/litigation/cases/" + id + "/hearings").param("heldOn", "2026-09-30").param("appeared", "STAFF")
                .param("staffNames", "赵六").with(fx.as("czj")).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "已登记开庭"));
        clock.setDay(LocalDate.of(2026, 10, 9));
        String overdue = mvc.perform(get("/litigation").with(fx.as("czj"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(overdue).contains("data-colour=\"overdue\"");
        mvc.perform(get("/litigation/cases/" + id).with(fx.as("gaj"))).andExpect(status().isNotFound());
        mvc.perform(get("/litigation/recommendations").with(fx.as("sfj"))).andExpect(status().isOk());
    }

    @Test
    void aCaseRunToPerformanceShowsItsWholeTimelineAndDocument() throws Exception {
        clock.setDay(LocalDate.of(2026, 9, 28));
        String id = created("gaj");
        postJson("/api/litigation/cases/" + id + "/defence", "{\"filedOn\":\"2026-09-25\"}", "gaj").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DEFENCE_FILED")).andExpect(jsonPath("$.defenceLate").value(false));
        postJson("/api/litigation/cases/" + id + "/hearings", "{\"heldOn\":\"2026-09-26\",\"appeared\":\"STAFF\",\"staffNames\":\"赵六\","
                + "\"excuse\":\"OFFICIAL_DUTY\"}", "gaj").andExpect(status().isOk())
                .andExpect(jsonPath("$.hearings[0].appearance").value("HEAD_ABSENT"));
        postJson("/api/litigation/cases/" + id + "/decision", "{\"type\":\"CONFIRM_ILLEGAL\",\"decidedOn\":\"2026-09-27\",\"servedOn\":\"2026-09-28\"}", "gaj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.lost").value(true))
                .andExpect(jsonPath("$.deadlines[?(@.step == 'APPEAL')].due").value(Matchers.contains("2026-10-13")));
        postJson("/api/litigation/cases/" + id + "/effective", "{}", "gaj").andExpect(status().isConflict());
        clock.setDay(LocalDate.of(2026, 10, 14));
        postJson("/api/litigation/cases/" + id + "/effective", "{}", "gaj").andExpect(status().isOk())
                .andExpect(jsonPath("$.effectiveOn").value("2026-10-14"));
        postJson("/api/litigation/cases/" + id + "/perform", "{\"performedOn\":\"2026-10-14\",\"note\":\"已采取补救措施\"}", "gaj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"));
        String page = mvc.perform(get("/litigation/cases/" + id).with(fx.as("gaj"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("一审判决确认违法").contains("负责人未出庭").contains("已采取补救措施").contains("败诉")
                .doesNotContain("id=\"hearing-form\"").doesNotContain("id=\"decision-form\"");
        byte[] docx = mvc.perform(get("/api/litigation/cases/" + id + "/appearance-record.docx").with(fx.as("sfj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertThat(x.getText()).contains("负责人未出庭").contains("未提交证明材料").contains("本机关败诉").contains("市公安局");
        }
    }
}
