package cn.fazhi.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.reporting.ReportTestClock;
import cn.fazhi.reporting.ReportingFixtures;
import cn.fazhi.reporting.ReportingTest;
import java.time.LocalDate;
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

/** 标题 and 发文机关署名 of a report: edited by the office while it is a draft, refused afterwards, audited. */
@ReportingTest
class AnnualReportHeaderTests {

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired ReportTestClock clock;
    @Autowired ObjectMapper json;
    @Autowired ReportOutput output;
    @Autowired AnnualReportService service;

    ReportingFixtures fx;
    MockMvc mvc;
    long town;
    String id;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fx = new ReportingFixtures(jdbc, accounts, mvc);
        clock.setDay(LocalDate.of(2025, 2, 10));
        town = fx.newOrg(fx.org("CITY"), "标题测试镇");
        String body = fx.postJson("/api/annual-reports", "{\"orgId\":%d,\"year\":2024}".formatted(town), "sfj")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        id = json.readTree(body).get("id").asString();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    String orgName() {
        return jdbc.queryForObject("select name from org_unit where id = ?", String.class, town);
    }

    @Test
    void theOfficeEditsTitleAndSignatureOfADraftByApiAndTheyReachTheDocxAndTheAuditLog() throws Exception {
        fx.putJson("/api/annual-reports/" + id + "/header",
                "{\"title\":\"标题测试镇人民政府关于2024年度法治政府建设情况的报告\",\"signature\":\"标题测试镇人民政府\"}", "sfj")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.title").value("标题测试镇人民政府关于2024年度法治政府建设情况的报告"))
                .andExpect(jsonPath("$.content.signature").value("标题测试镇人民政府"));

        var rendered = service.rendered(java.util.UUID.fromString(id), fx.user("sfj"));
        String document = ReportOutputTests.unzip(output.docx(rendered)).get("word/document.xml");
        assertThat(document).contains("标题测试镇人民政府关于2024年度法治政府建设情况的报告").contains("标题测试镇人民政府");

        String after = jdbc.queryForObject("""
                select after_json from audit_record where entity_type = 'annual_report' and entity_id = ?
                  and action = 'UPDATE:HEADER'""", String.class, id);
        assertThat(after).contains("标题测试镇人民政府关于2024年度法治政府建设情况的报告");

        // blank restores the standard title and the organisation's name
        fx.putJson("/api/annual-reports/" + id + "/header", "{\"title\":\"  \",\"signature\":\"\"}", "sfj")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.title").value(orgName() + "关于2024年度法治政府建设工作情况的报告"))
                .andExpect(jsonPath("$.content.signature").value(orgName()));
    }

    @Test
    void editingTheHeaderIsRefusedInChineseCitingTheStateOnceTheReportIsSubmitted() throws Exception {
        for (var s : json.readTree(mvc.perform(get("/api/annual-reports/" + id).with(fx.as("sfj"))).andReturn()
                .getResponse().getContentAsString()).get("content").get("sections")) {
            for (var st : s.get("sentences")) {
                if (st.get("missing").asBoolean()) {
                    fx.putJson("/api/annual-reports/" + id + "/sentences/" + st.get("key").asString(), "{\"dropped\":true}", "sfj")
                            .andExpect(status().isOk());
                }
            }
        }
        fx.postJson("/api/annual-reports/" + id + "/submit", null, "sfj").andExpect(status().isOk());
        fx.putJson("/api/annual-reports/" + id + "/header", "{\"title\":\"改过的标题\"}", "sfj")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("报告当前状态为“审核中”,不能修改标题和署名")));
        assertThat(jdbc.queryForObject("select content from annual_report where id = ?", String.class,
                java.util.UUID.fromString(id))).doesNotContain("改过的标题");

        // the page refuses the same way and shows the message
        mvc.perform(post("/reports/annual/" + id + "/header").param("title", "改过的标题").with(fx.as("sfj")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("审核中")));
    }

    @Test
    void aLeaderMayNotEditTheHeaderAndBadInputIsRefusedWithNothingWritten() throws Exception {
        fx.putJson("/api/annual-reports/" + id + "/header", "{\"title\":\"领导改的标题\"}", "leader")
                .andExpect(status().isForbidden());
        fx.putJson("/api/annual-reports/" + id + "/header", "{\"title\":\"第一行\\n第二行\"}", "sfj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("标题只能写一行")));
        fx.putJson("/api/annual-reports/" + id + "/header", "{\"signature\":\"" + "署".repeat(101) + "\"}", "sfj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("署名不能超过100字")));
        Integer audits = jdbc.queryForObject("select count(*) from audit_record where entity_id = ? and action = 'UPDATE:HEADER'",
                Integer.class, id);
        assertThat(audits).isZero();
    }

    @Test
    void theEditorPageHasTheHeaderFormForADraftAndSavesIt() throws Exception {
        mvc.perform(get("/reports/annual/" + id).with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("修改标题和发文机关署名")));
        mvc.perform(post("/reports/annual/" + id + "/header").param("title", "页面修改的标题").param("signature", "页面署名")
                .with(fx.as("sfj")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "已保存标题和署名"));
        mvc.perform(get("/reports/annual/" + id).with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面修改的标题")))
                .andExpect(content().string(containsString("页面署名")));
        mvc.perform(get("/reports/annual/" + id).with(fx.as("leader"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("修改标题和发文机关署名"))));
    }
}
