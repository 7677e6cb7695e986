package cn.fazhi.platform.kernel;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the HTTP API ({@code /api/**}) as RFC 9457 problem details: a stable {@code code}, a Chinese
 * {@code detail}, and for validation an {@code errors} list naming each field. Pages use {@link PageErrorHandler}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<ProblemDetail> business(BusinessException e, HttpServletRequest request) {
        return problem(HttpStatus.valueOf(e.status()), e.code(), e.getMessage(), e.fieldErrors(), request);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> binding(BindException e, HttpServletRequest request) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        e.getFieldErrors().forEach(f -> errors.add(new BusinessException.FieldError(f.getField(),
                f.isBindingFailure() ? "格式不正确: " + f.getRejectedValue() : f.getDefaultMessage())));
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION", "提交的数据不符合要求", errors, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String message = "参数 " + e.getName() + " 的值“" + e.getValue() + "”格式不正确";
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION", message,
                List.of(new BusinessException.FieldError(e.getName(), message)), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        String message = "缺少参数 " + e.getParameterName();
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION", message,
                List.of(new BusinessException.FieldError(e.getParameterName(), message)), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "请求内容无法解析,请检查 JSON 格式与字段类型", List.of(), request);
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class})
    ResponseEntity<ProblemDetail> tooLarge(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE", "上传文件超过大小限制", List.of(), request);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_UPLOAD", "上传内容无法读取", List.of(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型: " + e.getContentType(), List.of(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持的请求方法: " + e.getMethod(), List.of(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "请求的地址不存在", List.of(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "没有执行此操作的权限", List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "系统内部错误,请稍后重试或联系管理员", List.of(), request);
    }

    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail,
            List<BusinessException.FieldError> errors, HttpServletRequest request) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(status.getReasonPhrase());
        pd.setType(URI.create("urn:fazhi:problem:" + code.toLowerCase()));
        pd.setInstance(URI.create(request.getRequestURI()));
        pd.setProperty("code", code);
        if (!errors.isEmpty()) {
            pd.setProperty("errors", errors.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        }
        return ResponseEntity.status(status).body(pd);
    }
}
