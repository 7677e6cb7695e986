package cn.fazhi.plan;

import cn.fazhi.platform.security.DataScope;
import java.util.ArrayList;
import java.util.List;

/**
 * Who sees which plan and task, as SQL conditions with bind parameters. A user sees a task when the user's data scope
 * covers the plan's organisation (or its supervising office), the task's lead unit, or one of the task's other units
 * (so a unit with 本单位 scope sees the tasks it leads or shares); a user sees a plan when it covers the plan's
 * organisation or supervising office, or any of its tasks. Out of scope is "not found".
 */
final class PlanScope {

    private PlanScope() {
    }

    /** Condition on a task aliased {@code t} whose plan is joined as {@code p}. */
    static DataScope.SqlCondition task(DataScope scope) {
        if (scope.all()) {
            return new DataScope.SqlCondition("1=1", List.of());
        }
        return or(scope.filter("p.org_id", "p.created_by"), scope.filter("p.supervisor_org_id", null),
                unitsOf("t", scope));
    }

    /** Condition on a plan aliased {@code p}. */
    static DataScope.SqlCondition plan(DataScope scope) {
        if (scope.all()) {
            return new DataScope.SqlCondition("1=1", List.of());
        }
        DataScope.SqlCondition tasks = unitsOf("pt", scope);
        DataScope.SqlCondition anyTask = new DataScope.SqlCondition(
                "exists (select 1 from plan_task pt where pt.org_id = p.org_id and pt.plan_id = p.id and " + tasks.sql() + ")",
                tasks.params());
        return or(scope.filter("p.org_id", "p.created_by"), scope.filter("p.supervisor_org_id", null), anyTask);
    }

    /** The task's lead unit or one of its units lies within scope (task aliased {@code alias}). */
    private static DataScope.SqlCondition unitsOf(String alias, DataScope scope) {
        DataScope.SqlCondition lead = scope.filter(alias + ".lead_org_id", null);
        DataScope.SqlCondition unit = scope.filter(alias + "u.unit_org_id", null);
        return or(lead, new DataScope.SqlCondition("exists (select 1 from plan_task_unit " + alias + "u where "
                + alias + "u.plan_task_org_id = " + alias + ".org_id and " + alias + "u.plan_task_id = " + alias
                + ".id and " + unit.sql() + ")", unit.params()));
    }

    private static DataScope.SqlCondition or(DataScope.SqlCondition... parts) {
        List<String> sql = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (DataScope.SqlCondition c : parts) {
            sql.add(c.sql());
            params.addAll(c.params());
        }
        return new DataScope.SqlCondition("(" + String.join(" or ", sql) + ")", params);
    }
}
