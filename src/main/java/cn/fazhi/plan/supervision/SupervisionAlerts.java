package cn.fazhi.plan.supervision;

import cn.fazhi.plan.progress.PlanTaskLookup;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** supervision_alert rows: what the scan raised, open until their cause goes away. */
@Repository
public class SupervisionAlerts {

    private final JdbcTemplate jdbc;

    SupervisionAlerts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An alert with its task's number and text for display. */
    public record Alert(long orgId, UUID id, AlertKind kind, UUID taskId, String subjectKey, long targetOrgId,
            String targetOrgName, LocalDate dueOn, OffsetDateTime raisedAt, OffsetDateTime resolvedAt, int taskNumber,
            String taskText) {
        public String kindLabel() {
            return kind.label();
        }

        public String taskTitle() {
            String t = taskText == null ? "" : taskText;
            return "第" + taskNumber + "项 " + (t.length() > 40 ? t.substring(0, 40) + "…" : t);
        }
    }

    static final String SELECT = """
            select a.org_id, a.id, a.kind, a.task_id, a.subject_key, a.target_org_id, o.name, a.due_on, a.raised_at,
                   a.resolved_at, t.number, t.text
            from supervision_alert a join plan_task t on t.org_id = a.org_id and t.id = a.task_id
            join org_unit o on o.id = a.target_org_id
            """;

    private Alert map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Alert(rs.getLong(1), rs.getObject(2, UUID.class), AlertKind.valueOf(rs.getString(3)),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getLong(6), rs.getString(7),
                rs.getObject(8, LocalDate.class), rs.getObject(9, OffsetDateTime.class),
                rs.getObject(10, OffsetDateTime.class), rs.getInt(11), rs.getString(12));
    }

    /** Every alert, open or resolved (the scan compares them with what it finds). */
    List<Alert> all() {
        return jdbc.query(SELECT, this::map);
    }

    public List<Alert> forTask(long orgId, UUID taskId) {
        return jdbc.query(SELECT + " where a.org_id = ? and a.task_id = ? order by a.raised_at", this::map, orgId, taskId);
    }

    /** Open alerts whose target unit is the given one. */
    public List<Alert> openForUnit(long unitOrgId) {
        return jdbc.query(SELECT + " where a.target_org_id = ? and a.resolved_at is null order by a.due_on", this::map, unitOrgId);
    }

    /** Open task alerts (due soon, overdue) of tasks on which the unit is a responsible or co-lead unit. */
    public List<Alert> openForInvolvedUnit(long unitOrgId) {
        return jdbc.query(SELECT + """
                 where a.resolved_at is null and a.kind in ('DUE_SOON', 'OVERDUE') and exists (select 1 from plan_task_unit u
                 where u.plan_task_org_id = a.org_id and u.plan_task_id = a.task_id and u.unit_org_id = ?) order by a.due_on""",
                this::map, unitOrgId);
    }

    /** Open (or all) alerts the user may see: target unit or the plan's organisation in scope, optionally by kind. */
    public List<Alert> visible(FazhiPrincipal user, AlertKind kind, boolean openOnly, int limit) {
        return visible(user, kind, openOnly, limit, false);
    }

    /**
     * Alerts within the user's scope; oldest due first, or with {@code newestFirst} the latest due (and, among equal
     * dates, the latest raised) first — what a supervisor's home page shows of a long overdue list.
     */
    public List<Alert> visible(FazhiPrincipal user, AlertKind kind, boolean openOnly, int limit, boolean newestFirst) {
        DataScope.SqlCondition target = user.scope().filter("a.target_org_id", null);
        DataScope.SqlCondition task = PlanTaskLookup.taskScope(user.scope(), "t");
        List<Object> params = new ArrayList<>(target.params());
        params.addAll(task.params());
        StringBuilder sql = new StringBuilder(SELECT).append(" where (").append(target.sql()).append(" or ").append(task.sql()).append(")");
        if (kind != null) {
            sql.append(" and a.kind = ?");
            params.add(kind.name());
        }
        if (openOnly) {
            sql.append(" and a.resolved_at is null");
        }
        sql.append(newestFirst ? " order by a.due_on desc, a.raised_at desc, t.number" : " order by a.due_on, t.number")
                .append(" limit ").append(Math.max(1, Math.min(limit, 2000)));
        return jdbc.query(sql.toString(), this::map, params.toArray());
    }

    /** How many alerts of a kind are within the user's scope. */
    public long countVisible(FazhiPrincipal user, AlertKind kind, boolean openOnly) {
        DataScope.SqlCondition target = user.scope().filter("a.target_org_id", null);
        DataScope.SqlCondition task = PlanTaskLookup.taskScope(user.scope(), "t");
        List<Object> params = new ArrayList<>(target.params());
        params.addAll(task.params());
        StringBuilder sql = new StringBuilder("""
                select count(*) from supervision_alert a join plan_task t on t.org_id = a.org_id and t.id = a.task_id
                where (""").append(target.sql()).append(" or ").append(task.sql()).append(")");
        if (kind != null) {
            sql.append(" and a.kind = ?");
            params.add(kind.name());
        }
        if (openOnly) {
            sql.append(" and a.resolved_at is null");
        }
        Long n = jdbc.queryForObject(sql.toString(), Long.class, params.toArray());
        return n == null ? 0 : n;
    }

    void insert(long orgId, UUID id, AlertKind kind, UUID taskId, String subjectKey, long targetOrgId, LocalDate dueOn,
            OffsetDateTime now) {
        jdbc.update("""
                insert into supervision_alert (org_id, id, kind, task_id, subject_key, target_org_id, due_on, raised_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0)""", orgId, id, kind.name(), taskId, subjectKey, targetOrgId, dueOn, now);
    }

    void reopen(long orgId, UUID id, long targetOrgId, LocalDate dueOn, OffsetDateTime now) {
        jdbc.update("update supervision_alert set resolved_at = null, raised_at = ?, target_org_id = ?, due_on = ?, version = version + 1 where org_id = ? and id = ?",
                now, targetOrgId, dueOn, orgId, id);
    }

    void refresh(long orgId, UUID id, long targetOrgId, LocalDate dueOn) {
        jdbc.update("update supervision_alert set target_org_id = ?, due_on = ?, version = version + 1 where org_id = ? and id = ?",
                targetOrgId, dueOn, orgId, id);
    }

    void resolve(long orgId, UUID id, OffsetDateTime now) {
        jdbc.update("update supervision_alert set resolved_at = ?, version = version + 1 where org_id = ? and id = ? and resolved_at is null",
                now, orgId, id);
    }
}
