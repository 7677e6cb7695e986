package cn.fazhi.plan.progress;

/**
 * Who acts on a report, as the gates need it: the user, the user's unit, the permissions held and whether the user's
 * data scope covers the plan's supervising office (the legal-affairs office that reviews).
 */
public record ReportActor(long userId, long orgId, boolean canReport, boolean canReview, boolean coversSupervisor) {
}
