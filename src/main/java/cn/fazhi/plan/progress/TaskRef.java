package cn.fazhi.plan.progress;

import cn.fazhi.plan.ReportingCycle;
import cn.fazhi.plan.TaskStatus;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A task as the progress and supervision code reads it (plan_task joined with its plan), with the units involved.
 *
 * @param units responsible and co-lead units: org id → role (RESPONSIBLE, CO_LEAD)
 */
public record TaskRef(long orgId, UUID id, UUID planId, String planTitle, int number, String text, long leadOrgId,
        String leadOrgName, LocalDate deadline, String deadlineKind, String deadlineText, TaskStatus status,
        LocalDate completedOn, long supervisorOrgId, String supervisorOrgName, ReportingCycle cycle, int startYear,
        int endYear, String planStatus, LocalDate enteredOn, Map<Long, String> units) {

    public boolean involves(long unitOrgId) {
        return units.containsKey(unitOrgId);
    }

    /** E.g. "2018年底前" or the date. */
    public String deadlineLabel() {
        if (deadlineText != null && !deadlineText.isBlank()) {
            return deadlineText;
        }
        if (deadline != null) {
            return deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日";
        }
        return switch (deadlineKind == null ? "NONE" : deadlineKind) {
            case "CONTINUOUS" -> "持续推进";
            case "RECURRING" -> "每年";
            default -> "未明确";
        };
    }

    /** A short title: "第12项 …" with the task text cut to 40 characters. */
    public String shortTitle() {
        String t = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return "第" + number + "项 " + t;
    }
}
