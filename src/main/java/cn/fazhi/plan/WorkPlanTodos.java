package cn.fazhi.plan;

import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.web.TodoContributor;
import cn.fazhi.platform.web.TodoItem;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 待办 for lead units: tasks of issued or in-force plans that the user's unit leads and whose work plan is not
 * uploaded yet ("一项工作任务、一个牵头单位、一套工作方案"). Up to five tasks by name, then one line with the rest.
 */
@Component
class WorkPlanTodos implements TodoContributor {

    static final int LISTED = 5;

    private final JdbcTemplate jdbc;

    WorkPlanTodos(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Missing(UUID planId, String planTitle, int number) {
    }

    @Override
    public List<TodoItem> todosFor(FazhiPrincipal user) {
        if (!user.can(PlanPermission.REPORT)) {
            return List.of();
        }
        List<Missing> missing = jdbc.query("""
                select t.plan_id, p.title, t.number from plan_task t join plan p on p.org_id = t.org_id and p.id = t.plan_id
                where t.lead_org_id = ? and t.work_plan_attachment_id is null and p.status in ('ISSUED', 'IN_FORCE')
                order by p.created_at, t.number limit ?""",
                (rs, i) -> new Missing(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)), user.orgId(),
                LISTED + 1);
        List<TodoItem> items = new ArrayList<>();
        for (Missing m : missing.subList(0, Math.min(LISTED, missing.size()))) {
            items.add(new TodoItem("plan", "上传工作方案:" + m.planTitle() + " 任务(" + m.number() + ")",
                    "/plans/" + m.planId() + "/tasks/" + m.number(), null, TodoItem.Severity.NORMAL));
        }
        if (missing.size() > LISTED) {
            Integer total = jdbc.queryForObject("""
                    select count(*) from plan_task t join plan p on p.org_id = t.org_id and p.id = t.plan_id
                    where t.lead_org_id = ? and t.work_plan_attachment_id is null and p.status in ('ISSUED', 'IN_FORCE')""",
                    Integer.class, user.orgId());
            items.add(new TodoItem("plan", "另有" + (total - LISTED) + "项牵头任务尚未上传工作方案", "/plans/my-tasks", null,
                    TodoItem.Severity.NORMAL));
        }
        return items;
    }
}
