package cn.fazhi.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.ObjectMapper;

/** Writes audit records with one INSERT in the caller's transaction; chaining happens later (append-only). */
@Component
class JdbcAuditLog implements AuditLog {

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
        jdbc.update("""
                insert into audit_record (occurred_at, actor_user_id, actor_name, actor_org_id, client_address, action,
                                          entity_type, entity_id, before_json, after_json)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(Instant.now(clock)), actorUserId, actorName, actorOrgId, clientAddress, action,
                entityType, entityId, toJson(before), toJson(after));
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
