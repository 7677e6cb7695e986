package cn.fazhi.disputes.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.disputes.litigation.DisputesFixtures;
import cn.fazhi.disputes.litigation.DisputesTest;
import cn.fazhi.disputes.litigation.DisputesTestClock;
import cn.fazhi.platform.security.AccountDirectory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Mediation and petitions over HTTP and on their pages: contracts, scope, refusals, the reply letter. */
@DisputesTest
class MediationAndPetitionApiTests {

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired DisputesTestClock clock;
    @Autowired ObjectMapper json;

    MockMvc mvc;
    DisputesFixtures fx;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fx = new DisputesFixtures(jdbc, accounts);
        clock.setDay(LocalDate.of(2026, 6, 30));
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

    @Test
    void aMediationCaseRunsFromApplicationToSuccessAndStaysInItsOrgansScope() throws Exception {
        String id = body(postJson("/api/mediation/cases", "{\"applicant\":\"张三\",\"otherParty\":\"李四\",\"disputeType\":\"TRAFFIC\","
                + "\"summary\":\"交通事故损害赔偿\",\"receivedOn\":\"2026-06-01\"}", "gaj").andExpect(status().isCreated())).get("id").asString();
        postJson("/api/mediation/cases/" + id + "/accept", "{\"acceptedOn\":\"2026-06-02\",\"applicantConsents\":true}", "gaj")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(Matchers.containsString("自愿")));
        postJson("/api/mediation/cases/" + id + "/accept", "{\"acceptedOn\":\"2026-06-02\",\"applicantConsents\":true,\"otherPartyConsents\":true}", "gaj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.deadlines[0].step").value("MEDIATION_TIME_LIMIT"))
                .andExpect(jsonPath("$.deadlines[0].due").value("2026-07-02"));
        postJson("/api/mediation/cases/" + id + "/sessions", "{\"heldOn\":\"2026-06-10\",\"mediator\":\"民警甲\",\"summary\":\"现场调解\"}", "gaj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.sessions[0].mediator").value("民警甲"));
        mvc.perform(get("/api/mediation/cases/" + id).with(fx.as("czj"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/mediation/cases/" + id).with(fx.as("court"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/mediation/cases/" + id).with(fx.as("leader"))).andExpect(status().isOk());
        postJson("/api/mediation/cases/" + id + "/outcome", "{\"outcome\":\"SUCCEEDED\",\"closedOn\":\"2026-06-12\",\"agreement\":\"赔偿3000元\"}", "gaj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUCCEEDED")).andExpect(jsonPath("$.closedInTime").value(true));
        postJson("/api/mediation/cases/" + id + "/outcome", "{\"outcome\":\"FAILED\",\"closedOn\":\"2026-06-13\",\"note\":\"x\"}", "gaj")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(Matchers.containsString("调解成功")));
        assertThat(mvc.perform(get("/mediation/cases/" + id).with(fx.as("gaj"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("赔偿3000元").doesNotContain("id=\"outcome-form\"");
        assertThat(mvc.perform(get("/mediation").with(fx.as("gaj"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("行政调解案件");
    }

    @Test
    void aPetitionIsAssignedAnsweredWithALetterAndSeenByTheResponsibleUnit() throws Exception {
        JsonNode p = body(postJson("/api/petitions", "{\"channel\":\"ONLINE\",\"petitioner\":\"王某\",\"matter\":\"反映小区违建未处理\","
                + "\"category\":\"CLAIM\",\"receivedOn\":\"2026-06-01\"}", "sfj").andExpect(status().isCreated()));
        String id = p.get("id").asString();
        assertThat(p.get("deadlines").get(0).get("step").asString()).isEqualTo("ACCEPTANCE");
        assertThat(p.get("deadlines").get(0).get("due").asString()).isEqualTo("2026-06-16");
        mvc.perform(get("/api/petitions/" + id).with(fx.as("gaj"))).andExpect(status().isNotFound());
        postJson("/api/petitions/" + id + "/accept", "{\"acceptedOn\":\"2026-06-03\",\"handlingOrg\":\"市公安局\"}", "sfj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.handlingOrgName").value("市公安局"))
                .andExpect(jsonPath("$.deadlines[?(@.step == 'HANDLING')].due").value(Matchers.contains("2026-08-03")));
        // the responsible unit now sees and answers it
        mvc.perform(get("/api/petitions/" + id).with(fx.as("gaj"))).andExpect(status().isOk());
        mvc.perform(get("/api/petitions/" + id + "/reply-letter.docx").with(fx.as("gaj"))).andExpect(status().isConflict());
        postJson("/api/petitions/" + id + "/extend", "{\"days\":40,\"reason\":\"复杂\",\"headApproved\":true}", "gaj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(Matchers.containsString("不得超过三十日")));
        postJson("/api/petitions/" + id + "/reply", "{\"repliedOn\":\"2026-06-20\",\"outcome\":\"SUPPORTED\",\"text\":\"已责令拆除违建\"}", "gaj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.repliedOnTime").value(true));
        byte[] docx = mvc.perform(get("/api/petitions/" + id + "/reply-letter.docx").with(fx.as("gaj"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertThat(x.getText()).contains("信访事项处理意见书").contains("王某").contains("已责令拆除违建").contains("第三十五条").contains("市公安局");
        }
        postJson("/api/petitions/" + id + "/evaluation", "{\"satisfaction\":\"SATISFIED\"}", "gaj").andExpect(status().isOk());
        postJson("/api/petitions/" + id + "/close", "{\"on\":\"2026-06-21\"}", "gaj").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"));
        assertThat(mvc.perform(get("/petitions/" + id).with(fx.as("gaj"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("信访工作条例第三十四条").doesNotContain("id=\"reply-form\"");
        mvc.perform(post("/petitions/" + id + "/reply").param("repliedOn", "2026-06-22").param("outcome", "SUPPORTED").param("text", "x")
                .with(fx.as("gaj")).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", Matchers.containsString("已办结")));
        assertThat(mvc.perform(get("/petitions").with(fx.as("sfj"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("王某");
        postJson("/api/petitions", "{\"channel\":\"EMAIL\",\"petitioner\":\"x\",\"matter\":\"y\",\"category\":\"CLAIM\",\"receivedOn\":\"2026-06-01\"}", "sfj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(Matchers.containsString("无效")));
    }
}
