package cn.fazhi.platform.security.web;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.security.PasswordPolicy;
import cn.fazhi.platform.security.PasswordChange;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's password page (also where a forced password change lands). */
@Controller
@RequestMapping("/account")
class AccountPages {

    private final PasswordChange passwordChange;

    AccountPages(PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
    }

    @GetMapping("/password")
    String form(Model model, @RequestParam(required = false) String changed) {
        FazhiPrincipal user = CurrentUser.get();
        model.addAttribute("forced", user.mustChangePassword());
        model.addAttribute("changed", changed != null);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("errors", Map.of());
        return "account/password";
    }

    @PostMapping("/password")
    String change(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        FazhiPrincipal user = CurrentUser.get();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!newPassword.equals(confirmPassword)) {
            errors.put("confirmPassword", "两次输入的新密码不一致");
        } else {
            try {
                FazhiPrincipal refreshed = passwordChange.change(user, currentPassword, newPassword, null);
                SessionPrincipal.replace(refreshed, request, response);
                return user.mustChangePassword() ? "redirect:/" : "redirect:/account/password?changed";
            } catch (BusinessException e) {
                e.fieldErrors().forEach(f -> errors.put(f.field(), f.message()));
                if (errors.isEmpty()) {
                    errors.put("currentPassword", e.getMessage());
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("forced", user.mustChangePassword());
        model.addAttribute("changed", false);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("errors", errors);
        return "account/password";
    }
}
