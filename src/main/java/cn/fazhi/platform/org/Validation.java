package cn.fazhi.platform.org;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.ArrayList;
import java.util.List;

/** Collects field errors so that a form reports every problem at once; {@link #throwIfAny()} rejects the change. */
final class Validation {

    private final List<BusinessException.FieldError> errors = new ArrayList<>();

    Validation reject(String field, String message) {
        errors.add(new BusinessException.FieldError(field, message));
        return this;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            String message = String.join(";", errors.stream().map(BusinessException.FieldError::message).toList());
            throw new BusinessException("VALIDATION", message, 400, errors);
        }
    }
}
