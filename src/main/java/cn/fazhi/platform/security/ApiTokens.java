package cn.fazhi.platform.security;

import static cn.fazhi.platform.security.LoginLockout.instant;
import static cn.fazhi.platform.security.LoginLockout.odt;

import cn.fazhi.platform.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * API bearer tokens: 256 random bits, shown to the client once, stored only as their SHA-256 hash (a leaked table
 * yields no usable token), with an expiry ({@code fazhi.security.token-ttl}) and revocation. Each use loads the
 * account afresh through the {@link AccountDirectory}, so that role changes apply at once and a disabled account's
 * tokens stop working.
 */
@Component
public class ApiTokens {

    /** Tokens carry a prefix so that secret scanners and people recognise them. */
    static final String PREFIX = "fzt_";
    private static final Pattern FORMAT = Pattern.compile("fzt_[A-Za-z0-9_-]{43}");
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecurityProperties props;
    private final AccountDirectory directory;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcTemplate jdbc, Clock clock, SecurityProperties props, AccountDirectory directory, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.props = props;
        this.directory = directory;
        this.audit = audit;
    }

    /** A newly issued token: {@code token} is the only copy of the secret. */
    public record IssuedToken(UUID id, String token, Instant expiresAt) {
    }

    /** A token as its owner sees it in the list (never the secret). */
    public record TokenInfo(UUID id, Instant createdAt, Instant expiresAt, Instant lastUsedAt, String clientAddress) {
    }

    /** Issues a token to a principal that has just proved its password; audited as {@code TOKEN_ISSUED}. */
    @Transactional
    public IssuedToken issue(FazhiPrincipal principal, String clientAddress) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(props.tokenTtl());
        jdbc.update("""
                insert into api_token (id, token_hash, user_id, username, created_at, expires_at, client_address)
                values (?, ?, ?, ?, ?, ?, ?)""", id, hash(token), principal.userId(), principal.getUsername(),
                odt(now), odt(expiresAt), truncate(clientAddress, 64));
        // the request is not authenticated yet (the token is being issued): name the actor explicitly
        audit.recordAs(principal.getUsername(), principal.userId(), principal.orgId(), clientAddress, "TOKEN_ISSUED",
                "api_token", id.toString(), null, Map.of("expiresAt", expiresAt.toString()));
        return new IssuedToken(id, token, expiresAt);
    }

    /**
     * The authentication for a presented token, or empty when the token is unknown, expired, revoked, or its
     * account is gone or disabled.
     */
    public Optional<ApiTokenAuthentication> authenticate(String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<StoredToken> found = jdbc.query("""
                select id, username, expires_at, revoked_at, last_used_at from api_token where token_hash = ?""",
                (rs, i) -> new StoredToken(rs.getObject("id", UUID.class), rs.getString("username"),
                        instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "last_used_at")),
                hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredToken t = found.get(0);
        if (t.revokedAt() != null || !t.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        Optional<FazhiPrincipal> account = directory.loadByUsername(t.username()).filter(FazhiPrincipal::isEnabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (t.lastUsedAt() == null || !t.lastUsedAt().plus(LAST_USED_RESOLUTION).isAfter(now)) {
            // at most one write a minute per token: a busy client does not turn every read into a write
            jdbc.update("update api_token set last_used_at = ? where id = ?", odt(now), t.id());
        }
        FazhiPrincipal principal = account.get();
        principal.eraseCredentials();
        return Optional.of(new ApiTokenAuthentication(principal, t.id(), t.expiresAt()));
    }

    /**
     * Revokes one of the user's own tokens, audited as {@code TOKEN_REVOKED} by the current user; false when it is
     * not theirs, unknown, or already revoked.
     */
    @Transactional
    public boolean revoke(UUID id, long userId) {
        boolean revoked = jdbc.update(
                "update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null",
                odt(clock.instant()), id, userId) > 0;
        if (revoked) {
            audit.record("TOKEN_REVOKED", "api_token", id.toString(), null, Map.of("userId", userId));
        }
        return revoked;
    }

    /** Revokes every active token of the user except {@code keep} (may be null); returns how many. */
    public int revokeAll(long userId, UUID keep) {
        if (keep == null) {
            return jdbc.update("update api_token set revoked_at = ? where user_id = ? and revoked_at is null",
                    odt(clock.instant()), userId);
        }
        return jdbc.update("update api_token set revoked_at = ? where user_id = ? and revoked_at is null and id <> ?",
                odt(clock.instant()), userId, keep);
    }

    /** The user's tokens that still work, newest first. */
    public List<TokenInfo> active(long userId, int page, int size) {
        return jdbc.query("""
                select id, created_at, expires_at, last_used_at, client_address from api_token
                where user_id = ? and revoked_at is null and expires_at > ?
                order by created_at desc, id limit ? offset ?""",
                (rs, i) -> new TokenInfo(rs.getObject("id", UUID.class), instant(rs, "created_at"),
                        instant(rs, "expires_at"), instant(rs, "last_used_at"), rs.getString("client_address")),
                userId, odt(clock.instant()), size, (long) page * size);
    }

    public long countActive(long userId) {
        Long n = jdbc.queryForObject("""
                select count(*) from api_token where user_id = ? and revoked_at is null and expires_at > ?""",
                Long.class, userId, odt(clock.instant()));
        return n == null ? 0 : n;
    }

    /** Expired and revoked tokens are kept a week (for the owner's list and investigations), then deleted. */
    @Scheduled(cron = "0 23 3 * * *")
    @SchedulerLock(name = "security.apiTokenCleanup")
    public void purgeOld() {
        var cutoff = odt(clock.instant().minus(Duration.ofDays(7)));
        jdbc.update("delete from api_token where expires_at < ? or revoked_at < ?", cutoff, cutoff);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private record StoredToken(UUID id, String username, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
    }
}
