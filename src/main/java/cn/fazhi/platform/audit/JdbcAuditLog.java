package cn.fazhi.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes audit records with one INSERT in the caller's transaction; chaining happens later in
 * {@link AuditChainSealer} (append-only: no read of the previous hash, no lock, so audited writes do not serialise).
 * Outside a transaction the INSERT commits on its own (auto-commit), which is what logins and jobs need.
 */
@Component
class JdbcAuditLog implements AuditLog {

    private static final String INSERT = """
            insert into audit_record (occurred_at, actor_user_id, actor_name, actor_org_id, client_address, action,
                                      entity_type, entity_id, before_json, after_json)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    JdbcAuditLog(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void record(String action, String entityType, String entityId, Object before, Object after) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        AuditActor actor = auth != null && auth.getPrincipal() instanceof AuditActor a ? a : null;
        String name = actor != null ? actor.actorName() : (auth != null ? auth.getName() : "system");
        recordAs(name, actor != null ? actor.actorUserId() : null, actor != null ? actor.actorOrgId() : null,
                currentClientAddress(), action, entityType, entityId, before, after);
    }

    @Override
    public void recordAs(String actorName, Long actorUserId, Long actorOrgId, String clientAddress, String action,
            String entityType, String entityId, Object before, Object after) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("audit action is required");
        }
        // Microseconds: what both databases store, so the sealed hash covers exactly the stored instant.
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        String name = clip(actorName, 100);
        String address = clip(clientAddress, 64);
        // Explicit SQL types: an untyped null makes Spring ask the driver for parameter metadata (a round trip).
        jdbc.update(INSERT, (PreparedStatement ps) -> {
            ps.setObject(1, at);
            setLong(ps, 2, actorUserId);
            setString(ps, 3, name);
            setLong(ps, 4, actorOrgId);
            setString(ps, 5, address);
            ps.setString(6, action);
            setString(ps, 7, entityType);
            setString(ps, 8, entityId);
            setString(ps, 9, beforeJson);
            setString(ps, 10, afterJson);
        });
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static void setString(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        return json.writeValueAsString(value);
    }

    /** The client address of the current HTTP request, or null outside a request. */
    static String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
