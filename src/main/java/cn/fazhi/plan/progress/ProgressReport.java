package cn.fazhi.plan.progress;

import cn.fazhi.plan.TaskStatus;
import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A lead unit's progress report (进展报告) on one task for one reporting period.
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──accept──▶ ACCEPTED (通过)
 *   ▲                   │
 *   └──edit── RETURNED ◀┘ return (退回补充, reason required) ── submit again ──▶ SUBMITTED …
 * </pre>
 * Each transition checks its gates and refuses with a Chinese message naming the current state. Only the task's lead
 * unit (牵头单位) drafts and submits ("一项工作任务、一个牵头单位"); responsible units contribute while the report is
 * a draft or returned; a reviewer whose scope covers the plan's supervising office decides once per submission.
 */
public final class ProgressReport {

    private final long orgId;
    private final UUID id;
    private final UUID taskId;
    private final String periodCode;
    private final LocalDate periodEnd;
    private final LocalDate dueOn;
    private final boolean dueProvisional;
    private final long reportingOrgId;
    private ReportStatus status;
    private ReportContent content;
    private OffsetDateTime submittedAt;
    private Long submittedBy;
    private OffsetDateTime reviewedAt;
    private Long reviewedBy;
    private String returnReason;
    private final OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    private final int version;

    public ProgressReport(long orgId, UUID id, UUID taskId, String periodCode, LocalDate periodEnd, LocalDate dueOn,
            boolean dueProvisional, long reportingOrgId, ReportStatus status, ReportContent content,
            OffsetDateTime submittedAt, Long submittedBy, OffsetDateTime reviewedAt, Long reviewedBy,
            String returnReason, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {
        this.orgId = orgId;
        this.id = id;
        this.taskId = taskId;
        this.periodCode = periodCode;
        this.periodEnd = periodEnd;
        this.dueOn = dueOn;
        this.dueProvisional = dueProvisional;
        this.reportingOrgId = reportingOrgId;
        this.status = status;
        this.content = content;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.reviewedAt = reviewedAt;
        this.reviewedBy = reviewedBy;
        this.returnReason = returnReason;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new draft by the task's lead unit. */
    public static ProgressReport draft(TaskRef task, ReportingPeriod period, LocalDate dueOn, boolean dueProvisional,
            ReportActor actor, ReportContent content, OffsetDateTime now) {
        requireLeadReporter(task, actor, "填报");
        if (task.status() == TaskStatus.COMPLETED) {
            throw new BusinessException("TASK_COMPLETED",
                    "任务已于" + task.completedOn() + "经审核确认完成,无需再填报进展");
        }
        return new ProgressReport(task.orgId(), UUID.randomUUID(), task.id(), period.code(), period.end(), dueOn,
                dueProvisional, task.leadOrgId(), ReportStatus.DRAFT, content, null, null, null, null, null, now, now, 0);
    }

    /** The lead unit changes the draft (or a returned report, before submitting it again). */
    public void edit(TaskRef task, ReportActor actor, ReportContent newContent, OffsetDateTime now) {
        requireLeadReporter(task, actor, "修改");
        requireEditable("修改");
        this.content = newContent;
        this.updatedAt = now;
    }

    /** The lead unit submits (报送) the draft, or submits a returned report again. */
    public void submit(TaskRef task, ReportActor actor, OffsetDateTime now) {
        requireLeadReporter(task, actor, "报送");
        requireEditable("报送");
        if (content.narrative() == null) {
            throw BusinessException.invalid("narrative", "请填写进展情况后再报送");
        }
        this.status = ReportStatus.SUBMITTED;
        this.submittedAt = now;
        this.submittedBy = actor.userId();
        this.updatedAt = now;
    }

    /** A responsible or co-lead unit may add its part while the report is a draft or returned. */
    public void checkContribution(TaskRef task, ReportActor actor) {
        if (!actor.canReport()) {
            throw BusinessException.forbidden("没有填报进展的权限(需要“plan:report”)");
        }
        if (!task.involves(actor.orgId())) {
            throw BusinessException.forbidden("本单位不是该任务的责任单位或共同牵头单位,不能提供进展材料");
        }
        if (status != ReportStatus.DRAFT && status != ReportStatus.RETURNED) {
            throw new BusinessException("REPORT_STATE",
                    "报告当前状态为“" + status.label() + "”,只有草稿或退回补充的报告才能补充责任单位材料", 409);
        }
    }

    /** 通过: the reviewer accepts a submitted report. Returns the task status the task takes from it. */
    public TaskStatus accept(ReportActor actor, OffsetDateTime now) {
        requireReviewer(actor, "审核通过");
        this.status = ReportStatus.ACCEPTED;
        this.reviewedAt = now;
        this.reviewedBy = actor.userId();
        this.returnReason = null;
        this.updatedAt = now;
        return content.taskStatus();
    }

    /** 退回补充: the reviewer returns a submitted report with a reason. */
    public void returnForSupplement(ReportActor actor, String reason, OffsetDateTime now) {
        requireReviewer(actor, "退回");
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw BusinessException.invalid("reason", "退回补充须填写退回理由");
        }
        if (r.length() > 1000) {
            throw BusinessException.invalid("reason", "退回理由不能超过1000字");
        }
        this.status = ReportStatus.RETURNED;
        this.reviewedAt = now;
        this.reviewedBy = actor.userId();
        this.returnReason = r;
        this.updatedAt = now;
    }

    private static void requireLeadReporter(TaskRef task, ReportActor actor, String verb) {
        if (!actor.canReport()) {
            throw BusinessException.forbidden("没有填报进展的权限(需要“plan:report”)");
        }
        if (actor.orgId() != task.leadOrgId()) {
            throw BusinessException.forbidden("只有牵头单位(" + task.leadOrgName() + ")才能" + verb
                    + "进展报告;责任单位请在报告中补充本单位材料");
        }
    }

    private void requireEditable(String verb) {
        if (status != ReportStatus.DRAFT && status != ReportStatus.RETURNED) {
            throw new BusinessException("REPORT_STATE",
                    "报告当前状态为“" + status.label() + "”,不能" + verb + "(只有草稿或退回补充的报告可以" + verb + ")", 409);
        }
    }

    private void requireReviewer(ReportActor actor, String verb) {
        if (!actor.canReview()) {
            throw BusinessException.forbidden("没有审核进展报告的权限(需要“plan:review”)");
        }
        if (!actor.coversSupervisor()) {
            throw BusinessException.forbidden("只有方案督办单位(法治督察部门)的审核人员才能审核该报告");
        }
        if (status != ReportStatus.SUBMITTED) {
            String why = status == ReportStatus.ACCEPTED || status == ReportStatus.RETURNED
                    ? ",同一次报送不能重复审核" : ",须先由牵头单位报送";
            throw new BusinessException("REPORT_STATE", "报告当前状态为“" + status.label() + "”,不能" + verb + why, 409);
        }
    }

    public boolean isCompletion() {
        return content.completion();
    }

    public long orgId() { return orgId; }
    public UUID id() { return id; }
    public UUID taskId() { return taskId; }
    public String periodCode() { return periodCode; }
    public LocalDate periodEnd() { return periodEnd; }
    public LocalDate dueOn() { return dueOn; }
    public boolean dueProvisional() { return dueProvisional; }
    public long reportingOrgId() { return reportingOrgId; }
    public ReportStatus status() { return status; }
    public ReportContent content() { return content; }
    public OffsetDateTime submittedAt() { return submittedAt; }
    public Long submittedBy() { return submittedBy; }
    public OffsetDateTime reviewedAt() { return reviewedAt; }
    public Long reviewedBy() { return reviewedBy; }
    public String returnReason() { return returnReason; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public int version() { return version; }

    /** The state as audit records it. */
    public java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("taskId", taskId.toString());
        m.put("periodCode", periodCode);
        m.put("status", status.name());
        m.put("taskStatus", content.taskStatus().name());
        m.put("completion", content.completion());
        m.put("narrative", content.narrative());
        m.put("figures", content.figures());
        if (returnReason != null) {
            m.put("returnReason", returnReason);
        }
        return m;
    }

    static List<ReportStatus> openStates() {
        return List.of(ReportStatus.DRAFT, ReportStatus.RETURNED);
    }
}
