package cn.fazhi.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.security.SecurityIntegrationTest;
import cn.fazhi.platform.security.SecurityTestSupport.InMemoryAccountDirectory;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Cost of bearer-token authentication per API call (hash, token lookup, account reload, last-used bookkeeping):
 * {@code GET /api/auth/tokens} with {@code Authorization: Bearer} against the same call with the principal already
 * in the security context (what a page session gives).
 */
@Tag("bench")
@SecurityIntegrationTest
class ApiTokenBench {

    private static final int WARMUP = 300;
    private static final int CALLS = 2000;

    @Autowired MockMvc mvc;
    @Autowired InMemoryAccountDirectory accounts;

    @Test
    void bearerAuthenticationOverheadPerCall() throws Exception {
        String password = "Bench#2024pw";
        String username = accounts.create("bench", password, false);
        String token = JsonPath.read(mvc.perform(post("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.token");
        FazhiPrincipal principal = accounts.loadByUsername(username).orElseThrow();
        principal.eraseCredentials();
        var preAuthenticated = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());

        RequestBuilder bearer = get("/api/auth/tokens").header("Authorization", "Bearer " + token);
        RequestBuilder session = get("/api/auth/tokens").with(authentication(preAuthenticated));
        run(bearer, WARMUP);
        run(session, WARMUP);
        double bearerMicros = run(bearer, CALLS);
        double sessionMicros = run(session, CALLS);
        Bench.report("security.api.bearer_call", bearerMicros, sessionMicros, "µs/call");
    }

    private double run(RequestBuilder request, int n) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            mvc.perform(request).andExpect(status().isOk());
        }
        return (System.nanoTime() - start) / 1000.0 / n;
    }
}
