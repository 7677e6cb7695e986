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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Plan overview figures: one aggregate query per grouping (the plan row with its tasks by area; the tasks by lead
 * unit), the totals summed from the area rows, and one query for the overdue list: three queries whatever the number
 * of areas, units or tasks (no N+1).
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

    /**
     * The overview of plan {@code planId} for {@code actor} (plan:read; the plan's organisation in scope, otherwise
     * "not found"). Three statements, as many as the raw SQL it needs: the plan with its area aggregate (the plan row
     * joined to its tasks, so the lookup costs no extra round trip; the scope is checked on the plan's organisation
     * before anything is returned), the lead-unit aggregate and the overdue list. No transaction: auto-commit reads,
     * as the baseline; the totals are summed from the area rows, so they always agree with the area table.
     */
    public PlanOverview overview(UUID planId, FazhiPrincipal actor) {
        Access.require(actor, PlanPermission.READ);
        DataScope scope = actor.scope();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.CHINA));
        Date day = Date.valueOf(today);

        PlanHeader[] header = {null};
        boolean[] outOfScope = {false};
        List<Group> byArea = new ArrayList<>();
        jdbc.query("""
                select p.org_id, p.id, p.title, p.doc_number, p.status, p.period_start_year, p.period_end_year,
                       p.published, o.path, t.area_section_no as k,
                       (select s.label || s.title from plan_section s where s.plan_org_id = p.org_id
                          and s.plan_id = p.id and s.section_no = t.area_section_no) as area_title,
                       count(t.id) as total,
                       count(*) filter (where t.status = 'COMPLETED') as completed,
                       count(*) filter (where\s""" + IN_PROGRESS + """
                ) as in_progress,
                       count(*) filter (where\s""" + OVERDUE + """
                ) as overdue
                from plan p
                join org_unit o on o.id = p.org_id
                left join plan_task t on t.org_id = p.org_id and t.plan_id = p.id
                where p.id = ?
                group by p.org_id, p.id, p.title, p.doc_number, p.status, p.period_start_year, p.period_end_year,
                         p.published, o.path, t.area_section_no
                order by t.area_section_no""", rs -> {
                    if (outOfScope[0] || !scope.coversOrg(rs.getLong("org_id"), rs.getString("path"))) {
                        outOfScope[0] = true;
                        return;
                    }
                    if (header[0] == null) {
                        String status = rs.getString("status");
                        header[0] = new PlanHeader(rs.getLong("org_id"), rs.getObject("id", UUID.class),
                                rs.getString("title"), rs.getString("doc_number"), status,
                                PLAN_STATUS.getOrDefault(status, status), rs.getInt("period_start_year"),
                                rs.getInt("period_end_year"), rs.getBoolean("published"));
                    }
                    Counts c = counts(rs);
                    if (c.total() == 0) {
                        return; // a plan without tasks: the left join's empty group
                    }
                    Integer k = (Integer) rs.getObject("k");
                    String title = rs.getString("area_title");
                    byArea.add(new Group(k == null ? "" : k.toString(),
                            k == null ? "未分领域" : title != null ? title : "第" + k + "部分", c));
                }, day, day, planId);
        if (header[0] == null) {
            throw BusinessException.notFound("实施方案");
        }
        PlanHeader plan = header[0];

        Map<Long, String> unitNames = new HashMap<>();
        List<Group> byUnit = jdbc.query("select t.lead_org_id as k,"
                + " (select o.name from org_unit o where o.id = t.lead_org_id) as name,"
                + " (select o.sort_order from org_unit o where o.id = t.lead_org_id) as sort_order, " + COUNTS
                + " from plan_task t where t.org_id = ? and t.plan_id = ? group by t.lead_org_id"
                + " order by sort_order, k", (rs, i) -> {
                    long k = rs.getLong("k");
                    String name = rs.getString("name") == null ? "单位" + k : rs.getString("name");
                    unitNames.put(k, name);
                    return new Group(String.valueOf(k), name, counts(rs));
                }, day, day, plan.orgId(), plan.id());
        Counts totals = byArea.stream().map(Group::counts).reduce(Counts.zero(), Counts::plus);

        List<OverdueTask> overdue = jdbc.query("select t.id, t.number, t.text, t.deadline, t.deadline_text, t.status,"
                + " t.lead_org_id from plan_task t where t.org_id = ? and t.plan_id = ? and " + OVERDUE
                + " order by t.deadline, t.number", (rs, i) -> {
                    String status = rs.getString("status");
                    int number = rs.getInt("number");
                    long lead = rs.getLong("lead_org_id");
                    return new OverdueTask(rs.getString("id"), number, rs.getString("text"),
                            rs.getObject("deadline", LocalDate.class), rs.getString("deadline_text"), status,
                            TASK_STATUS.getOrDefault(status, status), lead, unitNames.get(lead),
                            "/plans/" + plan.id() + "/tasks/" + number);
                }, plan.orgId(), plan.id(), day);

        return new PlanOverview(plan, today, totals, byArea, byUnit, overdue);
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
