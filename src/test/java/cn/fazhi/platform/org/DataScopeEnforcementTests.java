package cn.fazhi.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.support.FazhiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One test per data scope level: a user cannot read or change a user record outside the scope by guessing its id
 * (API and page: 404 "用户不存在或无权访问"), and can read one inside.
 */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class DataScopeEnforcementTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcAccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    OrgTestSupport t;

    @BeforeEach
    void setUp() {
        t = new OrgTestSupport(directory, jdbc);
    }

    private static final String EDIT = "{\"displayName\":\"改名\",\"orgId\":%d}";

    private void assertHidden(RequestPostProcessor who, long targetId, long targetOrgId) throws Exception {
        ResultMatcher notFound = status().isNotFound();
        mvc.perform(get("/api/users/{id}", targetId).with(who)).andExpect(notFound)
                .andExpect(jsonPath("$.detail").value("用户不存在或无权访问"));
        mvc.perform(put("/api/users/{id}", targetId).with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(EDIT.formatted(targetOrgId))).andExpect(notFound);
        mvc.perform(post("/api/users/{id}/disable", targetId).with(who).with(csrf())).andExpect(notFound);
        mvc.perform(get("/admin/users/{id}", targetId).with(who)).andExpect(notFound);
        mvc.perform(post("/admin/users/{id}", targetId).with(who).with(csrf()).param("displayName", "改名")
                .param("orgId", String.valueOf(targetOrgId))).andExpect(notFound);
        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class, targetId))
                .isNotEqualTo("改名");
    }

    private void assertVisible(RequestPostProcessor who, long targetId) throws Exception {
        mvc.perform(get("/api/users/{id}", targetId).with(who)).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(targetId))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        mvc.perform(get("/admin/users/{id}", targetId).with(who)).andExpect(status().isOk());
    }

    @Test
    void allScopeReadsAndChangesUsersOfEveryOrganisation() throws Exception {
        var admin = t.as("admin");
        assertVisible(admin, t.userId("court"));
        assertVisible(admin, t.userId("dcjd"));
        String name = "法院联络员" + OrgTestSupport.suffix().substring(0, 3);
        mvc.perform(put("/api/users/{id}", t.userId("court")).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"" + name + "\",\"orgId\":" + t.orgId("FY") + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.displayName").value(name));
        mvc.perform(get("/api/users/{id}", 99_999_999L).with(admin)).andExpect(status().isNotFound());
    }

    @Test
    void subtreeScopeCannotReachAnotherDepartmentsUser() throws Exception {
        var deptadmin = t.as("deptadmin"); // 财政局, 本级及下级, user:manage
        assertHidden(deptadmin, t.userId("gaj"), t.orgId("GAJ"));
        assertVisible(deptadmin, t.userId("czj"));
        String phone = "1390000" + (int) (Math.random() * 9000 + 1000);
        mvc.perform(put("/api/users/{id}", t.userId("czj")).with(deptadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"财政局经办人\",\"orgId\":" + t.orgId("CZJ") + ",\"phone\":\"" + phone + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.phone").value(phone));
        // Moving a user into a unit outside the scope is refused as well.
        mvc.perform(put("/api/users/{id}", t.userId("czj")).with(deptadmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(EDIT.formatted(t.orgId("GAJ")))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("orgId"));

        // 司法局's subtree is anchored at the city government: towns yes, the court (a separate root) no.
        var sfj = t.as("sfj");
        assertVisible(sfj, t.userId("dcjd"));
        assertHidden(sfj, t.userId("court"), t.orgId("FY"));
    }

    @Test
    void ownOrgScopeSeesOnlyItsOwnUnit() throws Exception {
        var czj = t.as("czj"); // 财政局, 本单位, user:read only
        assertHidden(czj, t.userId("gaj"), t.orgId("GAJ"));
        assertVisible(czj, t.userId("deptadmin"));
        // Inside the scope, changing still needs user:manage.
        mvc.perform(put("/api/users/{id}", t.userId("deptadmin")).with(czj).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(EDIT.formatted(t.orgId("CZJ")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/users").param("size", "200").with(czj)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].orgName").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("市财政局"))))
                .andExpect(jsonPath("$.items[*].username").value(org.hamcrest.Matchers.hasItems("czj", "deptadmin")));
    }

    @Test
    void selfScopeSeesOnlyTheUserItself() throws Exception {
        var advisor = t.as("advisor"); // 司法局, 仅本人
        assertHidden(advisor, t.userId("sfj"), t.orgId("SFJ")); // same unit, still someone else
        assertVisible(advisor, t.userId("advisor"));
        mvc.perform(get("/api/users").with(advisor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].username").value("advisor"));
    }

    @Test
    void customScopeSeesOnlyTheListedUnits() throws Exception {
        var inspector = t.as("inspector"); // 自定义: 东城街道, 南山镇
        assertHidden(inspector, t.userId("xcjd"), t.orgId("XCJD"));
        assertHidden(inspector, t.userId("czj"), t.orgId("CZJ"));
        assertVisible(inspector, t.userId("dcjd"));
    }

    @Test
    void editingAnOrganisationOutsideTheScopeIsNotFound() throws Exception {
        String s = OrgTestSupport.suffix();
        // A unit editor of 财政局's subtree: a role with org:manage, created through the API as the administrator.
        String body = "{\"code\":\"ORG_EDIT_" + s.toUpperCase() + "\",\"name\":\"单位维护" + s + "\",\"scope\":\"SUBTREE\","
                + "\"permissions\":[\"org:manage\",\"user:read\"]}";
        String json = mvc.perform(post("/api/roles").with(t.as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long editorRole = Long.parseLong(json.replaceAll(".*?\"id\":(\\d+).*", "$1"));
        String userJson = mvc.perform(post("/api/users").with(t.as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"orged" + s + "\",\"displayName\":\"单位维护员\",\"orgId\":" + t.orgId("CZJ")
                        + ",\"password\":\"Xy!pass-" + s + "\",\"roleIds\":[" + editorRole + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(userJson).doesNotContain("bcrypt").doesNotContain("Xy!pass");
        // An administrator-created account must change its password first (PasswordChangeTests); done here directly.
        jdbc.update("update app_user set must_change_password = false where username = ?", "orged" + s);
        var editor = t.as("orged" + s);
        mvc.perform(get("/api/orgs/{id}", t.orgId("GAJ")).with(editor)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("单位不存在或无权访问"));
        mvc.perform(put("/api/orgs/{id}", t.orgId("GAJ")).with(editor).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"GAJ\",\"name\":\"被篡改\",\"kind\":\"DEPARTMENT\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/orgs/{id}", t.orgId("GAJ")).with(editor)).andExpect(status().isNotFound());
        mvc.perform(get("/api/orgs/{id}", t.orgId("CZJ")).with(editor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("CZJ"));
        mvc.perform(get("/admin/orgs/{id}", t.orgId("CZJ")).with(editor)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("市财政局")));
        assertThat(jdbc.queryForObject("select name from org_unit where code = 'GAJ'", String.class)).isEqualTo("市公安局");
    }

    @Test
    void managementNeedsThePermission() throws Exception {
        var czj = t.as("czj");
        mvc.perform(post("/api/orgs").with(czj).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"X1\",\"name\":\"某局\",\"kind\":\"DEPARTMENT\",\"parentId\":" + t.orgId("CZJ") + "}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(get("/api/roles").with(czj)).andExpect(status().isForbidden());
        mvc.perform(post("/api/users").with(czj).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"zz1\",\"displayName\":\"某\",\"orgId\":" + t.orgId("CZJ") + ",\"password\":\"Abcdef1!\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/roles").with(czj)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/orgs").with(czj)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(t.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/orgs").with(t.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/roles").with(t.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/users").with(t.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/import").with(t.as("admin"))).andExpect(status().isOk());
        // The htmx filter request gets only the table fragment, still scoped: czj sees 财政局 only.
        mvc.perform(get("/admin/users").header("HX-Request", "true").param("keyword", "gaj").with(czj))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"user-table\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<nav class=\"navbar"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("没有符合条件的用户")));
    }

    @Test
    void aDepartmentAdministratorCannotGrantRolesBeyondItsOwn() throws Exception {
        long adminRole = jdbc.queryForObject("select id from app_role where code = 'ADMIN'", Long.class);
        mvc.perform(put("/api/users/{id}/roles", t.userId("czj")).with(t.as("deptadmin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"roleIds\":[" + adminRole + "]}"))
                .andExpect(status().isBadRequest());
        assertThat(t.principal("czj").roles()).containsExactly("DEPT_STAFF");
    }
}
