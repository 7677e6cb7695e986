package cn.fazhi.plan;

/** A task's state, derived from accepted progress reports (only an accepted completion report completes a task). */
public enum TaskStatus {
    NOT_STARTED("未启动"),
    IN_PROGRESS("推进中"),
    COMPLETED("已完成"),
    OVERDUE_UNFINISHED("逾期未完成"),
    ONGOING("长期坚持");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
