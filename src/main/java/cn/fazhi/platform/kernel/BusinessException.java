package cn.fazhi.platform.kernel;

import java.util.List;

/**
 * A refusal the user must read: a stable machine {@code code}, a Chinese message, the HTTP status it maps to and,
 * for validation, the offending fields. Thrown by domain and application code; turned into an RFC 9457 problem
 * detail for the API and into a Chinese error page for the web.
 */
public class BusinessException extends RuntimeException {

    private final String code;
    private final int status;
    private final List<FieldError> fieldErrors;

    public BusinessException(String code, String message) {
        this(code, message, 400, List.of());
    }

    public BusinessException(String code, String message, int status) {
        this(code, message, status, List.of());
    }

    public BusinessException(String code, String message, int status, List<FieldError> fieldErrors) {
        super(message);
        this.code = code;
        this.status = status;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static BusinessException notFound(String what) {
        return new BusinessException("NOT_FOUND", what + "不存在或无权访问", 404);
    }

    public static BusinessException forbidden(String message) {
        return new BusinessException("FORBIDDEN", message, 403);
    }

    public static BusinessException invalid(String field, String message) {
        return new BusinessException("VALIDATION", message, 400, List.of(new FieldError(field, message)));
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** One invalid field: its name as the client sent it and the Chinese reason. */
    public record FieldError(String field, String message) {
    }
}
