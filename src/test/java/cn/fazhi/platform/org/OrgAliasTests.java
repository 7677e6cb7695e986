package cn.fazhi.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.support.FazhiIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** 单位别名: org:manage adds and deletes (audited); the resolver then matches the alias; clashes are refused. */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class OrgAliasTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcAccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrgNameResolver resolver;

    OrgTestSupport t;

    @BeforeEach
    void setUp() {
        t = new OrgTestSupport(directory, jdbc);
    }

    @Test
    void anAdministratorAddsAnAliasTheResolverUsesAndDeletesItBothAudited() throws Exception {
        String alias = "市编委" + OrgTestSupport.suffix();
        String body = mvc.perform(post("/api/org-aliases").with(t.as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alias\":\"" + alias + "\",\"orgId\":" + t.orgId("BB") + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.orgName").value("市编办"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(resolver.resolve(" " + alias + " ")).hasValueSatisfying(m -> {
            assertThat(m.orgId()).isEqualTo(t.orgId("BB"));
            assertThat(m.kind()).isEqualTo(OrgNameResolver.MatchKind.ALIAS);
        });
        mvc.perform(get("/api/org-aliases").with(t.as("admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.alias == '" + alias + "')]").exists());
        assertThat(mvc.perform(get("/admin/org-aliases").with(t.as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(alias).contains("市委机构编制委员会办公室");
        mvc.perform(delete("/api/org-aliases/{id}", id).with(t.as("admin")).with(csrf())).andExpect(status().isNoContent());
        assertThat(resolver.resolve(alias)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where entity_type = 'org_alias' and entity_id = ?",
                Integer.class, String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void anAliasThatIsAlreadyAUnitsNameOrShortNameIsRefused() throws Exception {
        mvc.perform(post("/api/org-aliases").with(t.as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alias\":\"市政府法制办\",\"orgId\":" + t.orgId("BB") + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("“市政府法制办”是“市司法局”的简称,不能再作为别名"));
        mvc.perform(post("/admin/org-aliases").with(t.as("admin")).with(csrf()).param("alias", "市财政局")
                .param("orgId", String.valueOf(t.orgId("BB")))).andExpect(status().isBadRequest());
    }

    @Test
    void withoutOrgManageAliasesAreForbidden() throws Exception {
        mvc.perform(get("/api/org-aliases").with(t.as("sfj"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/org-aliases").with(t.as("sfj")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"alias\":\"x\",\"orgId\":" + t.orgId("BB") + "}")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/org-aliases").with(t.as("sfj"))).andExpect(status().isForbidden());
    }
}
