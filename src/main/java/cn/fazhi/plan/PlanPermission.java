package cn.fazhi.plan;

/** Permission codes of the plan module, as held by roles (see {@link PlanPermissions}). */
public final class PlanPermission {
    public static final String READ = "plan:read";
    public static final String MANAGE = "plan:manage";
    public static final String REPORT = "plan:report";
    public static final String REVIEW = "plan:review";
    public static final String SUPERVISE = "plan:supervise";
    public static final String PUBLISH = "plan:publish";

    private PlanPermission() {
    }
}
