package cn.fazhi.platform.audit;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.kernel.TimeConfig;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads audit records for the viewer. Read-only on purpose: the module has no update or delete of audit content and
 * no purge (等保 2.0: 审计记录留存不少于六个月). Audit readers see every organisation's records: reviewing the audit trail
 * is a security function, so {@code audit:read} is not narrowed by the reader's data scope.
 */
@Component
public class AuditRecords {

    public static final int MAX_PAGE_SIZE = 200;

    private final JdbcTemplate jdbc;

    AuditRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of records, newest first. */
    public record Page(List<AuditRecord> items, int page, int size, boolean hasNext) {
    }

    /**
     * Records matching the query, newest first; {@code page} counts from 0. No total count: on an audit table of
     * millions of rows a count(*) per page view would cost more than the page itself.
     */
    public Page search(AuditQuery q, int page, int size) {
        if (page < 0) {
            throw BusinessException.invalid("page", "页码不能小于 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw BusinessException.invalid("size", "每页条数须在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
            throw BusinessException.invalid("from", "开始日期不能晚于结束日期");
        }
        StringBuilder sql = new StringBuilder("select " + AuditHashing.COLUMNS + " from audit_record where 1=1");
        List<Object> params = new ArrayList<>();
        if (q.actor() != null) {
            sql.append(" and actor_name = ?");
            params.add(q.actor());
        }
        if (q.orgId() != null) {
            sql.append(" and actor_org_id = ?");
            params.add(q.orgId());
        }
        if (q.entityType() != null) {
            sql.append(" and entity_type = ?");
            params.add(q.entityType());
        }
        if (q.entityId() != null) {
            sql.append(" and entity_id = ?");
            params.add(q.entityId());
        }
        if (q.action() != null) {
            sql.append(" and action = ?");
            params.add(q.action());
        }
        if (q.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(q.from().atStartOfDay(TimeConfig.CHINA).toOffsetDateTime());
        }
        if (q.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(q.to().plusDays(1).atStartOfDay(TimeConfig.CHINA).toOffsetDateTime());
        }
        sql.append(" order by id desc limit ? offset ?");
        params.add(size + 1);
        params.add((long) page * size);
        List<AuditRecord> rows = jdbc.query(sql.toString(), AuditHashing::map, params.toArray());
        boolean hasNext = rows.size() > size;
        return new Page(hasNext ? rows.subList(0, size) : rows, page, size, hasNext);
    }

    /** Actions the platform records, offered as suggestions in the viewer (the filter accepts any text). */
    public static final List<String> KNOWN_ACTIONS = List.of("CREATE", "UPDATE", "DELETE", "TRANSITION", "LOGIN",
            "LOGOUT", "LOGIN_FAILED", "PERMISSION_CHANGE", "AUDIT_VERIFY");
}
