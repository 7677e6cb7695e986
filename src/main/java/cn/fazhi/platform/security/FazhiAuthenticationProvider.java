package cn.fazhi.platform.security;

import cn.fazhi.platform.audit.AuditLog;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password check shared by the login page and {@code POST /api/auth/token}: lock-out first (a locked
 * username is refused even with the right password), then the password (a dummy hash is checked for unknown
 * usernames so that timing does not reveal which exist), then the account state. Failures count toward the lock-out
 * whatever the username; success clears the counter.
 */
class FazhiAuthenticationProvider implements AuthenticationProvider {

    private final AccountDirectory directory;
    private final PasswordEncoder encoder;
    private final LoginLockout lockout;
    private final AuditLog audit;
    private final SecurityProperties props;
    private final String dummyHash;

    FazhiAuthenticationProvider(AccountDirectory directory, PasswordEncoder encoder, LoginLockout lockout,
            AuditLog audit, SecurityProperties props) {
        this.directory = directory;
        this.encoder = encoder;
        this.lockout = lockout;
        this.audit = audit;
        this.props = props;
        this.dummyHash = encoder.encode("unknown-user-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (username.isEmpty() || password.isEmpty()) {
            throw new LoginFailedException(LoginFailedException.Reason.BAD_CREDENTIALS, "请输入用户名和密码", false);
        }
        Optional<Duration> locked = lockout.lockedFor(username);
        if (locked.isPresent()) {
            throw new LoginFailedException(LoginFailedException.Reason.ACCOUNT_LOCKED,
                    LoginLockout.lockedMessage(locked.get()), false);
        }
        Optional<FazhiPrincipal> account = directory.loadByUsername(username);
        String hash = account.map(FazhiPrincipal::getPassword).filter(h -> h != null && !h.isBlank()).orElse(dummyHash);
        boolean matches = matches(password, hash) && account.isPresent() && account.get().getPassword() != null;
        if (!matches) {
            LoginLockout.Failure failure = lockout.recordFailure(username);
            if (failure.locked()) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("failedAttempts", failure.failedCount());
                after.put("lockedUntil", failure.lockedUntil().toString());
                audit.recordAs(username, account.map(FazhiPrincipal::userId).orElse(null),
                        account.map(FazhiPrincipal::orgId).orElse(null), clientAddress(authentication),
                        "ACCOUNT_LOCKED", "login_lockout", LoginLockout.key(username), null, after);
                // this wrong password was the last allowed one: the account is locked from now on
                throw new LoginFailedException(LoginFailedException.Reason.ACCOUNT_LOCKED,
                        "用户名或密码错误," + LoginLockout.lockedMessage(props.lockoutDuration()), true);
            }
            throw new LoginFailedException(LoginFailedException.Reason.BAD_CREDENTIALS,
                    "用户名或密码错误,再失败" + failure.remainingAttempts() + "次账号将被锁定" + props.lockoutMinutes() + "分钟",
                    false);
        }
        FazhiPrincipal principal = account.get();
        lockout.reset(username);
        if (!principal.isEnabled()) {
            throw new LoginFailedException(LoginFailedException.Reason.ACCOUNT_DISABLED, "账号已停用,请联系系统管理员", false);
        }
        // the hash never travels further than this check (it is not stored in the session)
        principal.eraseCredentials();
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private boolean matches(String password, String hash) {
        try {
            return encoder.matches(password, hash);
        } catch (IllegalArgumentException unknownEncoding) {
            return false;
        }
    }

    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof LoginDetails d ? d.clientAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
