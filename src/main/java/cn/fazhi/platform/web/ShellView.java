package cn.fazhi.platform.web;

import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the layout shows about the signed-in user, as {@code ${@shell.displayName()}} in templates. A bean instead of
 * {@code #authentication.principal.x} so that the layout also renders for error pages and for principals that are not
 * a {@link FazhiPrincipal} (e.g. during tests), instead of failing inside the template.
 */
@Component("shell")
public class ShellView {

    public boolean signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !"anonymousUser".equals(a.getPrincipal());
    }

    public String displayName() {
        return CurrentUser.find().map(FazhiPrincipal::displayName).orElseGet(this::name);
    }

    public String orgName() {
        return CurrentUser.find().map(FazhiPrincipal::orgName).orElse("");
    }

    /** True when the current request's path is {@code prefix} or below it (highlights the menu entry). */
    public boolean active(String prefix) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
            return false;
        }
        HttpServletRequest request = attrs.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("/".equals(prefix)) {
            return "/".equals(path) || path.isEmpty();
        }
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private String name() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null ? "" : a.getName();
    }
}
