package cn.fazhi.plan.progress;

import cn.fazhi.plan.TaskStatus;
import cn.fazhi.platform.kernel.BusinessException;
import java.util.List;

/**
 * What a lead unit writes in a report: the task's status as it sees it, whether this is the completion report, the
 * narrative (进展情况) and figures. A completion report reports 已完成; 已完成 is reported only by a completion report.
 */
public record ReportContent(TaskStatus taskStatus, boolean completion, String narrative, List<Figure> figures) {

    public ReportContent {
        if (taskStatus == null) {
            throw BusinessException.invalid("taskStatus", "请选择进展状态,可选值: " + TaskStatus.choices());
        }
        if (completion && taskStatus != TaskStatus.COMPLETED) {
            throw BusinessException.invalid("completion",
                    "完成报告的进展状态须为“已完成”(当前为“" + taskStatus.label() + "”)");
        }
        completion = completion || taskStatus == TaskStatus.COMPLETED;
        narrative = narrative == null || narrative.isBlank() ? null : narrative.strip();
        if (narrative != null && narrative.length() > 8000) {
            throw BusinessException.invalid("narrative", "进展情况不能超过8000字(当前" + narrative.length() + "字)");
        }
        figures = Figure.validated(figures);
    }
}
