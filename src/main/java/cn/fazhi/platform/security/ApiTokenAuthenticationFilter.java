package cn.fazhi.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer …} on the API chain. A presented token decides alone: when it is not
 * valid the call gets 401 even if a session cookie came along. The authentication is for this request only (nothing
 * is written to a session).
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ProblemResponses problems;

    ApiTokenAuthenticationFilter(ApiTokens tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).trim();
        Optional<ApiTokenAuthentication> auth = tokens.authenticate(token);
        if (auth.isEmpty()) {
            SecurityContextHolder.clearContext();
            response.setHeader("WWW-Authenticate", "Bearer realm=\"fazhi\", error=\"invalid_token\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                    "访问令牌无效、已过期或已被撤销,请重新获取令牌");
            return;
        }
        auth.get().setDetails(new LoginDetails(request.getRemoteAddr(), LoginDetails.API));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth.get());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
