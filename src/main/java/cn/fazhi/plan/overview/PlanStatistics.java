package cn.fazhi.plan.overview;

import cn.fazhi.plan.PlanPermission;
import cn.fazhi.plan.overview.PlanOverview.Counts;
import cn.fazhi.plan.overview.PlanOverview.Group;
import cn.fazhi.plan.overview.PlanOverview.OverdueTask;
import cn.fazhi.plan.overview.PlanOverview.PlanHeader;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.kernel.TimeConfig;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan overview figures: one aggregate query per grouping (by area, by lead unit), the totals summed from the area
 * rows, and one query for the overdue list, so the cost does not grow with the number of areas or units (no N+1).
 * A plan is visible when its issuing organisation lies within the reader's data scope; otherwise it is "not found".
 */
@Service
public class PlanStatistics {

    /** Task classes, disjoint; the bind parameter of each is today's date. */
    static final String OVERDUE = "t.status <> 'COMPLETED' and (t.status = 'OVERDUE_UNFINISHED'"
            + " or (t.deadline_kind = 'DATE' and t.deadline < ?))";
    static final String IN_PROGRESS = "t.status in ('IN_PROGRESS', 'ONGOING')"
            + " and (t.deadline_kind <> 'DATE' or t.deadline >= ?)";
    static final String COUNTS = "count(*) as total,"
            + " count(*) filter (where t.status = 'COMPLETED') as completed,"
            + " count(*) filter (where " + IN_PROGRESS + ") as in_progress,"
            + " count(*) filter (where " + OVERDUE + ") as overdue";

    static final Map<String, String> TASK_STATUS = Map.of("NOT_STARTED", "未启动", "IN_PROGRESS", "推进中",
            "COMPLETED", "已完成", "OVERDUE_UNFINISHED", "逾期未完成", "ONGOING", "长期坚持");
    static final Map<String, String> PLAN_STATUS = Map.of("DRAFT", "草拟", "ISSUED", "印发", "IN_FORCE", "执行中",
            "ENDED", "已结束");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PlanStatistics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The overview of plan {@code planId} for {@code actor} (plan:read; the plan's organisation in scope). */
    @Transactional(readOnly = true)
    public PlanOverview overview(UUID planId, FazhiPrincipal actor) {
        Access.require(actor, PlanPermission.READ);
        PlanHeader plan = find(planId, actor.scope());
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.CHINA));
        Date day = Date.valueOf(today);

        List<Group> byArea = jdbc.query("select t.area_section_no as k, max(s.label) as label, max(s.title) as title, "
                + COUNTS + " " + """
                 from plan_task t
                 left join plan_section s on s.plan_org_id = t.org_id and s.plan_id = t.plan_id
                      and s.section_no = t.area_section_no
                 where t.org_id = ? and t.plan_id = ?
                 group by t.area_section_no
                 order by t.area_section_no""", (rs, i) -> {
                    Object k = rs.getObject("k");
                    String label = k == null ? "未分领域"
                            : join(rs.getString("label"), rs.getString("title"), "第" + k + "部分");
                    return new Group(k == null ? "" : k.toString(), label, counts(rs));
                }, day, day, plan.orgId(), plan.id());

        List<Group> byUnit = jdbc.query("select t.lead_org_id as k, max(o.name) as name, max(o.sort_order) as sort_order, "
                + COUNTS + " " + """
                 from plan_task t
                 left join org_unit o on o.id = t.lead_org_id
                 where t.org_id = ? and t.plan_id = ?
                 group by t.lead_org_id
                 order by max(o.sort_order), t.lead_org_id""", (rs, i) -> new Group(rs.getString("k"),
                        rs.getString("name") == null ? "单位" + rs.getString("k") : rs.getString("name"), counts(rs)),
                day, day, plan.orgId(), plan.id());

        Counts totals = byArea.stream().map(Group::counts).reduce(Counts.zero(), Counts::plus);

        List<OverdueTask> overdue = jdbc.query("""
                select t.id, t.number, t.text, t.deadline, t.deadline_text, t.status, t.lead_org_id, o.name
                from plan_task t
                left join org_unit o on o.id = t.lead_org_id
                where t.org_id = ? and t.plan_id = ? and """ + " " + OVERDUE + " " + """
                 order by t.deadline, t.number""", (rs, i) -> {
                    String status = rs.getString("status");
                    int number = rs.getInt("number");
                    return new OverdueTask(rs.getString("id"), number, rs.getString("text"),
                            rs.getObject("deadline", LocalDate.class), rs.getString("deadline_text"), status,
                            TASK_STATUS.getOrDefault(status, status), rs.getLong("lead_org_id"), rs.getString("name"),
                            "/plans/" + plan.id() + "/tasks/" + number);
                }, plan.orgId(), plan.id(), day);

        return new PlanOverview(plan, today, totals, byArea, byUnit, overdue);
    }

    private PlanHeader find(UUID planId, DataScope scope) {
        DataScope.SqlCondition c = scope.filter("p.org_id", null);
        List<Object> params = new ArrayList<>();
        params.add(planId);
        params.addAll(c.params());
        return jdbc.query("""
                select p.org_id, p.id, p.title, p.doc_number, p.status, p.period_start_year, p.period_end_year,
                       p.published
                from plan p where p.id = ? and """ + " " + c.sql(), (rs, i) -> {
                    String status = rs.getString("status");
                    return new PlanHeader(rs.getLong("org_id"), rs.getObject("id", UUID.class), rs.getString("title"),
                            rs.getString("doc_number"), status, PLAN_STATUS.getOrDefault(status, status),
                            rs.getInt("period_start_year"), rs.getInt("period_end_year"), rs.getBoolean("published"));
                }, params.toArray()).stream().findFirst().orElseThrow(() -> BusinessException.notFound("实施方案"));
    }

    private static Counts counts(java.sql.ResultSet rs) throws java.sql.SQLException {
        return Counts.of(rs.getLong("total"), rs.getLong("completed"), rs.getLong("in_progress"), rs.getLong("overdue"));
    }

    private static String join(String label, String title, String fallback) {
        if (title == null) {
            return fallback;
        }
        return label == null ? title : label + title;
    }
}
