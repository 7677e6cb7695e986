package cn.fazhi.plan;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.PageResult;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.io.InputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and their tasks: reads within the user's data scope ({@link PlanScope}; out of scope is "not found"), status
 * transitions, the answering lead unit, work plans and milestones, annual key work points and derived plans. Every
 * change is audited in its own transaction.
 */
@Service
public class Plans {

    static final String PLAN_COLUMNS = """
            p.org_id, p.id, p.title, p.doc_number, p.period_start_year, p.period_end_year, p.status, p.reporting_cycle,
            p.supervisor_org_id, p.source_sha256, p.source_attachment_id, p.parent_plan_org_id, p.parent_plan_id,
            p.published, p.created_by, p.created_at, p.version""";

    static final String TASK_SELECT = """
            select t.org_id, t.id, t.plan_id, p.title as plan_title, t.number, sa.title as area_title,
                   ss.title as sub_area_title, t.text, t.lead_org_id, lo.name as lead_name, t.lead_unit_text, t.deadline,
                   t.deadline_kind, t.deadline_text, t.status, t.completed_on, t.work_plan_attachment_id,
                   t.parent_task_org_id, t.parent_task_id, t.version
            from plan_task t
            join plan p on p.org_id = t.org_id and p.id = t.plan_id
            left join plan_section sa on sa.plan_org_id = t.org_id and sa.plan_id = t.plan_id and sa.section_no = t.area_section_no
            left join plan_section ss on ss.plan_org_id = t.org_id and ss.plan_id = t.plan_id and ss.section_no = t.sub_area_section_no
            left join org_unit lo on lo.id = t.lead_org_id
            """;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Attachments attachments;
    private final PlanStore store;
    private final Clock clock;

    Plans(JdbcTemplate jdbc, AuditLog audit, Attachments attachments, PlanStore store, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.attachments = attachments;
        this.store = store;
        this.clock = clock;
    }

    // ---- mapping -----------------------------------------------------------------------------------------------

    static Plan mapPlan(ResultSet rs, int row) throws SQLException {
        long parentOrg = rs.getLong("parent_plan_org_id");
        Long parentPlanOrgId = rs.wasNull() ? null : parentOrg;
        Timestamp created = rs.getTimestamp("created_at");
        return new Plan(rs.getLong("org_id"), rs.getObject("id", UUID.class), rs.getString("title"),
                rs.getString("doc_number"), rs.getInt("period_start_year"), rs.getInt("period_end_year"),
                PlanStatus.valueOf(rs.getString("status")), ReportingCycle.valueOf(rs.getString("reporting_cycle")),
                rs.getLong("supervisor_org_id"), rs.getString("source_sha256"),
                rs.getObject("source_attachment_id", UUID.class), parentPlanOrgId,
                rs.getObject("parent_plan_id", UUID.class), rs.getBoolean("published"), rs.getLong("created_by"),
                created == null ? null : OffsetDateTime.ofInstant(created.toInstant(), java.time.ZoneId.of("Asia/Shanghai")),
                rs.getInt("version"));
    }

    static PlanTask mapTask(ResultSet rs, int row) throws SQLException {
        long parentOrg = rs.getLong("parent_task_org_id");
        Long parentTaskOrgId = rs.wasNull() ? null : parentOrg;
        Date deadline = rs.getDate("deadline");
        Date completed = rs.getDate("completed_on");
        return new PlanTask(rs.getLong("org_id"), rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getString("plan_title"), rs.getInt("number"), rs.getString("area_title"),
                rs.getString("sub_area_title"), rs.getString("text"), rs.getLong("lead_org_id"),
                rs.getString("lead_name"), rs.getString("lead_unit_text"),
                deadline == null ? null : deadline.toLocalDate(), DeadlineKind.valueOf(rs.getString("deadline_kind")),
                rs.getString("deadline_text"), TaskStatus.valueOf(rs.getString("status")),
                completed == null ? null : completed.toLocalDate(), rs.getObject("work_plan_attachment_id", UUID.class),
                parentTaskOrgId, rs.getObject("parent_task_id", UUID.class), rs.getInt("version"), List.of());
    }

    // ---- plans -------------------------------------------------------------------------------------------------

    /** Plans within the user's scope, newest first. */
    @Transactional(readOnly = true)
    public PageResult<PlanSummary> list(FazhiPrincipal actor, int page, int size) {
        return list(actor, null, null, page, size);
    }

    /**
     * Plans within the user's scope, newest first, optionally only those whose title contains {@code titleContains}
     * (case-insensitive) and those in {@code status}.
     */
    @Transactional(readOnly = true)
    public PageResult<PlanSummary> list(FazhiPrincipal actor, String titleContains, PlanStatus status, int page, int size) {
        Access.require(actor, PlanPermission.READ);
        int p = Math.max(page, 0);
        int s = size <= 0 ? 20 : Math.min(size, 100);
        DataScope.SqlCondition scope = PlanScope.plan(actor.scope());
        StringBuilder where = new StringBuilder(scope.sql());
        List<Object> filterParams = new ArrayList<>(scope.params());
        if (titleContains != null && !titleContains.isBlank()) {
            where.append(" and p.title ilike ?");
            filterParams.add("%" + titleContains.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (status != null) {
            where.append(" and p.status = ?");
            filterParams.add(status.name());
        }
        DataScope.SqlCondition c = new DataScope.SqlCondition(where.toString(), filterParams);
        Long total = jdbc.queryForObject("select count(*) from plan p where " + c.sql(), Long.class, c.paramArray());
        List<Object> params = new ArrayList<>(c.params());
        params.add(s);
        params.add((long) p * s);
        List<PlanSummary> items = jdbc.query("""
                select p.org_id, p.id, p.title, p.doc_number, o.name as org_name, p.period_start_year, p.period_end_year,
                       p.status, (select count(*) from plan_task x where x.org_id = p.org_id and x.plan_id = p.id) as task_count
                from plan p left join org_unit o on o.id = p.org_id
                where """ + c.sql() + " order by p.created_at desc, p.id limit ? offset ?",
                (rs, i) -> new PlanSummary(rs.getLong("org_id"), rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getString("doc_number"), rs.getString("org_name"), rs.getInt("period_start_year"),
                        rs.getInt("period_end_year"), PlanStatus.valueOf(rs.getString("status")), rs.getLong("task_count")),
                params.toArray());
        return new PageResult<>(items, p, s, total == null ? 0 : total);
    }

    @Transactional(readOnly = true)
    public Optional<Plan> find(UUID id, FazhiPrincipal actor) {
        Access.require(actor, PlanPermission.READ);
        if (id == null) {
            return Optional.empty();
        }
        DataScope.SqlCondition c = PlanScope.plan(actor.scope());
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(c.params());
        return jdbc.query("select " + PLAN_COLUMNS + " from plan p where p.id = ? and " + c.sql(), Plans::mapPlan,
                params.toArray()).stream().findFirst();
    }

    /** A plan within scope, or 404. */
    public Plan get(UUID id, FazhiPrincipal actor) {
        return find(id, actor).orElseThrow(() -> BusinessException.notFound("实施方案"));
    }

    @Transactional(readOnly = true)
    public List<PlanSection> sections(Plan plan) {
        return jdbc.query("""
                select section_no, level, label, title, parent_section_no from plan_section
                where plan_org_id = ? and plan_id = ? order by section_no""",
                (rs, i) -> {
                    int parent = rs.getInt("parent_section_no");
                    return new PlanSection(rs.getInt("section_no"), rs.getInt("level"), rs.getString("label"),
                            rs.getString("title"), rs.wasNull() ? null : parent);
                }, plan.orgId(), plan.id());
    }

    public int taskCount(Plan plan) {
        Integer n = jdbc.queryForObject("select count(*) from plan_task where org_id = ? and plan_id = ?", Integer.class,
                plan.orgId(), plan.id());
        return n == null ? 0 : n;
    }

    /** The organisation's name (reference data). */
    public String orgName(long orgId) {
        return jdbc.query("select name from org_unit where id = ?", (rs, i) -> rs.getString(1), orgId).stream()
                .findFirst().orElse("(单位" + orgId + ")");
    }

    /** True when the user may change the plan: plan:manage and the plan's organisation or supervising office in scope. */
    public boolean canManage(Plan plan, FazhiPrincipal actor) {
        return actor.can(PlanPermission.MANAGE)
                && (covers(actor, plan.orgId()) || covers(actor, plan.supervisorOrgId()));
    }

    /** True when the user answers for the task: plan:report and the lead unit in scope, or a manager of the plan. */
    public boolean canAnswer(PlanTask task, Plan plan, FazhiPrincipal actor) {
        return canManage(plan, actor) || (actor.can(PlanPermission.REPORT) && covers(actor, task.leadOrgId()));
    }

    /** Whether the user's data scope covers an organisation. */
    public boolean covers(FazhiPrincipal actor, long orgId) {
        if (actor.scope().all() || actor.orgId() == orgId) {
            return true;
        }
        String path = jdbc.query("select path from org_unit where id = ?", (rs, i) -> rs.getString(1), orgId).stream()
                .findFirst().orElse(null);
        return actor.scope().coversOrg(orgId, path);
    }

    private void requireManage(Plan plan, FazhiPrincipal actor) {
        Access.require(actor, PlanPermission.MANAGE);
        if (!canManage(plan, actor)) {
            throw BusinessException.forbidden("只有方案制定单位或督办单位的管理人员可以修改该方案");
        }
    }

    /** 印发 / 开始执行 / 结束, each checking its gate; audited. */
    @Transactional
    public Plan transition(UUID planId, Plan.Transition t, FazhiPrincipal actor) {
        Plan before = get(planId, actor);
        requireManage(before, actor);
        Plan after = before.apply(t, taskCount(before));
        int n = jdbc.update("""
                update plan set status = ?, updated_at = ?, version = version + 1
                where org_id = ? and id = ? and version = ?""", after.status().name(), Timestamp.from(Instant.now(clock)),
                before.orgId(), before.id(), before.version());
        if (n != 1) {
            throw new BusinessException("CONFLICT", "方案已被他人修改,请刷新后重试", 409);
        }
        audit.record("TRANSITION:" + t.name(), "plan", before.id().toString(), before.auditView(), after.auditView());
        return get(planId, actor);
    }

    // ---- tasks -------------------------------------------------------------------------------------------------

    /** A plan's tasks within the user's scope, filtered and paged, in number order. */
    @Transactional(readOnly = true)
    public PageResult<PlanTask> tasks(Plan plan, TaskFilter filter, FazhiPrincipal actor, int page, int size) {
        Access.require(actor, PlanPermission.READ);
        int p = Math.max(page, 0);
        int s = size <= 0 ? 50 : Math.min(size, 500);
        StringBuilder where = new StringBuilder(" where t.org_id = ? and t.plan_id = ?");
        List<Object> params = new ArrayList<>(List.of(plan.orgId(), plan.id()));
        TaskFilter f = filter == null ? TaskFilter.none() : filter;
        if (f.area() != null && !f.area().isBlank()) {
            where.append(" and (sa.title = ? or cast(sa.section_no as varchar(10)) = ?)");
            params.add(f.area().strip());
            params.add(f.area().strip());
        }
        if (f.leadOrgId() != null) {
            where.append(" and t.lead_org_id = ?");
            params.add(f.leadOrgId());
        }
        if (f.status() != null && !f.status().isBlank()) {
            TaskStatus st;
            try {
                st = TaskStatus.valueOf(f.status().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("status", "任务状态“" + f.status() + "”无效,可用:NOT_STARTED、IN_PROGRESS、COMPLETED、OVERDUE_UNFINISHED、ONGOING");
            }
            where.append(" and t.status = ?");
            params.add(st.name());
        }
        if (f.year() != null) {
            where.append(" and t.deadline >= ? and t.deadline <= ?");
            params.add(LocalDate.of(f.year(), 1, 1));
            params.add(LocalDate.of(f.year(), 12, 31));
        }
        DataScope.SqlCondition c = PlanScope.task(actor.scope());
        where.append(" and ").append(c.sql());
        params.addAll(c.params());
        Long total = jdbc.queryForObject("select count(*) from (" + TASK_SELECT + where + ") x", Long.class,
                params.toArray());
        List<Object> paged = new ArrayList<>(params);
        paged.add(s);
        paged.add((long) p * s);
        List<PlanTask> items = jdbc.query(TASK_SELECT + where + " order by t.number limit ? offset ?", Plans::mapTask,
                paged.toArray());
        return new PageResult<>(withUnits(plan.orgId(), items), p, s, total == null ? 0 : total);
    }

    /** Every task of a plan within the user's scope, in number order. */
    public List<PlanTask> allTasks(Plan plan, FazhiPrincipal actor) {
        return tasks(plan, TaskFilter.none(), actor, 0, 500).items();
    }

    @Transactional(readOnly = true)
    public Optional<PlanTask> findTask(UUID taskId, FazhiPrincipal actor) {
        Access.require(actor, PlanPermission.READ);
        if (taskId == null) {
            return Optional.empty();
        }
        DataScope.SqlCondition c = PlanScope.task(actor.scope());
        List<Object> params = new ArrayList<>();
        params.add(taskId);
        params.addAll(c.params());
        List<PlanTask> found = jdbc.query(TASK_SELECT + " where t.id = ? and " + c.sql(), Plans::mapTask,
                params.toArray());
        return found.stream().findFirst().map(t -> withUnits(t.orgId(), List.of(t)).get(0));
    }

    public PlanTask getTask(UUID taskId, FazhiPrincipal actor) {
        return findTask(taskId, actor).orElseThrow(() -> BusinessException.notFound("工作任务"));
    }

    @Transactional(readOnly = true)
    public PlanTask getTaskByNumber(Plan plan, int number, FazhiPrincipal actor) {
        DataScope.SqlCondition c = PlanScope.task(actor.scope());
        List<Object> params = new ArrayList<>(List.of(plan.orgId(), plan.id(), number));
        params.addAll(c.params());
        return jdbc.query(TASK_SELECT + " where t.org_id = ? and t.plan_id = ? and t.number = ? and " + c.sql(),
                        Plans::mapTask, params.toArray()).stream().findFirst()
                .map(t -> withUnits(t.orgId(), List.of(t)).get(0))
                .orElseThrow(() -> BusinessException.notFound("工作任务"));
    }

    private List<PlanTask> withUnits(long planOrgId, List<PlanTask> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        Map<UUID, List<TaskUnit>> byTask = new HashMap<>();
        List<Object> params = new ArrayList<>();
        params.add(planOrgId);
        tasks.forEach(t -> params.add(t.id()));
        jdbc.query("""
                select u.plan_task_id, u.unit_org_id, o.name, u.role from plan_task_unit u left join org_unit o on o.id = u.unit_org_id
                where u.plan_task_org_id = ? and u.plan_task_id in (""" + String.join(",", tasks.stream().map(t -> "?").toList())
                + ") order by u.role, o.sort_order, o.id", rs -> {
                    byTask.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new TaskUnit(rs.getLong(2), rs.getString(3), UnitRole.valueOf(rs.getString(4))));
                }, params.toArray());
        return tasks.stream().map(t -> t.withUnits(List.copyOf(byTask.getOrDefault(t.id(), List.of())))).toList();
    }

    /**
     * 年度工作要点: the tasks whose deadline falls in {@code year}, plus the recurring and continuous ones, within the
     * plan's period and the user's scope.
     */
    @Transactional(readOnly = true)
    public List<PlanTask> keyWork(Plan plan, int year, FazhiPrincipal actor) {
        if (year < plan.periodStartYear() || year > plan.periodEndYear()) {
            throw BusinessException.invalid("year", "年份应在方案期限" + plan.period() + "之内");
        }
        DataScope.SqlCondition c = PlanScope.task(actor.scope());
        List<Object> params = new ArrayList<>(List.of(plan.orgId(), plan.id(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)));
        params.addAll(c.params());
        List<PlanTask> items = jdbc.query(TASK_SELECT + """
                 where t.org_id = ? and t.plan_id = ?
                   and ((t.deadline_kind = 'DATE' and t.deadline >= ? and t.deadline <= ?)
                        or t.deadline_kind in ('RECURRING', 'CONTINUOUS'))
                   and """ + c.sql() + " order by t.number", Plans::mapTask, params.toArray());
        return withUnits(plan.orgId(), items);
    }

    /** The tasks the user's own unit leads or shares (我的任务), across plans within scope, by deadline. */
    @Transactional(readOnly = true)
    public List<PlanTask> myTasks(FazhiPrincipal actor) {
        Access.require(actor, PlanPermission.READ);
        List<PlanTask> items = jdbc.query(TASK_SELECT + """
                 where (t.lead_org_id = ? or exists (select 1 from plan_task_unit mu where mu.plan_task_org_id = t.org_id
                        and mu.plan_task_id = t.id and mu.unit_org_id = ?))
                 order by case when t.deadline is null then 1 else 0 end, t.deadline, p.title, t.number""",
                Plans::mapTask, actor.orgId(), actor.orgId());
        Map<Long, List<PlanTask>> byOrg = new LinkedHashMap<>();
        items.forEach(t -> byOrg.computeIfAbsent(t.orgId(), k -> new ArrayList<>()).add(t));
        Map<UUID, PlanTask> enriched = new HashMap<>();
        byOrg.forEach((orgId, list) -> withUnits(orgId, list).forEach(t -> enriched.put(t.id(), t)));
        return items.stream().map(t -> enriched.get(t.id())).toList();
    }

    /** Changes the unit that answers for a task (the old lead is no longer on the task); audited. */
    @Transactional
    public PlanTask changeLead(UUID taskId, long newLeadOrgId, String reason, FazhiPrincipal actor) {
        PlanTask before = getTask(taskId, actor);
        Plan plan = get(before.planId(), actor);
        requireManage(plan, actor);
        if (plan.status() == PlanStatus.ENDED) {
            throw new BusinessException("PLAN_STATE", "方案当前状态为“已结束”,不能再调整牵头单位", 409);
        }
        Boolean active = jdbc.query("select active from org_unit where id = ?", (rs, i) -> rs.getBoolean(1), newLeadOrgId)
                .stream().findFirst().orElse(null);
        if (active == null || !active) {
            throw BusinessException.invalid("leadOrgId", "所选单位不存在或已停用");
        }
        if (before.leadOrgId() == newLeadOrgId) {
            return before;
        }
        jdbc.update("delete from plan_task_unit where plan_task_org_id = ? and plan_task_id = ? and unit_org_id = ?",
                before.orgId(), before.id(), newLeadOrgId);
        int n = jdbc.update("""
                update plan_task set lead_org_id = ?, updated_at = ?, version = version + 1
                where org_id = ? and id = ? and version = ?""", newLeadOrgId, Timestamp.from(Instant.now(clock)),
                before.orgId(), before.id(), before.version());
        if (n != 1) {
            throw new BusinessException("CONFLICT", "任务已被他人修改,请刷新后重试", 409);
        }
        PlanTask after = getTask(taskId, actor);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("number", before.number());
        b.put("leadOrgId", before.leadOrgId());
        b.put("leadOrgName", before.leadOrgName());
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("number", after.number());
        a.put("leadOrgId", after.leadOrgId());
        a.put("leadOrgName", after.leadOrgName());
        a.put("reason", reason == null ? null : reason.strip());
        audit.record("CHANGE_LEAD_UNIT", "plan_task", taskId.toString(), b, a);
        return after;
    }

    // ---- work plan and milestones ------------------------------------------------------------------------------

    /** Stores the lead unit's work plan (工作方案) as an attachment of the lead unit and links it; audited. */
    @Transactional
    public PlanTask attachWorkPlan(UUID taskId, String filename, String contentType, InputStream in, FazhiPrincipal actor) {
        PlanTask task = getTask(taskId, actor);
        Plan plan = get(task.planId(), actor);
        requireAnswer(task, plan, actor);
        AttachmentRef ref = attachments.store(task.leadOrgId(), filename, contentType, in, "plan-work-plan");
        jdbc.update("""
                update plan_task set work_plan_attachment_id = ?, updated_at = ?, version = version + 1
                where org_id = ? and id = ?""", ref.id(), Timestamp.from(Instant.now(clock)), task.orgId(), task.id());
        audit.record("ATTACH_WORK_PLAN", "plan_task", taskId.toString(),
                Map.of("workPlanAttachmentId", String.valueOf(task.workPlanAttachmentId())),
                Map.of("workPlanAttachmentId", ref.id().toString(), "filename", ref.filename()));
        return getTask(taskId, actor);
    }

    private void requireAnswer(PlanTask task, Plan plan, FazhiPrincipal actor) {
        Access.requireAny(actor, PlanPermission.REPORT, PlanPermission.MANAGE);
        if (!canAnswer(task, plan, actor)) {
            throw BusinessException.forbidden("只有牵头单位或方案管理人员可以维护该任务的工作方案");
        }
    }

    @Transactional(readOnly = true)
    public List<Milestone> milestones(PlanTask task) {
        return jdbc.query("""
                select seq, title, due_on, done_on from plan_task_milestone
                where plan_task_org_id = ? and plan_task_id = ? order by seq""", (rs, i) -> {
                    Date due = rs.getDate("due_on");
                    Date done = rs.getDate("done_on");
                    return new Milestone(rs.getInt("seq"), rs.getString("title"), due == null ? null : due.toLocalDate(),
                            done == null ? null : done.toLocalDate());
                }, task.orgId(), task.id());
    }

    /** Adds a milestone to the task's work plan; audited. */
    @Transactional
    public Milestone addMilestone(UUID taskId, String title, LocalDate dueOn, FazhiPrincipal actor) {
        PlanTask task = getTask(taskId, actor);
        requireAnswer(task, get(task.planId(), actor), actor);
        if (title == null || title.isBlank()) {
            throw BusinessException.invalid("title", "请填写节点名称");
        }
        if (title.strip().length() > 500) {
            throw BusinessException.invalid("title", "节点名称不能超过500个字符");
        }
        Integer max = jdbc.queryForObject("""
                select coalesce(max(seq), 0) from plan_task_milestone where plan_task_org_id = ? and plan_task_id = ?""",
                Integer.class, task.orgId(), task.id());
        int seq = (max == null ? 0 : max) + 1;
        jdbc.update("""
                insert into plan_task_milestone (plan_task_org_id, plan_task_id, seq, title, due_on, done_on)
                values (?, ?, ?, ?, ?, null)""", task.orgId(), task.id(), seq, title.strip(), dueOn);
        Milestone m = new Milestone(seq, title.strip(), dueOn, null);
        audit.record("ADD_MILESTONE", "plan_task", taskId.toString(), null, m);
        return m;
    }

    /** Marks a milestone done on {@code doneOn} (today when null), or undone when {@code done} is false; audited. */
    @Transactional
    public Milestone setMilestoneDone(UUID taskId, int seq, boolean done, LocalDate doneOn, FazhiPrincipal actor) {
        PlanTask task = getTask(taskId, actor);
        requireAnswer(task, get(task.planId(), actor), actor);
        Milestone before = milestones(task).stream().filter(m -> m.seq() == seq).findFirst()
                .orElseThrow(() -> BusinessException.notFound("节点"));
        LocalDate when = done ? (doneOn == null ? LocalDate.now(clock) : doneOn) : null;
        jdbc.update("update plan_task_milestone set done_on = ? where plan_task_org_id = ? and plan_task_id = ? and seq = ?",
                when, task.orgId(), task.id(), seq);
        Milestone after = new Milestone(seq, before.title(), before.dueOn(), when);
        audit.record("UPDATE_MILESTONE", "plan_task", taskId.toString(), before, after);
        return after;
    }

    @Transactional
    public void deleteMilestone(UUID taskId, int seq, FazhiPrincipal actor) {
        PlanTask task = getTask(taskId, actor);
        requireAnswer(task, get(task.planId(), actor), actor);
        Milestone before = milestones(task).stream().filter(m -> m.seq() == seq).findFirst()
                .orElseThrow(() -> BusinessException.notFound("节点"));
        jdbc.update("delete from plan_task_milestone where plan_task_org_id = ? and plan_task_id = ? and seq = ?",
                task.orgId(), task.id(), seq);
        audit.record("DELETE_MILESTONE", "plan_task", taskId.toString(), before, null);
    }

    // ---- derived plans (task 130: 各县(市、区)政府及市直各部门要结合本地区本部门实际,制定具体实施方案) ----------------------

    /** Upper tasks that the user's organisation implements in its own plans (parent links), by upper task id. */
    @Transactional(readOnly = true)
    public List<PlanTask> childTasks(PlanTask upper, FazhiPrincipal actor) {
        DataScope.SqlCondition c = PlanScope.task(actor.scope());
        List<Object> params = new ArrayList<>(List.of(upper.orgId(), upper.id()));
        params.addAll(c.params());
        return jdbc.query(TASK_SELECT + " where t.parent_task_org_id = ? and t.parent_task_id = ? and " + c.sql()
                + " order by p.title, t.number", Plans::mapTask, params.toArray());
    }

    /**
     * 制定本地区/本部门实施方案: a DRAFT plan of the user's organisation whose tasks implement the chosen upper tasks
     * (keeping parent_task_org_id/parent_task_id), led by the user's organisation; audited.
     */
    @Transactional
    public Plan derive(UUID upperPlanId, List<UUID> taskIds, String title, FazhiPrincipal actor) {
        Access.requireAny(actor, PlanPermission.MANAGE, PlanPermission.REPORT);
        Plan upper = get(upperPlanId, actor);
        if (upper.orgId() == actor.orgId()) {
            throw new BusinessException("DERIVE_SAME_ORG", "本单位制定的方案不需要再分解为本单位实施方案", 409);
        }
        if (taskIds == null || taskIds.isEmpty()) {
            throw BusinessException.invalid("taskIds", "请至少选择一项上级方案的工作任务");
        }
        List<PlanTask> picked = new ArrayList<>();
        for (UUID id : new java.util.LinkedHashSet<>(taskIds)) {
            PlanTask t = getTask(id, actor);
            if (!t.planId().equals(upper.id())) {
                throw BusinessException.invalid("taskIds", "所选任务不属于该方案");
            }
            picked.add(t);
        }
        picked.sort(java.util.Comparator.comparingInt(PlanTask::number));
        String name = title == null || title.isBlank() ? orgName(actor.orgId()) + "贯彻落实《" + upper.title() + "》实施方案"
                : title.strip();
        if (name.length() > 300) {
            throw BusinessException.invalid("title", "方案标题不能超过300个字符");
        }
        UUID planId = UUID.randomUUID();
        store.insertPlan(new PlanStore.NewPlan(actor.orgId(), planId, name, null, upper.periodStartYear(),
                upper.periodEndYear(), PlanStatus.DRAFT, upper.reportingCycle(), upper.supervisorOrgId(), null, null,
                upper.orgId(), upper.id(), actor.userId()));
        List<PlanSection> sections = new ArrayList<>();
        Map<String, Integer> sectionNos = new LinkedHashMap<>();
        List<PlanStore.NewTask> tasks = new ArrayList<>();
        int number = 0;
        for (PlanTask t : picked) {
            Integer area = null;
            if (t.area() != null) {
                area = sectionNos.computeIfAbsent(t.area(), k -> {
                    int no = sections.size() + 1;
                    sections.add(new PlanSection(no, 1, Numbering.area(sectionNos.size() + 1), k, null));
                    return no;
                });
            }
            tasks.add(new PlanStore.NewTask(UUID.randomUUID(), ++number, area, null, t.text(), actor.orgId(),
                    orgName(actor.orgId()), t.deadline(), t.deadlineKind(), t.deadlineText(), TaskStatus.NOT_STARTED,
                    t.orgId(), t.id(), List.of()));
        }
        store.insertSections(actor.orgId(), planId, sections);
        store.insertTasks(actor.orgId(), planId, tasks);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", name);
        after.put("parentPlanId", upper.id().toString());
        after.put("tasks", tasks.size());
        after.put("parentTaskNumbers", picked.stream().map(PlanTask::number).toList());
        audit.record("DERIVE", "plan", planId.toString(), null, after);
        return get(planId, actor);
    }
}
