package cn.fazhi.reporting;

import cn.fazhi.platform.org.Permission;
import cn.fazhi.platform.org.PermissionProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** Permission codes of the reporting module; data scope decides which organisations' reports and figures one sees. */
@Component
public class ReportingPermission implements PermissionProvider {
    public static final String READ = "report:read";
    /** Draft and edit the annual report (the legal-affairs office). */
    public static final String COMPOSE = "report:compose";
    /** Review a submitted draft (审核). */
    public static final String REVIEW = "report:review";
    /** Approve the reviewed report (领导审定). */
    public static final String APPROVE = "report:approve";
    public static final String PUBLISH = "report:publish";
    /** Declare a figure that comes from outside Fazhi, with evidence. */
    public static final String DECLARE = "report:declare";
    /** Read other places' published reports and keep their figures. */
    public static final String EXTRACT = "report:extract";

    static final String GROUP = "年度报告";

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(READ, "查看年度报告与申报数据", GROUP),
                new Permission(COMPOSE, "起草与编辑年度报告", GROUP),
                new Permission(REVIEW, "审核年度报告与申报数据", GROUP),
                new Permission(APPROVE, "审定年度报告(领导)", GROUP),
                new Permission(PUBLISH, "发布年度报告", GROUP),
                new Permission(DECLARE, "申报外部来源数据", GROUP),
                new Permission(EXTRACT, "读取外地年度报告数据", GROUP));
    }
}
