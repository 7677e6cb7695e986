package cn.fazhi.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.ObjectMapper;

/**
 * RFC 9457 problem details written by the security filters of the API chain, in the same shape as the kernel's
 * {@code ApiErrorHandler} (stable {@code code}, Chinese {@code detail}): an API client never gets a redirect to the
 * login page.
 */
final class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:fazhi:problem:" + code.toLowerCase());
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.put("code", code);
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
        response.getWriter().flush();
    }

    /** 401 for an API call without a valid session or token. */
    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"fazhi\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "请先登录或在 Authorization 头中提供有效的访问令牌");
        };
    }

    /** 403 for a refused API call; a missing or wrong CSRF token on a session call says so. */
    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) -> {
            if (e instanceof CsrfException) {
                write(request, response, HttpStatus.FORBIDDEN, "CSRF_INVALID", "请求缺少有效的 CSRF 令牌,请刷新页面后重试");
            } else {
                write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", "没有执行此操作的权限");
            }
        };
    }
}
