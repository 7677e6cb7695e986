package cn.fazhi.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A task (工作任务) of a plan: exactly one lead unit that answers for it ({@code leadOrgId}), the other units named with
 * it, its deadline and the lead unit's work plan.
 *
 * @param area    the area title, or null
 * @param subArea the sub-area title, or null
 */
public record PlanTask(long orgId, UUID id, UUID planId, String planTitle, int number, String area, String subArea,
        String text, long leadOrgId, String leadOrgName, String leadUnitText, LocalDate deadline,
        DeadlineKind deadlineKind, String deadlineText, TaskStatus status, LocalDate completedOn,
        UUID workPlanAttachmentId, Long parentTaskOrgId, UUID parentTaskId, int version, List<TaskUnit> units) {

    public List<TaskUnit> coLeads() {
        return units.stream().filter(u -> u.role() == UnitRole.CO_LEAD).toList();
    }

    public List<TaskUnit> responsible() {
        return units.stream().filter(u -> u.role() == UnitRole.RESPONSIBLE).toList();
    }

    /** The lead unit and co-leads, as shown in a table: "市编办、市财政局". */
    public String leadUnitsLabel() {
        StringBuilder b = new StringBuilder(leadOrgName == null ? "" : leadOrgName);
        coLeads().forEach(u -> b.append('、').append(u.orgName()));
        return b.toString();
    }

    public String responsibleLabel() {
        return String.join("、", responsible().stream().map(TaskUnit::orgName).toList());
    }

    /** What a unit is on this task: 牵头(负责), 共同牵头单位, 责任单位, or null. */
    public String roleLabelOf(long unitOrgId) {
        if (leadOrgId == unitOrgId) {
            return "牵头(负责)";
        }
        return units.stream().filter(u -> u.orgId() == unitOrgId).findFirst().map(u -> u.role().label()).orElse(null);
    }

    /** The deadline as people read it: the text of the document, else the date or the kind. */
    public String deadlineLabel() {
        if (deadlineText != null && !deadlineText.isBlank()) {
            return deadlineText;
        }
        if (deadline != null) {
            return deadline.toString();
        }
        return deadlineKind.label();
    }

    /** Whether the task is open (not completed) and past its deadline on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return deadlineKind == DeadlineKind.DATE && deadline != null && status != TaskStatus.COMPLETED
                && today.isAfter(deadline);
    }

    /** Whether the task is open and its deadline falls within {@code days} days from {@code today}. */
    public boolean dueSoonOn(LocalDate today, int days) {
        return deadlineKind == DeadlineKind.DATE && deadline != null && status != TaskStatus.COMPLETED
                && !today.isAfter(deadline) && !today.plusDays(days).isBefore(deadline);
    }

    PlanTask withUnits(List<TaskUnit> u) {
        return new PlanTask(orgId, id, planId, planTitle, number, area, subArea, text, leadOrgId, leadOrgName,
                leadUnitText, deadline, deadlineKind, deadlineText, status, completedOn, workPlanAttachmentId,
                parentTaskOrgId, parentTaskId, version, u);
    }
}
