package cn.fazhi.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account created or reset by an administrator must choose its own password before anything else (等保 2.0 三级
 * 身份鉴别: 口令定期更换, 初始口令首次登录修改). Pages redirect to {@code /account/password}; API calls other than the
 * password change and the token endpoints get 403 {@code PASSWORD_CHANGE_REQUIRED}.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";
    private static final List<String> PAGE_PREFIXES = List.of("/css/", "/js/", "/webjars/", "/error", "/login",
            "/logout", "/favicon.ico", "/actuator/health", "/public/");

    private final ProblemResponses problems;

    PasswordChangeRequiredFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean required = CurrentUser.find().map(FazhiPrincipal::mustChangePassword).orElse(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!required || allowed(request.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED",
                    "首次登录或密码已被管理员重置,请先修改密码(POST /api/account/password)");
        } else if (request.getHeader("HX-Request") != null) {
            // htmx would swap the redirected page into a fragment: ask it to navigate instead
            response.setHeader("HX-Redirect", request.getContextPath() + CHANGE_PAGE);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        }
    }

    static boolean allowed(String method, String path) {
        if (path.startsWith("/api/")) {
            return ("POST".equals(method) && path.equals("/api/account/password"))
                    || path.equals("/api/auth/token") || path.startsWith("/api/auth/tokens");
        }
        if (path.equals(CHANGE_PAGE)) {
            return true;
        }
        return PAGE_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
