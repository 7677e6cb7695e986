package cn.fazhi.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lock-out after repeated failed logins (等保 2.0 三级 身份鉴别 a.2: 应具有登录失败处理功能, 应配置并启用限制非法登录次数).
 * Per username (lower case, so that case variants share one counter), also for usernames that do not exist, so that
 * probing is throttled and the answer never reveals whether an account exists. The {@code max-failed-attempts}-th
 * consecutive failure within {@code lockout-duration} of the first locks the username for {@code lockout-duration};
 * a successful login clears the counter. Times come from the platform {@link Clock}; the counter lives in the
 * database so that every app node sees it.
 */
@Component
public class LoginLockout {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecurityProperties props;

    LoginLockout(JdbcTemplate jdbc, PlatformTransactionManager txManager, Clock clock, SecurityProperties props) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
        this.props = props;
    }

    /** The outcome of a failed attempt: whether it locked the username, and how many attempts remain otherwise. */
    public record Failure(boolean locked, int remainingAttempts, Instant lockedUntil, int failedCount) {
    }

    /** How long the username stays locked, or empty when it may try to log in. */
    public Optional<Duration> lockedFor(String username) {
        Instant now = clock.instant();
        List<Instant> until = jdbc.query("select locked_until from login_lockout where username = ?",
                (rs, i) -> instant(rs, "locked_until"), key(username));
        return until.stream().filter(u -> u != null && u.isAfter(now)).findFirst().map(u -> Duration.between(now, u));
    }

    /** Counts a failed attempt; the row is locked so that concurrent attempts on several nodes count exactly. */
    public Failure recordFailure(String username) {
        String key = key(username);
        try {
            return tx.execute(s -> countFailure(key));
        } catch (DuplicateKeyException raced) {
            // another node inserted the first failure of this username at the same moment: count on its row
            return tx.execute(s -> countFailure(key));
        }
    }

    private Failure countFailure(String key) {
        Instant now = clock.instant();
        List<Row> rows = jdbc.query("""
                select failed_count, window_start, locked_until from login_lockout where username = ? for update""",
                (rs, i) -> new Row(rs.getInt("failed_count"), instant(rs, "window_start"), instant(rs, "locked_until")),
                key);
        int max = props.maxFailedAttempts();
        Duration window = props.lockoutDuration();
        int count;
        Instant windowStart;
        if (rows.isEmpty()) {
            count = 1;
            windowStart = now;
        } else {
            Row row = rows.get(0);
            if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
                // already locked: the attempt does not extend the lock
                return new Failure(true, 0, row.lockedUntil(), row.failedCount());
            }
            boolean fresh = row.lockedUntil() != null || !row.windowStart().plus(window).isAfter(now);
            count = fresh ? 1 : row.failedCount() + 1;
            windowStart = fresh ? now : row.windowStart();
        }
        Instant lockedUntil = count >= max ? now.plus(window) : null;
        if (rows.isEmpty()) {
            jdbc.update("""
                    insert into login_lockout (username, failed_count, window_start, last_failure_at, locked_until)
                    values (?, ?, ?, ?, ?)""", key, count, odt(windowStart), odt(now), odt(lockedUntil));
        } else {
            jdbc.update("""
                    update login_lockout set failed_count = ?, window_start = ?, last_failure_at = ?, locked_until = ?
                    where username = ?""", count, odt(windowStart), odt(now), odt(lockedUntil), key);
        }
        return new Failure(lockedUntil != null, Math.max(0, max - count), lockedUntil, count);
    }

    /** A successful login clears the counter. */
    public void reset(String username) {
        jdbc.update("delete from login_lockout where username = ?", key(username));
    }

    /** Unlocks a username at once (administrator action). */
    public boolean unlock(String username) {
        return jdbc.update("delete from login_lockout where username = ?", key(username)) > 0;
    }

    /** Removes rows whose lock and failure window are over, so that probing with random names does not pile up. */
    @Scheduled(cron = "0 17 * * * *")
    @SchedulerLock(name = "security.loginLockoutCleanup")
    public void purgeStale() {
        OffsetDateTime now = odt(clock.instant());
        OffsetDateTime windowEnd = odt(clock.instant().minus(props.lockoutDuration()));
        jdbc.update("delete from login_lockout where (locked_until is null or locked_until < ?) and window_start < ?",
                now, windowEnd);
    }

    /** The message for a username that is locked now (等保: clear Chinese message). */
    public static String lockedMessage(Duration remaining) {
        return "账号已锁定,请于" + SecurityProperties.ceilMinutes(remaining) + "分钟后再试";
    }

    static String key(String username) {
        String k = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return k.length() > 100 ? k.substring(0, 100) : k;
    }

    static OffsetDateTime odt(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private record Row(int failedCount, Instant windowStart, Instant lockedUntil) {
    }
}
