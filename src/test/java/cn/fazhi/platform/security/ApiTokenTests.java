package cn.fazhi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.security.SecurityTestSupport.InMemoryAccountDirectory;
import cn.fazhi.platform.security.SecurityTestSupport.MutableClock;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SecurityIntegrationTest
class ApiTokenTests {

    static final String PASSWORD = "Token#Pass2024";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired InMemoryAccountDirectory accounts;
    @Autowired MutableClock clock;

    String username;

    @BeforeEach
    void setUp() {
        clock.reset();
        username = accounts.create("api", PASSWORD, false);
    }

    ResultActions requestToken(String user, String password) throws Exception {
        return mvc.perform(post("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"));
    }

    String issue() throws Exception {
        String body = requestToken(username, PASSWORD).andExpect(status().isOk())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    @Test
    void issuedTokenAuthenticatesApiCallsAndIsAudited() throws Exception {
        String body = requestToken(username, PASSWORD).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String token = JsonPath.read(body, "$.token");
        Instant expiresAt = Instant.parse(JsonPath.read(body, "$.expiresAt"));
        assertThat(Duration.between(clock.instant(), expiresAt)).isEqualTo(Duration.ofHours(8));

        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").exists());
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'TOKEN_ISSUED' and actor_name = ?",
                Integer.class, username)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_record where action = 'LOGIN' and actor_name = ? and after_json like '%api%'",
                Integer.class, username)).isEqualTo(1);
    }

    @Test
    void tokenIsStoredOnlyAsItsSha256Hash() throws Exception {
        String token = issue();
        List<String> stored = jdbc.queryForList("select token_hash from api_token where username = ?", String.class,
                username);
        assertThat(stored).containsExactly(ApiTokens.hash(token));
        assertThat(stored.get(0)).hasSize(64).doesNotContain(token.substring(4));
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or client_address = ?",
                Integer.class, token, token)).isZero();
    }

    @Test
    void tokenExpiresAfterTheConfiguredLifetime() throws Exception {
        String token = issue();
        clock.advance(Duration.ofHours(8).minusMinutes(1));
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(2));
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
                .andExpect(jsonPath("$.detail").value(containsString("令牌")));
    }

    @Test
    void presentedTokenCanBeRevoked() throws Exception {
        String token = issue();
        mvc.perform(delete("/api/auth/token").header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'TOKEN_REVOKED' and actor_name = ?",
                Integer.class, username)).isEqualTo(1);
    }

    @Test
    void ownTokenCanBeRevokedByIdButNotSomeoneElses() throws Exception {
        String first = issue();
        String second = issue();
        String listing = mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + first))
                .andExpect(jsonPath("$.total").value(2)).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(listing, "$.items[*].id");
        String firstId = jdbc.queryForObject("select id from api_token where token_hash = ?", Object.class,
                ApiTokens.hash(first)).toString();
        assertThat(ids).contains(firstId);

        String other = accounts.create("other", PASSWORD, false);
        String otherToken = JsonPath.read(requestToken(other, PASSWORD).andReturn().getResponse().getContentAsString(),
                "$.token");
        mvc.perform(delete("/api/auth/tokens/" + firstId).header("Authorization", "Bearer " + otherToken))
                .andExpect(status().isNotFound());

        mvc.perform(delete("/api/auth/tokens/" + firstId).header("Authorization", "Bearer " + second))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + second))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + first))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unknownOrMalformedTokenGets401() throws Exception {
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer fzt_" + "A".repeat(43)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer nonsense"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    @Test
    void disabledAccountsTokensStopWorking() throws Exception {
        String token = issue();
        accounts.disable(username);
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiWithoutAuthenticationGets401ProblemJsonNotARedirect() throws Exception {
        mvc.perform(get("/api/auth/tokens"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
                .andExpect(jsonPath("$.detail").value(containsString("请先登录")));
        mvc.perform(post("/api/anything").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void wrongPasswordGets401WithRemainingAttemptsAndTheFifthLocks() throws Exception {
        for (int i = 1; i <= 4; i++) {
            requestToken(username, "wrong" + i)
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"))
                    .andExpect(jsonPath("$.detail").value("用户名或密码错误,再失败" + (5 - i) + "次账号将被锁定15分钟"));
        }
        requestToken(username, "wrong5").andExpect(status().isLocked())
                .andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"));
        requestToken(username, PASSWORD)
                .andExpect(status().isLocked())
                .andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"))
                .andExpect(jsonPath("$.detail").value("账号已锁定,请于15分钟后再试"));
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        requestToken(username, PASSWORD).andExpect(status().isOk());
    }

    @Test
    void formAndApiShareOneLockOutCounter() throws Exception {
        for (int i = 1; i <= 3; i++) {
            mvc.perform(formLogin("/login").user(username).password("wrong" + i));
        }
        requestToken(username, "wrong4").andExpect(jsonPath("$.detail").value(containsString("再失败1次")));
    }

    @Test
    void sessionAuthenticatedApiCallsNeedCsrfButBearerCallsDoNot() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        // reading with the page session works (htmx)
        mvc.perform(get("/api/auth/tokens").cookie(session)).andExpect(status().isOk());
        // a state change with the session but without the CSRF token is refused
        mvc.perform(post("/api/account/password").cookie(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"x\",\"newPassword\":\"y\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("CSRF_INVALID"));
        mvc.perform(post("/api/account/password").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"x\",\"newPassword\":\"y\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION"));
        // a bearer call needs no CSRF token
        String token = issue();
        mvc.perform(delete("/api/auth/token").header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
    }

    @Test
    void lastUsedIsRecordedAtMostOnceAMinute() throws Exception {
        String token = issue();
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        Object first = jdbc.queryForObject("select last_used_at from api_token where token_hash = ?", Object.class,
                ApiTokens.hash(token));
        assertThat(first).isNotNull();
        clock.advance(Duration.ofSeconds(30));
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select last_used_at from api_token where token_hash = ?", Object.class,
                ApiTokens.hash(token))).isEqualTo(first);
        clock.advance(Duration.ofSeconds(31));
        mvc.perform(get("/api/auth/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select last_used_at from api_token where token_hash = ?", Object.class,
                ApiTokens.hash(token))).isNotEqualTo(first);
    }

    @Test
    void tokenRequestWithoutCredentialsIsAValidationError() throws Exception {
        mvc.perform(post("/api/auth/token").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(content().string(containsString("请输入")));
    }
}
