package cn.fazhi.plan.progress;

/** A progress report's state: 草稿 → 已报送 → 通过 | 退回补充 → (resubmitted) 已报送 … */
public enum ReportStatus {
    DRAFT("草稿"),
    SUBMITTED("已报送待审核"),
    ACCEPTED("审核通过"),
    RETURNED("退回补充");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
