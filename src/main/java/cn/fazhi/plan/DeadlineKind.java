package cn.fazhi.plan;

/** How a task's deadline is stated (plan_task.deadline_kind). */
public enum DeadlineKind {
    /** A date: "2016年底完成", "2022年10月底前". */
    DATE("限期完成"),
    /** 持续推进, 长期坚持. */
    CONTINUOUS("持续推进"),
    /** Every year: "年底前", "每年". */
    RECURRING("每年"),
    /** None stated. */
    NONE("未明确");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
