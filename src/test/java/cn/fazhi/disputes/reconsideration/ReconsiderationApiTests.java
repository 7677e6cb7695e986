package cn.fazhi.disputes.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The HTTP contract of issue 6 §1, scope (404 out of scope), and bad input (Chinese problem detail, nothing changed). */
@cn.fazhi.support.FazhiIntegrationTest
@AutoConfigureMockMvc
@Import(ReconFixture.class)
class ReconsiderationApiTests {

    @Autowired MockMvc mvc;
    @Autowired ReconFixture fx;

    RequestPostProcessor as(String username) {
        return user(fx.principal(username));
    }

    String create(String body) throws Exception {
        String json = mvc.perform(post("/api/reconsideration/cases").with(as("sfj")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    static final String NEW_CASE = """
            {"receivedOn":"2025-09-26","applicant":"张三","respondent":"市公安局","actDescription":"不服罚款200元的行政处罚决定"}""";

    @Test
    void createReturnsTheCaseWithItsIdAndTheAcceptanceReviewDeadline() throws Exception {
        String id = create(NEW_CASE);
        mvc.perform(get("/api/reconsideration/cases/" + id).with(as("sfj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.respondentName").value("市公安局"))
                .andExpect(jsonPath("$.deadlines[?(@.step == 'ACCEPTANCE_REVIEW')].due").value(hasItem("2025-10-10")))
                .andExpect(jsonPath("$.deadlines[?(@.step == 'ACCEPTANCE_REVIEW')].unit").value(hasItem("WORKING_DAYS")))
                .andExpect(jsonPath("$.deadlines[?(@.step == 'ACCEPTANCE_REVIEW')].amount").value(hasItem(5)))
                .andExpect(jsonPath("$.deadlines[?(@.step == 'ACCEPTANCE_REVIEW')].basis").value(hasItem("行政复议法(2023) 第三十条")))
                .andExpect(jsonPath("$.deadlines[?(@.step == 'ACCEPTANCE_REVIEW')].provisional").value(hasItem(false)));
    }

    @Test
    void acceptAddsTheRespondentCopyAndDecisionDeadlines() throws Exception {
        String id = create(NEW_CASE);
        mvc.perform(post("/api/reconsideration/cases/" + id + "/accept").with(as("sfj")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"acceptedOn\":\"2025-10-09\",\"procedure\":\"ORDINARY\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.deadlines[*].step").value(hasItems("RESPONDENT_COPY", "DECISION")))
                .andExpect(jsonPath("$.deadlines[?(@.step == 'DECISION')].due").value(hasItem("2025-12-08")))
                .andExpect(jsonPath("$.deadlines[?(@.step == 'DECISION')].unit").value(hasItem("NATURAL_DAYS")));
    }

    @Test
    void theRespondentSeesCasesAgainstItAndAnswersAnotherOrganGets404() throws Exception {
        String id = create(NEW_CASE);
        mvc.perform(post("/api/reconsideration/cases/" + id + "/accept").with(as("sfj")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"acceptedOn\":\"2025-10-09\",\"procedure\":\"ORDINARY\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/reconsideration/cases/" + id + "/copy-to-respondent").with(as("sfj")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"on\":\"2025-10-10\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/reconsideration/cases/" + id).with(as("czj"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/reconsideration/cases/" + id).with(as("gaj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.allowedActions").value(hasItem("answer")));
        // the respondent cannot run the office's transitions
        mvc.perform(post("/api/reconsideration/cases/" + id + "/decide").with(as("gaj")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"decisionType\":\"UPHELD\",\"decidedOn\":\"2025-11-01\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/reconsideration/cases/" + id + "/answer").with(as("gaj")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"on\":\"2025-10-15\",\"summary\":\"事实清楚\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ANSWERED"));
    }

    @Test
    void anUploadThatIsNotADocumentIsRefusedAndNothingChanges() throws Exception {
        String id = create(NEW_CASE);
        mvc.perform(post("/api/reconsideration/cases/" + id + "/accept").with(as("sfj")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"acceptedOn\":\"2025-10-09\",\"procedure\":\"ORDINARY\"}"));
        mvc.perform(post("/api/reconsideration/cases/" + id + "/copy-to-respondent").with(as("sfj")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"on\":\"2025-10-10\"}"));
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff};
        mvc.perform(multipart("/api/reconsideration/cases/" + id + "/answer")
                .file(new MockMultipartFile("file", "答复书.docx", "application/octet-stream", exe))
                .param("on", "2025-10-15").with(as("gaj")).with(csrf()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value(containsString("不支持的文件类型")));
        mvc.perform(get("/api/reconsideration/cases/" + id).with(as("gaj")))
                .andExpect(jsonPath("$.state").value("COPY_SENT"));
    }

    @Test
    void aFutureReceiptDateIsA400InChineseAndNothingIsStored() throws Exception {
        long before = fx.jdbc.queryForObject("select count(*) from recon_case", Long.class);
        String future = fx.service.today().plusDays(3).toString();
        mvc.perform(post("/api/reconsideration/cases").with(as("sfj")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"receivedOn\":\"" + future + "\",\"applicant\":\"张三\",\"respondent\":\"市公安局\",\"actDescription\":\"…\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("晚于今天")));
        mvc.perform(post("/api/reconsideration/cases").with(as("sfj")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"receivedOn\":\"2025-09-26\",\"applicant\":\"张三\",\"respondent\":\"示范市不存在局\",\"actDescription\":\"…\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("找不到被申请人")));
        assertThat(fx.jdbc.queryForObject("select count(*) from recon_case", Long.class)).isEqualTo(before);
    }

    @Test
    void aTransitionOutOfOrderIs409NamingTheState() throws Exception {
        String id = create(NEW_CASE.replace("2025-09-26", fx.service.today().toString()));
        mvc.perform(post("/api/reconsideration/cases/" + id + "/decide").with(as("sfj")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"decisionType\":\"UPHELD\",\"decidedOn\":\"2025-11-01\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已收到申请")));
    }

    @Test
    void theListIsPagedAndFilteredByStateAndOverdue() throws Exception {
        String id = create(NEW_CASE);
        mvc.perform(get("/api/reconsideration/cases").param("state", "RECEIVED").param("due", "overdue").with(as("sfj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].state").value("RECEIVED"))
                .andExpect(jsonPath("$.total").isNumber());
        // 市财政局 reads only the cases against itself
        mvc.perform(get("/api/reconsideration/cases").param("size", "100").with(as("czj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.not(hasItem(id))));
        mvc.perform(get("/api/reconsideration/cases").with(as("court"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/reconsideration/cases").param("due", "later").with(as("sfj")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePublicApplicationGivesATrackingCodeAndTheTrackingPageShowsTheState() throws Exception {
        long city = fx.orgId("CITY");
        String html = mvc.perform(post("/public/reconsideration/apply").with(csrf())
                .param("organId", String.valueOf(city)).param("applicant", "李四").param("contact", "13800000000")
                .param("respondent", "市公安局").param("actDescription", "不服交通违法罚款"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("FY[A-Z0-9]{10}").matcher(html);
        assertThat(m.find()).isTrue();
        mvc.perform(get("/public/reconsideration/track").param("code", m.group()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已收到申请")));
        mvc.perform(post("/public/reconsideration/apply").with(csrf()).param("organId", String.valueOf(city))
                .param("applicant", "").param("contact", "x").param("respondent", "市公安局").param("actDescription", "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写有效的联系电话")));
        mvc.perform(post("/public/reconsideration/apply").param("organId", String.valueOf(city)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCasePageShowsDeadlinesTimelineAndOnlyAllowedActions() throws Exception {
        String id = create(NEW_CASE.replace("2025-09-26", fx.service.today().toString()));
        mvc.perform(get("/reconsideration/cases/" + id).with(as("sfj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("行政复议法(2023) 第三十条")))
                .andExpect(content().string(containsString("form-accept")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("form-decide"))));
        mvc.perform(get("/reconsideration").with(as("sfj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("行政复议案件")));
        mvc.perform(get("/reconsideration/respondent").with(as("gaj"))).andExpect(status().isOk());
    }

    @Test
    void theRespondentAnswersFromItsPageWithADocxAndTheAnswerIsListed() throws Exception {
        String id = create(NEW_CASE);
        mvc.perform(post("/api/reconsideration/cases/" + id + "/accept").with(as("sfj")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"acceptedOn\":\"2025-10-09\",\"procedure\":\"ORDINARY\"}"));
        mvc.perform(post("/api/reconsideration/cases/" + id + "/copy-to-respondent").with(as("sfj")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"on\":\"2025-10-10\"}"));
        mvc.perform(get("/reconsideration/respondent").with(as("gaj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/reconsideration/cases/" + id + "/answer")));
        byte[] docx = cn.fazhi.platform.documents.OfficialDocument.builder().title("行政复议答复书")
                .paragraph("处罚事实清楚,证据确凿。").toBytes();
        mvc.perform(multipart("/reconsideration/cases/" + id + "/answer")
                .file(new MockMultipartFile("file", "答复书.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx))
                .param("on", "2025-10-15").param("summary", "事实清楚").with(as("gaj")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/reconsideration/cases/" + id).with(as("sfj")))
                .andExpect(jsonPath("$.state").value("ANSWERED"))
                .andExpect(jsonPath("$.documents[*].kind").value(hasItem("ANSWER")));
    }
}
