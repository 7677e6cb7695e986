package cn.fazhi.platform.kernel;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A {@link BusinessException} thrown by a page controller shows the Chinese error page with the status it names
 * (never a stack trace). Other errors reach Boot's error view, which renders {@code templates/error/*.html}.
 */
@ControllerAdvice(annotations = Controller.class)
public class PageErrorHandler {

    @ExceptionHandler(BusinessException.class)
    String business(BusinessException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("status", e.status());
        model.addAttribute("message", e.getMessage());
        model.addAttribute("code", e.code());
        int s = e.status();
        return (s == 403 || s == 404 || s == 400) ? "error/" + s : "error/500";
    }
}
