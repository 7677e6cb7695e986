package cn.fazhi.plan;

import cn.fazhi.platform.org.Permission;
import cn.fazhi.platform.org.PermissionProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** The plan module's permissions. Data scope decides which plans, tasks and reports a holder sees. */
@Component
class PlanPermissions implements PermissionProvider {

    static final String GROUP = "实施方案与督办";

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(PlanPermission.READ, "查看实施方案、任务与进展", GROUP),
                new Permission(PlanPermission.MANAGE, "导入与维护实施方案", GROUP),
                new Permission(PlanPermission.REPORT, "填报任务进展(牵头/责任单位)", GROUP),
                new Permission(PlanPermission.REVIEW, "审核进展报告", GROUP),
                new Permission(PlanPermission.SUPERVISE, "发出与管理督办通知", GROUP),
                new Permission(PlanPermission.PUBLISH, "向社会公开实施方案与进展", GROUP));
    }
}
