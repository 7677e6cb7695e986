package cn.fazhi.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.support.FazhiIntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@FazhiIntegrationTest
@AutoConfigureMockMvc
class OrgTreeAndDirectoryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcAccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Users users;
    @Autowired
    Roles roles;
    @Autowired
    PasswordEncoder encoder;

    OrgTestSupport t;
    FazhiPrincipal admin;

    @BeforeEach
    void setUp() {
        t = new OrgTestSupport(directory, jdbc);
        admin = t.principal("admin");
    }

    private OrgForm form(String code, String name, Long parentId) {
        return new OrgForm(code, name, null, "OFFICE", parentId, 0, true, null);
    }

    @Test
    void createComputesThePathAndMoveRewritesTheSubtree() {
        String s = OrgTestSupport.suffix();
        OrgUnit a = orgUnits.create(form("A" + s, "甲科" + s, t.orgId("CZJ")), admin);
        OrgUnit b = orgUnits.create(form("B" + s, "乙股" + s, a.id()), admin);
        OrgUnit c = orgUnits.create(form("C" + s, "丙组" + s, b.id()), admin);
        assertThat(a.path()).isEqualTo(t.orgPath("CZJ") + a.id() + "/");
        assertThat(c.path()).isEqualTo(a.path() + b.id() + "/" + c.id() + "/");

        OrgUnit moved = orgUnits.move(b.id(), t.orgId("GAJ"), admin);
        assertThat(moved.parentId()).isEqualTo(t.orgId("GAJ"));
        assertThat(moved.path()).isEqualTo(t.orgPath("GAJ") + b.id() + "/");
        assertThat(orgUnits.find(c.id()).orElseThrow().path()).isEqualTo(moved.path() + c.id() + "/");
        assertThat(orgUnits.find(a.id()).orElseThrow().path()).isEqualTo(a.path());

        assertThatThrownBy(() -> orgUnits.move(b.id(), c.id(), admin)).isInstanceOf(BusinessException.class)
                .hasMessage("不能将单位移动到其自身或其下级单位之下");
        assertThat(orgUnits.find(c.id()).orElseThrow().path()).isEqualTo(moved.path() + c.id() + "/");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where entity_type = 'org_unit' and entity_id = ? and action = 'MOVE'",
                Integer.class, String.valueOf(b.id()))).isEqualTo(1);
    }

    @Test
    void moveThroughTheApiRefusesACycleAndChangesNothing() throws Exception {
        String s = OrgTestSupport.suffix();
        OrgUnit a = orgUnits.create(form("MA" + s, "上" + s, t.orgId("SWJ")), admin);
        OrgUnit b = orgUnits.create(form("MB" + s, "下" + s, a.id()), admin);
        mvc.perform(post("/api/orgs/{id}/move", a.id()).with(t.as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + b.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("不能将单位移动到其自身或其下级单位之下"));
        assertThat(orgUnits.find(a.id()).orElseThrow().path()).isEqualTo(a.path());
        mvc.perform(post("/api/orgs/{id}/move", b.id()).with(t.as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + t.orgId("SJJ") + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.path").value(t.orgPath("SJJ") + b.id() + "/"));
    }

    @Test
    void deactivationNeedsNoActiveUsersOrChildren() {
        String s = OrgTestSupport.suffix();
        OrgUnit a = orgUnits.create(form("D" + s, "待撤销" + s, t.orgId("WJJ")), admin);
        OrgUnit child = orgUnits.create(form("DC" + s, "下属" + s, a.id()), admin);
        users.createInternal("u" + s, "某人", child.id(), null, null, encoder.encode("Abcdef1!x"), true, List.of());
        assertThatThrownBy(() -> orgUnits.update(a.id(), new OrgForm(a.code(), a.name(), null, "OFFICE", null, 0, false, null), admin))
                .hasMessageContaining("个启用的下级单位,不能停用");
        assertThatThrownBy(() -> orgUnits.update(child.id(), new OrgForm(child.code(), child.name(), null, "OFFICE", null, 0, false, null), admin))
                .hasMessageContaining("个启用的用户,不能停用");
        users.setEnabled(t.userId("u" + s), false, admin);
        orgUnits.update(child.id(), new OrgForm(child.code(), child.name(), null, "OFFICE", null, 0, false, null), admin);
        OrgUnit off = orgUnits.update(a.id(), new OrgForm(a.code(), a.name(), null, "OFFICE", null, 0, false, null), admin);
        assertThat(off.active()).isFalse();
    }

    @Test
    void directoryResolvesTheDemoAccountsScopes() {
        assertThat(t.principal("admin").scope().all()).isTrue();
        assertThat(t.principal("admin").permissions()).contains("org:manage", "user:manage", "role:manage", "audit:verify");
        FazhiPrincipal sfj = t.principal("sfj");
        assertThat(sfj.scope().subtreePaths()).containsExactly(t.orgPath("CITY"));
        assertThat(sfj.orgName()).isEqualTo("市司法局");
        assertThat(sfj.can("calendar:manage")).isTrue();
        assertThat(t.principal("czj").scope()).isEqualTo(new DataScope(false, Set.of(), Set.of(t.orgId("CZJ")), null));
        assertThat(t.principal("advisor").scope().selfUserId()).isEqualTo(t.userId("advisor"));
        assertThat(t.principal("inspector").scope().orgIds()).containsExactlyInAnyOrder(t.orgId("DCJD"), t.orgId("NSZ"));
        assertThat(t.principal("deptadmin").scope().subtreePaths()).containsExactly(t.orgPath("CZJ"));
        assertThat(directory.loadByUsername("nobody-" + OrgTestSupport.suffix())).isEmpty();
    }

    @Test
    void directoryResolvesTheUnionOfSeveralRoles() {
        String s = OrgTestSupport.suffix();
        long ownOrg = roles.findByCode("DEPT_STAFF").orElseThrow().id();
        long custom = roles.findByCode("INSPECTOR").orElseThrow().id();
        long self = roles.findByCode("LEGAL_ADVISOR").orElseThrow().id();
        UserView u = users.createInternal("multi" + s, "多角色", t.orgId("GAJ"), null, null, encoder.encode("Abcdef1!x"),
                false, List.of(ownOrg, custom, self));
        DataScope scope = t.principal("multi" + s).scope();
        assertThat(scope.all()).isFalse();
        assertThat(scope.orgIds()).containsExactlyInAnyOrder(t.orgId("GAJ"), t.orgId("DCJD"), t.orgId("NSZ"));
        assertThat(scope.selfUserId()).isEqualTo(u.id());
        assertThat(t.principal("multi" + s).roles()).containsExactlyInAnyOrder("DEPT_STAFF", "INSPECTOR", "LEGAL_ADVISOR");
    }

    @Test
    void updatePasswordStoresTheHashAndTheMustChangeFlag() {
        String s = OrgTestSupport.suffix();
        UserView u = users.createInternal("pw" + s, "某人", t.orgId("GAJ"), null, null, encoder.encode("Abcdef1!x"), true, List.of());
        directory.updatePassword(u.id(), encoder.encode("Newpass1!y"), false);
        FazhiPrincipal p = t.principal("pw" + s);
        assertThat(encoder.matches("Newpass1!y", p.getPassword())).isTrue();
        assertThat(p.mustChangePassword()).isFalse();
    }

    @Test
    void userChangesAreAuditedWithoutThePasswordHash() throws Exception {
        String s = OrgTestSupport.suffix();
        String json = mvc.perform(post("/api/users").with(t.as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"aud" + s + "\",\"displayName\":\"审计对象\",\"orgId\":" + t.orgId("GAJ")
                        + ",\"password\":\"Secret#" + s + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.mustChangePassword").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(json.replaceAll(".*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/users/{id}/reset-password", id).with(t.as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Another#" + s + "\"}"))
                .andExpect(status().isOk());
        long roleId = roles.findByCode("DEPT_STAFF").orElseThrow().id();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/users/{id}/roles", id)
                .with(t.as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"roleIds\":[" + roleId + "]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.roles[0].code").value("DEPT_STAFF"));
        List<String> records = jdbc.queryForList("select action || ' ' || coalesce(before_json, '') || ' ' || coalesce(after_json, '') from audit_record where entity_type = 'app_user' and entity_id = ? order by id",
                String.class, String.valueOf(id));
        assertThat(records).hasSize(3);
        assertThat(records.get(0)).startsWith("CREATE");
        assertThat(records.get(1)).startsWith("RESET_PASSWORD");
        assertThat(records.get(2)).startsWith("PERMISSION_CHANGE");
        assertThat(records).allSatisfy(r -> assertThat(r).doesNotContain("bcrypt").doesNotContain("Secret#")
                .doesNotContain("Another#").doesNotContain("password_hash").doesNotContain("passwordHash"));
        assertThat(jdbc.queryForObject("select actor_name from audit_record where entity_type = 'app_user' and entity_id = ? order by id limit 1",
                String.class, String.valueOf(id))).isEqualTo("admin");
    }

    @Test
    void aWeakInitialPasswordIsRefusedAndNothingIsSaved() throws Exception {
        String s = OrgTestSupport.suffix();
        mvc.perform(post("/api/users").with(t.as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"weak" + s + "\",\"displayName\":\"某\",\"orgId\":" + t.orgId("GAJ") + ",\"password\":\"abc\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/admin/users").with(t.as("admin")).with(csrf()).param("username", "weak" + s)
                .param("displayName", "某").param("orgId", String.valueOf(t.orgId("GAJ"))).param("password", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("密码长度不能少于8位")));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, "weak" + s)).isZero();
    }

    @Test
    void roleWithCustomScopeNeedsUnitsAndChangesAreAuditedAsPermissionChange() throws Exception {
        String s = OrgTestSupport.suffix().toUpperCase();
        mvc.perform(post("/api/roles").with(t.as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"R" + s + "\",\"name\":\"自定义" + s + "\",\"scope\":\"CUSTOM\",\"permissions\":[\"files:read\",\"no:such\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("permissions", "scopeOrgIds")));
        mvc.perform(post("/api/roles").with(t.as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"R" + s + "\",\"name\":\"自定义" + s + "\",\"scope\":\"CUSTOM\",\"permissions\":[\"files:read\"],\"scopeOrgIds\":["
                        + t.orgId("BHX") + "]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.scopeOrgIds[0]").value(t.orgId("BHX")));
        assertThat(jdbc.queryForObject("select count(*) from audit_record a join app_role r on a.entity_id = cast(r.id as varchar(20)) where r.code = ? and a.action = 'PERMISSION_CHANGE'",
                Integer.class, "R" + s)).isEqualTo(1);
        mvc.perform(get("/api/orgs").with(t.as("czj"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.hasItem("CITY")));
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(t.as("admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/users/{id}/reset-password'].post.summary").value("重置密码"))
                .andExpect(jsonPath("$.paths['/api/orgs/{id}/move'].post").exists())
                .andExpect(jsonPath("$.paths['/api/roles'].get").exists())
                .andExpect(jsonPath("$.paths['/api/users/import'].post").exists());
    }

    @org.springframework.beans.factory.annotation.Autowired
    cn.fazhi.platform.security.ApiTokens apiTokens;

    @Test
    void disablingOrResettingAUserRevokesItsApiTokens() {
        String s = OrgTestSupport.suffix();
        UserView u = users.create(new UserForm("revoke" + s, "令牌测试", t.orgId("CZJ"), null, null, "Rv!pass-" + s,
                java.util.List.of(), null), admin);
        jdbc.update("update app_user set must_change_password = false where id = ?", u.id());
        var first = apiTokens.issue(t.principal("revoke" + s), "127.0.0.1");
        assertThat(apiTokens.authenticate(first.token())).isPresent();

        users.setEnabled(u.id(), false, admin);
        assertThat(apiTokens.authenticate(first.token())).isEmpty();

        users.setEnabled(u.id(), true, admin);
        jdbc.update("update app_user set must_change_password = false where id = ?", u.id());
        var second = apiTokens.issue(t.principal("revoke" + s), "127.0.0.1");
        users.resetPassword(u.id(), "Nw!pass-" + s, admin);
        assertThat(apiTokens.authenticate(second.token())).isEmpty();
    }
}
