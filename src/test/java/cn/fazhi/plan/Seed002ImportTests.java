package cn.fazhi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.plan.parsing.Seeds;
import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.support.FazhiIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * End to end on the real plan (seed 002, read from ../shared/seeds): preview → refused while units are unresolved →
 * confirmed with decisions for the units the demo tree lacks → 140 tasks stored; importing again changes nothing.
 */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class Seed002ImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcAccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void seed002IsPreviewedImportedWithDecisionsForUnknownUnitsAndReimportedWithoutChange() throws Exception {
        String text = Seeds.read(Seeds.PLAN_002);
        PlanTestSupport t = new PlanTestSupport(directory, jdbc);
        var admin = t.as("admin");
        // the plan is imported as 北湖乡's, so that another test importing the seed for the city does not meet it
        String town = String.valueOf(t.orgId("BHX"));

        // the preview page lists all 140 tasks and stores nothing
        int plansBefore = count("select count(*) from plan");
        MvcResult upload = mvc.perform(post("/plans/import").with(admin).with(csrf()).param("text", text))
                .andExpect(status().is3xxRedirection()).andReturn();
        Cookie session = upload.getResponse().getCookie("SESSION");
        String preview = mvc.perform(get(upload.getResponse().getRedirectedUrl()).cookie(session).with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("共识别出 140 项任务").contains("市编办").contains("依法全面履行政府职能");
        assertThat(count("select count(*) from plan")).isEqualTo(plansBefore);

        // confirming with unresolved units is refused and lists them
        String refused = mvc.perform(post("/api/plans").with(admin).with(csrf()).contentType(MediaType.TEXT_PLAIN)
                        .characterEncoding(StandardCharsets.UTF_8).content(text)
                        .param("periodStartYear", "2016").param("periodEndYear", "2020")
                        .param("supervisorOrgId", String.valueOf(t.orgId("SFJ"))).param("orgId", town))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        List<String> unresolved = JsonPath.read(refused, "$.unresolved");
        assertThat(unresolved).isNotEmpty().doesNotContain("市编办", "市政府法制办", "市财政局");
        assertThat(count("select count(*) from plan")).isEqualTo(plansBefore);

        // decisions: the first unknown unit is created, the others are mapped to 市政府办公室
        StringBuilder mappings = new StringBuilder("{");
        for (int i = 0; i < unresolved.size(); i++) {
            mappings.append(i == 0 ? "" : ",").append('"').append(unresolved.get(i).replace("\"", "\\\"")).append("\":")
                    .append(i == 0 ? "\"create\"" : String.valueOf(t.orgId("ZFBGS")));
        }
        mappings.append('}');
        String body = mvc.perform(post("/api/plans").with(admin).with(csrf()).contentType(MediaType.TEXT_PLAIN)
                        .characterEncoding(StandardCharsets.UTF_8).content(text)
                        .param("periodStartYear", "2016").param("periodEndYear", "2020")
                        .param("supervisorOrgId", String.valueOf(t.orgId("SFJ"))).param("orgId", town)
                        .param("unitMappings", mappings.toString()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.tasks").value(140))
                .andExpect(jsonPath("$.unitsCreated").value(1))
                .andReturn().getResponse().getContentAsString();
        UUID planId = UUID.fromString(JsonPath.read(body, "$.plan.id"));
        assertThat(count("select count(*) from plan_task where plan_id = ?", planId)).isEqualTo(140);
        assertThat(count("select count(*) from org_unit where name = ? and parent_id = ?", unresolved.get(0), t.orgId("BHX"))).isOne();
        // (1) 市编办, 2016年底
        assertThat(jdbc.queryForObject("select lead_org_id from plan_task where plan_id = ? and number = 1", Long.class, planId))
                .isEqualTo(t.orgId("BB"));
        // (127) 各牵头单位落实: the supervising office answers, the lead units are responsible
        assertThat(jdbc.queryForObject("select lead_org_id from plan_task where plan_id = ? and number = 127", Long.class, planId))
                .isEqualTo(t.orgId("SFJ"));
        assertThat(count("""
                select count(*) from plan_task_unit u join plan_task x on x.org_id = u.plan_task_org_id and x.id = u.plan_task_id
                where x.plan_id = ? and x.number = 127 and u.role = 'RESPONSIBLE'""", planId)).isGreaterThan(10);

        // importing again changes nothing
        int tasks = count("select count(*) from plan_task");
        int units = count("select count(*) from org_unit");
        int audits = count("select count(*) from audit_record");
        mvc.perform(post("/api/plans").with(admin).with(csrf()).contentType(MediaType.TEXT_PLAIN)
                        .characterEncoding(StandardCharsets.UTF_8).content(text).param("orgId", town)
                        .param("unitMappings", mappings.toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(false))
                .andExpect(jsonPath("$.plan.id").value(planId.toString()));
        assertThat(count("select count(*) from plan_task")).isEqualTo(tasks);
        assertThat(count("select count(*) from org_unit")).isEqualTo(units);
        assertThat(count("select count(*) from audit_record")).isEqualTo(audits);
        assertThat(count("select count(*) from plan")).isEqualTo(plansBefore + 1);
    }
}
