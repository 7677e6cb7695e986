package cn.fazhi.plan.progress;

import cn.fazhi.plan.ReportingCycle;
import cn.fazhi.plan.TaskStatus;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads tasks (plan_task with its plan and units) for progress reporting and supervision. The plan module's own
 * task domain lives elsewhere; this is the read model these parts need. A task is visible to a user whose data scope
 * covers its lead unit, one of its responsible units, or the plan's issuing organisation.
 */
@Component
public class PlanTaskLookup {

    static final String SELECT = """
            select t.org_id, t.id, t.plan_id, p.title as plan_title, t.number, t.text, t.lead_org_id,
                   lo.name as lead_name, t.deadline, t.deadline_kind, t.deadline_text, t.status, t.completed_on,
                   p.supervisor_org_id, so.name as supervisor_name, p.reporting_cycle, p.period_start_year,
                   p.period_end_year, p.status as plan_status, t.created_at
            from plan_task t
            join plan p on p.org_id = t.org_id and p.id = t.plan_id
            join org_unit lo on lo.id = t.lead_org_id
            join org_unit so on so.id = p.supervisor_org_id
            """;

    private final JdbcTemplate jdbc;

    PlanTaskLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The task regardless of scope (for gates and jobs that already know the caller may act). */
    public Optional<TaskRef> find(UUID taskId) {
        List<TaskRef> list = jdbc.query(SELECT + " where t.id = ?", this::map, taskId);
        return list.isEmpty() ? Optional.empty() : Optional.of(withUnits(list.get(0)));
    }

    /** The task if the user's scope covers it; otherwise "not found". */
    public TaskRef visible(UUID taskId, FazhiPrincipal user) {
        DataScope.SqlCondition c = taskScope(user.scope(), "t");
        List<Object> params = new ArrayList<>();
        params.add(taskId);
        params.addAll(c.params());
        List<TaskRef> list = jdbc.query(SELECT + " where t.id = ? and " + c.sql(), this::map, params.toArray());
        if (list.isEmpty()) {
            throw BusinessException.notFound("任务");
        }
        return withUnits(list.get(0));
    }

    /** Tasks of plans that are issued or in force, with their units (the supervision scan's input). */
    public List<TaskRef> activeTasks() {
        List<TaskRef> tasks = jdbc.query(SELECT + " where p.status in ('ISSUED', 'IN_FORCE') order by t.org_id, t.plan_id, t.number",
                this::map);
        Map<UUID, Map<Long, String>> units = new HashMap<>();
        jdbc.query("""
                select u.plan_task_id, u.unit_org_id, u.role from plan_task_unit u
                join plan_task t on t.org_id = u.plan_task_org_id and t.id = u.plan_task_id
                join plan p on p.org_id = t.org_id and p.id = t.plan_id
                where p.status in ('ISSUED', 'IN_FORCE')""", rs -> {
            units.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getString(3));
        });
        return tasks.stream().map(t -> copy(t, units.getOrDefault(t.id(), Map.of()))).toList();
    }

    /** Tasks of active plans led by a unit (a lead unit's reporting list). */
    public List<TaskRef> ledBy(long orgId) {
        return jdbc.query(SELECT + " where t.lead_org_id = ? and p.status in ('ISSUED', 'IN_FORCE') and t.status <> 'COMPLETED' order by p.title, t.number limit 500",
                this::map, orgId);
    }

    /** Tasks of one plan in number order, when the user's scope covers the plan or the task. */
    public List<TaskRef> planTasks(UUID planId, FazhiPrincipal user) {
        DataScope.SqlCondition c = taskScope(user.scope(), "t");
        List<Object> params = new ArrayList<>();
        params.add(planId);
        params.addAll(c.params());
        return jdbc.query(SELECT + " where t.plan_id = ? and " + c.sql() + " order by t.number", this::map, params.toArray())
                .stream().map(this::withUnits).toList();
    }

    /** A condition on alias {@code t} (plan_task): lead unit, a responsible unit or the plan's organisation in scope. */
    public static DataScope.SqlCondition taskScope(DataScope scope, String t) {
        DataScope.SqlCondition lead = scope.filter(t + ".lead_org_id", null);
        DataScope.SqlCondition planOrg = scope.filter(t + ".org_id", null);
        DataScope.SqlCondition unit = scope.filter("tu.unit_org_id", null);
        List<Object> params = new ArrayList<>(lead.params());
        params.addAll(planOrg.params());
        params.addAll(unit.params());
        return new DataScope.SqlCondition("(" + lead.sql() + " or " + planOrg.sql()
                + " or exists (select 1 from plan_task_unit tu where tu.plan_task_org_id = " + t + ".org_id and tu.plan_task_id = "
                + t + ".id and " + unit.sql() + "))", params);
    }

    /** A plan as the ledger needs it. */
    public record PlanRef(long orgId, UUID id, String title, ReportingCycle cycle, int startYear, int endYear,
            long supervisorOrgId) {
    }

    public Optional<PlanRef> plan(UUID planId) {
        List<PlanRef> l = jdbc.query("select org_id, id, title, reporting_cycle, period_start_year, period_end_year, supervisor_org_id from plan where id = ?",
                (rs, i) -> new PlanRef(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        ReportingCycle.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getLong(7)), planId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** Materialized path of an organisation (for scope checks on one organisation). */
    public String orgPath(long orgId) {
        List<String> l = jdbc.queryForList("select path from org_unit where id = ?", String.class, orgId);
        return l.isEmpty() ? null : l.get(0);
    }

    public String orgName(long orgId) {
        List<String> l = jdbc.queryForList("select name from org_unit where id = ?", String.class, orgId);
        return l.isEmpty() ? "(单位" + orgId + ")" : l.get(0);
    }

    /** True when the user's scope covers the organisation. */
    public boolean covers(FazhiPrincipal user, long orgId) {
        return user.scope().coversOrg(orgId, orgPath(orgId));
    }

    private TaskRef withUnits(TaskRef t) {
        Map<Long, String> units = new LinkedHashMap<>();
        jdbc.query("select unit_org_id, role from plan_task_unit where plan_task_org_id = ? and plan_task_id = ? order by unit_org_id",
                rs -> {
                    units.put(rs.getLong(1), rs.getString(2));
                }, t.orgId(), t.id());
        return copy(t, units);
    }

    private static TaskRef copy(TaskRef t, Map<Long, String> units) {
        return new TaskRef(t.orgId(), t.id(), t.planId(), t.planTitle(), t.number(), t.text(), t.leadOrgId(),
                t.leadOrgName(), t.deadline(), t.deadlineKind(), t.deadlineText(), t.status(), t.completedOn(),
                t.supervisorOrgId(), t.supervisorOrgName(), t.cycle(), t.startYear(), t.endYear(), t.planStatus(),
                t.enteredOn(), Map.copyOf(units));
    }

    private TaskRef map(ResultSet rs, int i) throws SQLException {
        return new TaskRef(rs.getLong("org_id"), rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getString("plan_title"), rs.getInt("number"), rs.getString("text"), rs.getLong("lead_org_id"),
                rs.getString("lead_name"), rs.getObject("deadline", LocalDate.class), rs.getString("deadline_kind"),
                rs.getString("deadline_text"), TaskStatus.valueOf(rs.getString("status")),
                rs.getObject("completed_on", LocalDate.class), rs.getLong("supervisor_org_id"),
                rs.getString("supervisor_name"), ReportingCycle.valueOf(rs.getString("reporting_cycle")),
                rs.getInt("period_start_year"), rs.getInt("period_end_year"), rs.getString("plan_status"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).atZoneSameInstant(cn.fazhi.platform.kernel.TimeConfig.CHINA).toLocalDate(),
                Map.of());
    }
}
