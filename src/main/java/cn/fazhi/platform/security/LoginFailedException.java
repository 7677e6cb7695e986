package cn.fazhi.platform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A refused login with its reason and the Chinese message the user sees (the same on the login page and from
 * {@code POST /api/auth/token}). Unknown usernames and wrong passwords share one reason and one wording, so that the
 * answer never reveals whether an account exists.
 */
public class LoginFailedException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    /** Why a login was refused; the name is the stable code of the API and of the audit record. */
    public enum Reason {
        BAD_CREDENTIALS(401),
        ACCOUNT_LOCKED(423),
        ACCOUNT_DISABLED(401);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        /** The HTTP status of {@code POST /api/auth/token} for this reason. */
        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final boolean lockedNow;

    public LoginFailedException(Reason reason, String message, boolean lockedNow) {
        super(message);
        this.reason = reason;
        this.lockedNow = lockedNow;
    }

    public Reason reason() {
        return reason;
    }

    /** True when this very attempt locked the account (the wrong password was the last allowed one). */
    public boolean lockedNow() {
        return lockedNow;
    }
}
