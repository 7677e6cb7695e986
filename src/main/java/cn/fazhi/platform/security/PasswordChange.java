package cn.fazhi.platform.security;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.kernel.BusinessException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password: the current one must be right, the new one must satisfy the
 * {@link PasswordPolicy} and differ from the current one. Clears the forced-change flag, revokes the user's other
 * API tokens (a changed password ends access obtained with the old one) and audits {@code PASSWORD_CHANGED}.
 */
@Component
public class PasswordChange {

    private final AccountDirectory directory;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final ApiTokens tokens;
    private final AuditLog audit;

    PasswordChange(AccountDirectory directory, PasswordEncoder encoder, PasswordPolicy policy, ApiTokens tokens,
            AuditLog audit) {
        this.directory = directory;
        this.encoder = encoder;
        this.policy = policy;
        this.tokens = tokens;
        this.audit = audit;
    }

    /**
     * Changes the password of {@code user} and returns the refreshed principal (credentials erased).
     *
     * @param keepToken the API token the change was made with, which stays valid; null for a page session
     * @throws BusinessException VALIDATION naming fields {@code currentPassword} and {@code newPassword}
     */
    @Transactional
    public FazhiPrincipal change(FazhiPrincipal user, String currentPassword, String newPassword, UUID keepToken) {
        FazhiPrincipal stored = directory.loadByUsername(user.getUsername())
                .orElseThrow(() -> new BusinessException("UNAUTHENTICATED", "账号不存在或已停用,请重新登录", 401));
        List<BusinessException.FieldError> errors = new ArrayList<>();
        String hash = stored.getPassword();
        boolean currentOk = currentPassword != null && !currentPassword.isEmpty() && hash != null
                && encoder.matches(currentPassword, hash);
        if (!currentOk) {
            errors.add(new BusinessException.FieldError("currentPassword", "当前密码不正确"));
        }
        List<String> violations = policy.violations(stored.getUsername(), newPassword);
        if (!violations.isEmpty()) {
            errors.add(new BusinessException.FieldError("newPassword", String.join(";", violations)));
        } else if (currentOk && encoder.matches(newPassword, hash)) {
            errors.add(new BusinessException.FieldError("newPassword", "新密码不能与当前密码相同"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException("VALIDATION", errors.get(0).message(), 400, errors);
        }
        directory.updatePassword(stored.userId(), encoder.encode(newPassword), false);
        int revoked = tokens.revokeAll(stored.userId(), keepToken);
        // the actor and client address come from the current request: the user changes their own password
        audit.record("PASSWORD_CHANGED", "app_user",
                String.valueOf(stored.userId()), Map.of("mustChangePassword", stored.mustChangePassword()),
                Map.of("mustChangePassword", false, "tokensRevoked", revoked));
        FazhiPrincipal refreshed = directory.loadByUsername(stored.getUsername()).orElse(stored);
        refreshed.eraseCredentials();
        return refreshed;
    }
}
