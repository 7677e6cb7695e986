package cn.fazhi.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Authentication settings (等保 2.0 三级, 身份鉴别: 登录失败处理、登录连接超时自动退出).
 *
 * @param maxFailedAttempts consecutive failed logins (within {@code lockoutDuration} of the first) that lock the
 *                          username; default 5
 * @param lockoutDuration   how long a locked username stays locked, also the window in which failures add up;
 *                          default 15 minutes
 * @param idleTimeout       idle session timeout; {@code spring.session.timeout} is bound to it in
 *                          application.properties; default 30 minutes
 * @param tokenTtl          lifetime of an API bearer token from {@code POST /api/auth/token}; default 8 hours
 */
@ConfigurationProperties(prefix = "fazhi.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("8h") Duration tokenTtl) {

    public SecurityProperties {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("fazhi.security.max-failed-attempts must be at least 1");
        }
        if (lockoutDuration.isNegative() || lockoutDuration.isZero()) {
            throw new IllegalArgumentException("fazhi.security.lockout-duration must be positive");
        }
        if (tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("fazhi.security.token-ttl must be positive");
        }
    }

    /** The lock-out duration in whole minutes (rounded up) for messages. */
    public long lockoutMinutes() {
        return ceilMinutes(lockoutDuration);
    }

    static long ceilMinutes(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }
}
