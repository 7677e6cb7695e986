package cn.fazhi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.security.SecurityTestSupport.InMemoryAccountDirectory;
import cn.fazhi.platform.security.SecurityTestSupport.MutableClock;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@SecurityIntegrationTest
class PasswordChangeTests {

    static final String INITIAL = "Initial#2024";
    static final String CHOSEN = "Chosen#Pass99";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired InMemoryAccountDirectory accounts;
    @Autowired MutableClock clock;
    @Autowired PasswordEncoder encoder;

    String username;

    @BeforeEach
    void setUp() {
        clock.reset();
        // an account an administrator created: must change the password at first login
        username = accounts.create("new", INITIAL, true);
    }

    Cookie login(String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    String token(String password) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.token");
    }

    @Test
    void forcedChangeRedirectsEveryPageToThePasswordPage() throws Exception {
        Cookie session = login(INITIAL);
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/users").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("请先设置您自己的密码")));
        mvc.perform(get("/css/fazhi.css").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void forcedChangeBlocksTheApiExceptPasswordAndTokenEndpoints() throws Exception {
        String token = token(INITIAL);
        mvc.perform(get("/api/anything").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(post("/api/account/password").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + INITIAL + "\",\"newPassword\":\"" + CHOSEN + "\"}"))
                .andExpect(status().isNoContent());
        assertThat(accounts.mustChange(username)).isFalse();
        // the flag is read afresh with each bearer call: the same token now reaches the API
        mvc.perform(get("/api/anything").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'PASSWORD_CHANGED' and actor_name = ?",
                Integer.class, username)).isEqualTo(1);
    }

    @Test
    void changingThePasswordOnThePageClearsTheFlagInTheSession() throws Exception {
        Cookie session = login(INITIAL);
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", INITIAL).param("newPassword", CHOSEN).param("confirmPassword", CHOSEN))
                .andExpect(redirectedUrl("/"));
        assertThat(encoder.matches(CHOSEN, accounts.hashOf(username))).isTrue();
        assertThat(accounts.mustChange(username)).isFalse();
        // the refreshed principal is in the database session: pages are no longer redirected
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("请先设置您自己的密码"))));
        mvc.perform(get("/api/anything").cookie(session)).andExpect(status().isNotFound());
        mvc.perform(formLogin("/login").user(username).password(CHOSEN)).andExpect(redirectedUrl("/"));
    }

    @Test
    void passwordChangeRevokesTheOtherTokens() throws Exception {
        String old = token(INITIAL);
        String current = token(INITIAL);
        mvc.perform(post("/api/account/password").header("Authorization", "Bearer " + current)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + INITIAL + "\",\"newPassword\":\"" + CHOSEN + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + old)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + current)).andExpect(status().isOk());
    }

    @Test
    void wrongCurrentPasswordWeakOrUnchangedNewPasswordIsRefusedAndChangesNothing() throws Exception {
        String token = token(INITIAL);
        String before = accounts.hashOf(username);
        mvc.perform(post("/api/account/password").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"nope\",\"newPassword\":\"" + CHOSEN + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"))
                .andExpect(jsonPath("$.errors[0].message").value("当前密码不正确"));
        mvc.perform(post("/api/account/password").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + INITIAL + "\",\"newPassword\":\"short1A\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("不能少于8位")));
        mvc.perform(post("/api/account/password").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + INITIAL + "\",\"newPassword\":\"" + INITIAL + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("新密码不能与当前密码相同"));
        assertThat(accounts.hashOf(username)).isEqualTo(before);
        assertThat(accounts.mustChange(username)).isTrue();
    }

    @Test
    void pageShowsMismatchedConfirmationInChinese() throws Exception {
        Cookie session = login(INITIAL);
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", INITIAL).param("newPassword", CHOSEN).param("confirmPassword", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("两次输入的新密码不一致")));
        assertThat(accounts.mustChange(username)).isTrue();
    }
}
