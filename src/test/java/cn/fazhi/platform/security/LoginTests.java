package cn.fazhi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.security.SecurityTestSupport.InMemoryAccountDirectory;
import cn.fazhi.platform.security.SecurityTestSupport.MutableClock;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SecurityIntegrationTest
class LoginTests {

    static final String PASSWORD = "Secret#2024x";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired InMemoryAccountDirectory accounts;
    @Autowired MutableClock clock;
    @Autowired AccountSessions accountSessions;

    String username;

    @BeforeEach
    void setUp() {
        clock.reset();
        username = accounts.create("login", PASSWORD, false);
    }

    /** Follows the redirect to the login page with the session and returns the page text. */
    String loginPageAfter(MvcResult failed) throws Exception {
        Cookie session = failed.getResponse().getCookie("SESSION");
        var request = get("/login").param("error", "");
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    MvcResult failLogin(String user, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(user).password(password))
                .andExpect(redirectedUrl("/login?error")).andReturn();
    }

    @Test
    void successfulFormLoginStoresTheSessionInTheDatabaseWithTheIdleTimeout() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select max_inactive_interval from spring_session where principal_name = ?", username);
        assertThat(rows).hasSize(1);
        assertThat(((Number) rows.get(0).get("max_inactive_interval")).intValue()).isEqualTo(1800);

        // the principal is read back from the database session on the next request
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("修改密码")));
    }

    @Test
    void loginIsAudited() throws Exception {
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_record where action = 'LOGIN' and actor_name = ? and after_json like '%form%'",
                Integer.class, username)).isEqualTo(1);
    }

    @Test
    void wrongPasswordSaysHowManyAttemptsRemain() throws Exception {
        String page = loginPageAfter(failLogin(username, "wrong-Password1"));
        assertThat(page).contains("用户名或密码错误,再失败4次账号将被锁定15分钟");
        page = loginPageAfter(failLogin(username, "wrong-Password2"));
        assertThat(page).contains("用户名或密码错误,再失败3次账号将被锁定15分钟");

        Map<String, Object> audit = jdbc.queryForList("""
                select actor_name, after_json from audit_record where action = 'LOGIN_FAILED' and actor_name = ?
                order by id""", username).get(0);
        assertThat((String) audit.get("after_json")).contains("BAD_CREDENTIALS").contains(username);
    }

    @Test
    void unknownUsernameGetsTheSameWordingAndIsThrottledToo() throws Exception {
        String ghost = "ghost" + System.nanoTime();
        assertThat(loginPageAfter(failLogin(ghost, "whatever1A!")))
                .contains("用户名或密码错误,再失败4次账号将被锁定15分钟");
        for (int i = 0; i < 4; i++) {
            failLogin(ghost, "whatever1A!");
        }
        assertThat(loginPageAfter(failLogin(ghost, "whatever1A!"))).contains("账号已锁定,请于15分钟后再试");
    }

    @Test
    void fiveFailuresLockAndEvenTheRightPasswordIsRefusedUntilTheLockExpires() throws Exception {
        for (int i = 1; i <= 4; i++) {
            failLogin(username, "wrong" + i);
        }
        String fifth = loginPageAfter(failLogin(username, "wrong5"));
        assertThat(fifth).contains("账号已锁定,请于15分钟后再试");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'ACCOUNT_LOCKED' and actor_name = ?",
                Integer.class, username)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(5));
        String sixth = loginPageAfter(failLogin(username, PASSWORD));
        assertThat(sixth).contains("账号已锁定,请于10分钟后再试");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_record where action = 'LOGIN_FAILED' and actor_name = ?
                and after_json like '%ACCOUNT_LOCKED%'""", Integer.class, username)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void successResetsTheFailureCount() throws Exception {
        for (int i = 1; i <= 4; i++) {
            failLogin(username, "wrong" + i);
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(loginPageAfter(failLogin(username, "wrong5"))).contains("再失败4次");
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() throws Exception {
        Cookie session = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/login").cookie(session).param("username", username).param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
        // without any session (e.g. a form left open past the idle timeout) the refusal says the login timed out
        mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?timeout"));
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
                Integer.class, username)).isZero();
    }

    @Test
    void protectedPageRedirectsToTheLoginPage() throws Exception {
        mvc.perform(get("/account/password")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageIsChineseAndCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户登录")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void logoutEndsTheDatabaseSessionAndIsAudited() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
                Integer.class, username)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'LOGOUT' and actor_name = ?",
                Integer.class, username)).isEqualTo(1);
        mvc.perform(get("/account/password").cookie(session)).andExpect(redirectedUrl("/login?timeout"));
    }

    @Test
    void sessionFixationIsPreventedByANewSessionIdAtLogin() throws Exception {
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        assertThat(before).isNotNull();
        Cookie after = mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()).cookie(before))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void endingAUsersSessionsSignsThemOutOnTheNextRequest() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        assertThat(accountSessions.endSessionsOf(username)).isEqualTo(1);
        mvc.perform(get("/account/password").cookie(session)).andExpect(redirectedUrl("/login?timeout"));
        assertThat(mvc.perform(get("/login").param("timeout", "")).andReturn().getResponse().getContentAsString())
                .contains("登录已超时");
    }

    @Test
    void disabledAccountIsRefusedOnlyAfterTheRightPasswordSoExistenceDoesNotLeak() throws Exception {
        accounts.disable(username);
        assertThat(loginPageAfter(failLogin(username, "wrong-Password1")))
                .contains("用户名或密码错误,再失败4次账号将被锁定15分钟");
        assertThat(loginPageAfter(failLogin(username, PASSWORD))).contains("账号已停用,请联系系统管理员");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_record where action = 'LOGIN_FAILED' and actor_name = ?
                and after_json like '%ACCOUNT_DISABLED%'""", Integer.class, username)).isEqualTo(1);
    }
}
