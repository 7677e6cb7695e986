package cn.fazhi.platform.org.web;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;

/** Puts a refused change's Chinese messages into the model, by field, so the form shows them inline. */
final class FormErrors {

    private FormErrors() {
    }

    /** Adds {@code errors} (field → message) and {@code error} (the whole message) to the model. */
    static void addTo(Model model, BusinessException e) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (BusinessException.FieldError f : e.fieldErrors()) {
            byField.merge(f.field(), f.message(), (a, b) -> a + ";" + b);
        }
        model.addAttribute("errors", byField);
        model.addAttribute("error", e.getMessage());
    }

    /** Rethrows what a page shows as an error page (not found, forbidden) instead of an inline form message. */
    static void rethrowIfNotInline(BusinessException e) {
        if (e.status() == 404 || e.status() == 403 || e.status() == 401) {
            throw e;
        }
    }
}
