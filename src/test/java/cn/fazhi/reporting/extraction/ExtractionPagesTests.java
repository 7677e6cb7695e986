package cn.fazhi.reporting.extraction;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.support.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code /reports/extract}, {@code /reports/external}, {@code /reports/comparison}. */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class ExtractionPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcAccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return user(directory.loadByUsername(username).orElseThrow());
    }

    @Test
    void pastedTextShowsTheFiguresWithTheEvidenceHighlighted() throws Exception {
        mvc.perform(get("/reports/extract").with(as("sfj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"extract-form\"")));
        mvc.perform(multipart("/reports/extract").param("text", "全年受理行政复议案件26件,审结25件。<script>")
                        .with(csrf()).with(as("sfj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark id=\"fig-1\" title=\"#1\">26件</mark>")))
                .andExpect(content().string(containsString("reconsideration.received")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void aRefusalIsAMessageOnThePage() throws Exception {
        mvc.perform(multipart("/reports/extract").param("text", "受理案件\uFFFD\uFFFD\uFFFD\uFFFD")
                        .with(csrf()).with(as("sfj")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("乱码")));
    }

    @Test
    void savingLeadsToTheSavedReportAndTheComparison() throws Exception {
        mvc.perform(multipart("/reports/extract").param("text", "2015年受理各类行政复议案件31件,出庭率95%。" + java.util.UUID.randomUUID())
                        .param("place", "襄阳市").param("year", "2015").param("save", "true")
                        .with(csrf()).with(as("sfj")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/reports/external/*?saved"));
        mvc.perform(get("/reports/external").with(as("sfj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("襄阳市")));
        long city = jdbc.queryForObject("select id from org_unit where code = 'CITY'", Long.class);
        mvc.perform(get("/reports/comparison").param("year", "2015").param("orgId", String.valueOf(city)).with(as("sfj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("litigation.head_appearance_rate")))
                .andExpect(content().string(containsString("襄阳市")));
    }

    @Test
    void theExtractPageNeedsThePermission() throws Exception {
        mvc.perform(get("/reports/extract").with(as("czj"))).andExpect(status().isForbidden());
    }
}
