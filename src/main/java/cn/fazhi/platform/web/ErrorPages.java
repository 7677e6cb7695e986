package cn.fazhi.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Replaces Boot's error controller for every error that reaches the servlet container's error page ({@code /error}):
 * an unmapped address, an error response sent by a filter (security), an exception no handler caught.
 * <ul>
 *   <li>{@code /api/**} and clients that do not accept HTML get RFC 9457 problem JSON with a stable {@code code} and a
 *       Chinese {@code detail} — the same shape as {@code ApiErrorHandler}.</li>
 *   <li>Browsers get the Chinese page {@code templates/error/<status>.html} (400, 403, 404, 500) or {@code error.html}.</li>
 * </ul>
 * Neither ever contains the exception, its message or a stack trace (等保 2.0: 不泄露系统内部信息); the exception is
 * in the server log.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @RequestMapping
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String path = originalPath(request);
        if (status.is5xxServerError()) {
            log.warn("Error page {} for {} {}", status.value(), request.getMethod(), path);
        }
        Text text = text(status);
        if (wantsJson(request, path)) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, text.detail());
            pd.setTitle(status.getReasonPhrase());
            pd.setType(URI.create("urn:fazhi:problem:" + text.code().toLowerCase(Locale.ROOT)));
            pd.setInstance(URI.create(path));
            pd.setProperty("code", text.code());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
        }
        ModelAndView mav = new ModelAndView(view(status), status);
        mav.addObject("status", status.value());
        mav.addObject("errorTitle", text.title());
        mav.addObject("message", text.detail());
        mav.addObject("path", path);
        return mav;
    }

    static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer i) {
            HttpStatus s = HttpStatus.resolve(i);
            if (s != null && s.isError()) {
                return s;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s && !s.isBlank() ? s : request.getRequestURI();
        try {
            return URI.create(path).getPath();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    static boolean wantsJson(HttpServletRequest request, String path) {
        String apiPrefix = request.getContextPath() + "/api/";
        if (path.startsWith(apiPrefix) || path.equals(request.getContextPath() + "/api")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return false;
        }
        boolean html = accept.contains("text/html") || accept.contains("application/xhtml+xml");
        boolean json = accept.contains("json");
        return json && !html;
    }

    private static String view(HttpStatus status) {
        return switch (status.value()) {
            case 400, 403, 404 -> "error/" + status.value();
            default -> status.is5xxServerError() ? "error/500" : "error";
        };
    }

    /** Chinese texts per status; none repeats anything from the request or the exception. */
    static Text text(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> new Text("BAD_REQUEST", "请求有误", "提交的请求格式不正确,请检查后重试。");
            case 401 -> new Text("UNAUTHENTICATED", "请先登录", "您尚未登录或登录已过期,请重新登录。");
            case 403 -> new Text("FORBIDDEN", "没有访问权限", "您没有访问此页面或执行此操作的权限。如需开通,请联系本单位系统管理员。");
            case 404 -> new Text("NOT_FOUND", "页面不存在", "您访问的页面或记录不存在,或不在您的查看范围内。");
            case 405 -> new Text("METHOD_NOT_ALLOWED", "不支持的请求方式", "该地址不支持此请求方式。");
            case 408 -> new Text("TIMEOUT", "请求超时", "请求处理超时,请稍后重试。");
            case 413 -> new Text("FILE_TOO_LARGE", "内容过大", "上传文件或提交内容超过大小限制。");
            case 415 -> new Text("UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型", "不支持提交的内容类型。");
            case 429 -> new Text("TOO_MANY_REQUESTS", "请求过于频繁", "请求过于频繁,请稍后再试。");
            case 503 -> new Text("UNAVAILABLE", "服务暂不可用", "系统正在维护或暂时繁忙,请稍后重试。");
            default -> status.is5xxServerError()
                    ? new Text("INTERNAL_ERROR", "系统内部错误", "系统处理请求时出错,请稍后重试;如问题持续出现,请联系系统管理员。")
                    : new Text(status.name(), "请求未能完成", "请求未能完成,请返回首页后重试。");
        };
    }

    record Text(String code, String title, String detail) {
    }
}
