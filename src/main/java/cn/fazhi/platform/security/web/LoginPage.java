package cn.fazhi.platform.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Chinese login page; the form posts to Spring Security's {@code POST /login}. */
@Controller
class LoginPage {

    static final String LOGIN_ERROR_ATTRIBUTE = "fazhi.login.error";
    static final String LOGIN_USERNAME_ATTRIBUTE = "fazhi.login.username";

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        HttpSession session = request.getSession(false);
        if (request.getParameter("error") != null) {
            Object message = session == null ? null : session.getAttribute(LOGIN_ERROR_ATTRIBUTE);
            model.addAttribute("error", message != null ? message : "登录失败,请重试");
            if (session != null) {
                model.addAttribute("username", session.getAttribute(LOGIN_USERNAME_ATTRIBUTE));
            }
        }
        if (session != null) {
            // shown once: a reload of /login?error does not repeat an old message
            session.removeAttribute(LOGIN_ERROR_ATTRIBUTE);
            session.removeAttribute(LOGIN_USERNAME_ATTRIBUTE);
        }
        if (request.getParameter("timeout") != null) {
            model.addAttribute("info", "长时间未操作,登录已超时,请重新登录");
        }
        if (request.getParameter("logout") != null) {
            model.addAttribute("info", "您已安全退出");
        }
        return "login";
    }
}
