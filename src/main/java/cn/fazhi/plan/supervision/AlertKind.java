package cn.fazhi.plan.supervision;

import cn.fazhi.platform.web.TodoItem;

/** What the supervision scan raises (supervision_alert.kind). */
public enum AlertKind {
    DUE_SOON("任务即将到期", TodoItem.Severity.DUE_SOON),
    OVERDUE("任务逾期未完成", TodoItem.Severity.OVERDUE),
    REPORT_DUE_SOON("进展报告待报送", TodoItem.Severity.DUE_SOON),
    REPORT_OVERDUE("进展报告逾期未报", TodoItem.Severity.OVERDUE),
    RETURNED_NOT_RESUBMITTED("退回补充逾期未重报", TodoItem.Severity.OVERDUE);

    private final String label;
    private final TodoItem.Severity severity;

    AlertKind(String label, TodoItem.Severity severity) {
        this.label = label;
        this.severity = severity;
    }

    public String label() {
        return label;
    }

    public TodoItem.Severity severity() {
        return severity;
    }
}
