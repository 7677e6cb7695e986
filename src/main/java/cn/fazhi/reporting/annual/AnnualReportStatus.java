package cn.fazhi.reporting.annual;

/** Workflow states of an annual report version: 起草 → 审核 → 领导审定 → (审定通过) → 发布. */
public enum AnnualReportStatus {
    DRAFT("起草中"),
    IN_REVIEW("审核中"),
    AWAITING_APPROVAL("待领导审定"),
    APPROVED("已审定待发布"),
    PUBLISHED("已发布");

    private final String label;

    AnnualReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
