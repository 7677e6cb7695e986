package cn.fazhi.platform.security;

import cn.fazhi.platform.audit.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes logins, failed logins and logouts to the audit trail (等保 2.0 三级 安全审计: 审计覆盖到每个用户, 对重要的用户行为
 * 进行审计) from Spring Security's authentication events. Password logins (page and API) publish through the
 * {@code ProviderManager} built in {@link SecurityConfig}; bearer-token requests are not logins and are not recorded
 * one by one (issuing and revoking a token are).
 */
@Component
class AuthenticationAuditListener {

    private final AuditLog audit;

    AuthenticationAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (auth.getPrincipal() instanceof FazhiPrincipal p) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("channel", channel(auth));
            audit.recordAs(p.getUsername(), p.userId(), p.orgId(), address(auth), "LOGIN", "app_user",
                    String.valueOf(p.userId()), null, after);
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String username = auth.getName() == null ? "" : auth.getName().trim();
        if (username.length() > 100) {
            username = username.substring(0, 100);
        }
        String reason = event.getException() instanceof LoginFailedException e
                ? (e.lockedNow() ? LoginFailedException.Reason.BAD_CREDENTIALS.name() : e.reason().name())
                : event.getException().getClass().getSimpleName();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", username);
        after.put("reason", reason);
        after.put("channel", channel(auth));
        // actor = the attempted username: the audit shows who was being tried, known or not
        audit.recordAs(username, null, null, address(auth), "LOGIN_FAILED", "app_user", null, null, after);
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FazhiPrincipal p) {
            audit.recordAs(p.getUsername(), p.userId(), p.orgId(), address(auth), "LOGOUT", "app_user",
                    String.valueOf(p.userId()), null, null);
        }
    }

    private static String channel(Authentication auth) {
        return auth.getDetails() instanceof LoginDetails d ? d.channel() : LoginDetails.FORM;
    }

    private static String address(Authentication auth) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return attrs.getRequest().getRemoteAddr();
        }
        return auth.getDetails() instanceof LoginDetails d ? d.clientAddress() : null;
    }
}
