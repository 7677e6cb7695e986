package cn.fazhi.plan.progress;

import cn.fazhi.plan.TaskStatus;
import cn.fazhi.plan.PlanPermission;
import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.calendar.Deadline;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.files.AttachmentInfo;
import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reporting and review (issue 4 §3): lead units draft and submit, responsible units contribute, the
 * legal-affairs office accepts or returns. Every change is audited in its transaction; every refusal is a
 * {@link BusinessException} with a Chinese message.
 */
@Service
public class ProgressService {

    private final PlanTaskLookup tasks;
    private final ProgressReports reports;
    private final StatutoryCalendar calendar;
    private final Attachments attachments;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProgressService(PlanTaskLookup tasks, ProgressReports reports, StatutoryCalendar calendar, Attachments attachments,
            AuditLog audit, JdbcTemplate jdbc, Clock clock) {
        this.tasks = tasks;
        this.reports = reports;
        this.calendar = calendar;
        this.attachments = attachments;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A draft's period and content as the API and the form send them. */
    public record DraftRequest(String periodCode, String taskStatus, Boolean completion, String narrative,
            List<Figure> figures) {
    }

    ReportActor actor(FazhiPrincipal user, TaskRef task) {
        return new ReportActor(user.userId(), user.orgId(), user.can(PlanPermission.REPORT), user.can(PlanPermission.REVIEW),
                tasks.covers(user, task.supervisorOrgId()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** The task (in scope) and its reports. */
    @Transactional(readOnly = true)
    public List<ProgressReport> reportsOfTask(UUID taskId, FazhiPrincipal user) {
        Access.require(user, PlanPermission.READ);
        TaskRef task = tasks.visible(taskId, user);
        return reports.forTask(task.orgId(), task.id());
    }

    @Transactional(readOnly = true)
    public TaskRef task(UUID taskId, FazhiPrincipal user) {
        Access.require(user, PlanPermission.READ);
        return tasks.visible(taskId, user);
    }

    @Transactional(readOnly = true)
    public ProgressReport get(UUID id, FazhiPrincipal user) {
        Access.require(user, PlanPermission.READ);
        return reports.get(id, user);
    }

    /** Open tasks the user's unit leads, for its reporting list. */
    @Transactional(readOnly = true)
    public List<TaskRef> tasksLedBy(FazhiPrincipal user) {
        Access.require(user, PlanPermission.READ);
        return tasks.ledBy(user.orgId());
    }

    /** Reports of the user's own unit (drafts, returned, submitted, accepted). */
    @Transactional(readOnly = true)
    public List<ProgressReports.ReportRow> ownReports(FazhiPrincipal user) {
        Access.require(user, PlanPermission.READ);
        return reports.list(user, null, user.orgId(), false, 500);
    }

    @Transactional(readOnly = true)
    public List<ProgressReports.ReviewRow> reviews(ProgressReport r) {
        return reports.reviews(r.orgId(), r.id());
    }

    @Transactional(readOnly = true)
    public List<ProgressReports.ContributionRow> contributions(ProgressReport r) {
        return reports.contributions(r.orgId(), r.id());
    }

    /** What the user may do on a report (which buttons the page shows; the service checks again). */
    public record Abilities(boolean edit, boolean contribute, boolean review) {
    }

    @Transactional(readOnly = true)
    public Abilities abilities(ProgressReport r, FazhiPrincipal user) {
        TaskRef task = taskOf(r);
        ReportActor a = actor(user, task);
        boolean open = r.status() == ReportStatus.DRAFT || r.status() == ReportStatus.RETURNED;
        return new Abilities(open && a.canReport() && a.orgId() == task.leadOrgId(),
                open && a.canReport() && task.involves(a.orgId()),
                r.status() == ReportStatus.SUBMITTED && a.canReview() && a.coversSupervisor());
    }

    /** The periods of the task's plan with each report's due date (the form's choices). */
    public List<PeriodDue> schedule(TaskRef task) {
        return ReportingSchedule.periods(task.cycle(), task.startYear(), task.endYear()).stream()
                .map(p -> new PeriodDue(p, ReportingSchedule.due(p, calendar))).toList();
    }

    /** A period and its report's due date. */
    public record PeriodDue(ReportingPeriod period, Deadline due) {
    }

    /** Creates the draft for a period, or updates it when the lead unit already has one (DRAFT or RETURNED). */
    @Transactional
    public ProgressReport saveDraft(UUID taskId, DraftRequest req, FazhiPrincipal user) {
        return save(taskId, req, user).report();
    }

    /** The saved report and whether it was created (true) or an existing draft was changed (false). */
    public record Saved(ProgressReport report, boolean created) {
    }

    @Transactional
    public Saved save(UUID taskId, DraftRequest req, FazhiPrincipal user) {
        Access.require(user, PlanPermission.REPORT);
        TaskRef task = tasks.visible(taskId, user);
        if (req == null) {
            throw BusinessException.invalid("periodCode", "请填写报告期");
        }
        ReportingPeriod period = ReportingSchedule.period(task.cycle(), task.startYear(), task.endYear(), "periodCode",
                req.periodCode());
        ReportContent content = new ReportContent(TaskStatus.parse("taskStatus", req.taskStatus()),
                Boolean.TRUE.equals(req.completion()), req.narrative(), req.figures());
        ReportActor actor = actor(user, task);
        Optional<ProgressReport> existing = reports.forPeriod(task.orgId(), task.id(), period.code());
        if (existing.isPresent()) {
            ProgressReport r = existing.get();
            Map<String, Object> before = r.snapshot();
            r.edit(task, actor, content, now());
            reports.update(r);
            audit.record("UPDATE", "progress_report", r.id().toString(), before, r.snapshot());
            return new Saved(reports.get(r.id(), user), false);
        }
        Deadline due = ReportingSchedule.due(period, calendar);
        ProgressReport r = ProgressReport.draft(task, period, due.due(), due.provisional(), actor, content, now());
        reports.insert(r);
        audit.record("CREATE", "progress_report", r.id().toString(), null, r.snapshot());
        return new Saved(reports.get(r.id(), user), true);
    }

    @Transactional
    public ProgressReport submit(UUID id, FazhiPrincipal user) {
        ProgressReport r = reports.get(id, user);
        TaskRef task = taskOf(r);
        Map<String, Object> before = r.snapshot();
        boolean resubmission = r.status() == ReportStatus.RETURNED;
        r.submit(task, actor(user, task), now());
        reports.update(r);
        audit.record(resubmission ? "TRANSITION:RESUBMIT" : "TRANSITION:SUBMIT", "progress_report", r.id().toString(),
                before, r.snapshot());
        return reports.get(id, user);
    }

    @Transactional
    public ProgressReport contribute(UUID id, String text, FazhiPrincipal user) {
        ProgressReport r = reports.get(id, user);
        TaskRef task = taskOf(r);
        r.checkContribution(task, actor(user, task));
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw BusinessException.invalid("text", "请填写本单位的进展材料");
        }
        if (t.length() > 4000) {
            throw BusinessException.invalid("text", "本单位材料不能超过4000字(当前" + t.length() + "字)");
        }
        String prev = reports.putContribution(r.orgId(), r.id(), user.orgId(), t, user.userId(), now());
        audit.record(prev == null ? "CREATE" : "UPDATE", "progress_contribution", r.id() + "/" + user.orgId(),
                prev == null ? null : Map.of("text", prev), Map.of("text", t));
        return r;
    }

    @Transactional
    public ProgressReport accept(UUID id, FazhiPrincipal user) {
        ProgressReport r = reports.get(id, user);
        TaskRef task = taskOf(r);
        Map<String, Object> before = r.snapshot();
        OffsetDateTime now = now();
        TaskStatus reported = r.accept(actor(user, task), now);
        reports.update(r);
        reports.insertReview(r, "ACCEPTED", null, user.userId(), now);
        audit.record("TRANSITION:ACCEPT", "progress_report", r.id().toString(), before, r.snapshot());
        // A task counts as completed only when a completion report is accepted (issue 4 §3).
        LocalDate completedOn = r.isCompletion() ? LocalDate.now(clock) : null;
        setTaskStatus(task, r.isCompletion() ? TaskStatus.COMPLETED : reported, completedOn, now);
        return reports.get(id, user);
    }

    @Transactional
    public ProgressReport returnForSupplement(UUID id, String reason, FazhiPrincipal user) {
        ProgressReport r = reports.get(id, user);
        TaskRef task = taskOf(r);
        Map<String, Object> before = r.snapshot();
        OffsetDateTime now = now();
        r.returnForSupplement(actor(user, task), reason, now);
        reports.update(r);
        reports.insertReview(r, "RETURNED", r.returnReason(), user.userId(), now);
        audit.record("TRANSITION:RETURN", "progress_report", r.id().toString(), before, r.snapshot());
        return reports.get(id, user);
    }

    /** Adds an evidence attachment (证明材料) to a report the lead unit or a responsible unit is still writing. */
    @Transactional
    public AttachmentRef addEvidence(UUID id, String filename, String contentType, InputStream in, FazhiPrincipal user) {
        ProgressReport r = reports.get(id, user);
        TaskRef task = taskOf(r);
        ReportActor actor = actor(user, task);
        if (actor.orgId() != task.leadOrgId()) {
            r.checkContribution(task, actor);
        } else if (!actor.canReport()) {
            throw BusinessException.forbidden("没有填报进展的权限(需要“plan:report”)");
        } else if (r.status() != ReportStatus.DRAFT && r.status() != ReportStatus.RETURNED) {
            throw new BusinessException("REPORT_STATE", "报告当前状态为“" + r.status().label()
                    + "”,不能再上传证明材料(只有草稿或退回补充的报告可以上传)", 409);
        }
        AttachmentRef ref = attachments.store(user.orgId(), filename, contentType, in, "evidence");
        reports.addEvidence(r.orgId(), r.id(), ref.orgId(), ref.id());
        audit.record("CREATE", "progress_evidence", r.id() + "/" + ref.id(), null,
                Map.of("attachmentId", ref.id().toString(), "filename", ref.filename()));
        return ref;
    }

    /** Evidence attachments the reader may see. */
    @Transactional(readOnly = true)
    public List<AttachmentInfo> evidence(ProgressReport r) {
        return reports.evidenceIds(r.orgId(), r.id()).stream().map(attachments::find).flatMap(Optional::stream).toList();
    }

    /** The review queue: submitted reports of plans whose supervising office is in the reviewer's scope. */
    @Transactional(readOnly = true)
    public List<ProgressReports.ReportRow> list(ReportStatus status, boolean reviewQueue, FazhiPrincipal user) {
        Access.require(user, PlanPermission.READ);
        if (reviewQueue) {
            Access.require(user, PlanPermission.REVIEW);
        }
        return reports.list(user, status, null, reviewQueue, 500);
    }

    /** The progress ledger file: its name and bytes. */
    public record LedgerFile(String filename, byte[] bytes) {
    }

    /**
     * 进展台账 of a plan for one period (default: the latest period that has ended): one row per task the reader
     * may see — 序号 / 工作任务 / 牵头单位 / 完成时限 / 报告期 / 进展状态 / 进展情况 / 审核结果.
     */
    @Transactional
    public LedgerFile ledger(UUID planId, String periodCode, FazhiPrincipal user) {
        Access.require(user, PlanPermission.READ);
        PlanTaskLookup.PlanRef plan = tasks.plan(planId).orElseThrow(() -> BusinessException.notFound("实施方案"));
        List<TaskRef> list = tasks.planTasks(planId, user);
        if (list.isEmpty() && !tasks.covers(user, plan.orgId())) {
            throw BusinessException.notFound("实施方案");
        }
        ReportingPeriod period;
        if (periodCode == null || periodCode.isBlank()) {
            LocalDate today = LocalDate.now(clock);
            List<ReportingPeriod> all = ReportingSchedule.periods(plan.cycle(), plan.startYear(), plan.endYear());
            period = all.stream().filter(p -> p.end().isBefore(today)).reduce((a, b) -> b).orElse(all.get(0));
        } else {
            period = ReportingSchedule.period(plan.cycle(), plan.startYear(), plan.endYear(), "period", periodCode);
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        for (TaskRef t : list) {
            Optional<ProgressReport> r = reports.forPeriod(t.orgId(), t.id(), period.code());
            String state = r.map(x -> x.status() == ReportStatus.DRAFT ? "未报送" : x.content().taskStatus().label()).orElse("未报送");
            String narrative = r.filter(x -> x.status() != ReportStatus.DRAFT).map(x -> {
                StringBuilder b = new StringBuilder(x.content().narrative() == null ? "" : x.content().narrative());
                for (Figure f : x.content().figures()) {
                    b.append(b.isEmpty() ? "" : "\n").append(f.label()).append(":").append(f.value())
                            .append(f.unit() == null ? "" : f.unit());
                }
                for (ProgressReports.ContributionRow c : reports.contributions(x.orgId(), x.id())) {
                    b.append(b.isEmpty() ? "" : "\n").append("【").append(c.unitName()).append("】").append(c.text());
                }
                return b.toString();
            }).orElse("");
            String review = r.map(x -> switch (x.status()) {
                case ACCEPTED -> "通过";
                case RETURNED -> "退回补充:" + x.returnReason();
                case SUBMITTED -> "待审核";
                case DRAFT -> "";
            }).orElse("");
            rows.add(List.of(String.valueOf(t.number()), t.text(), t.leadOrgName(), t.deadlineLabel(), period.label(),
                    state, narrative, review));
        }
        byte[] bytes = LedgerWorkbook.write("进展台账", plan.title() + "进展台账(" + period.label() + ")",
                List.of("序号", "工作任务", "牵头单位", "完成时限", "报告期", "进展状态", "进展情况", "审核结果"),
                new int[] {6, 50, 16, 14, 16, 12, 50, 20}, rows);
        audit.record("EXPORT", "plan", planId.toString(), null, Map.of("ledger", "progress", "period", period.code()));
        return new LedgerFile("进展台账-" + period.code() + ".xlsx", bytes);
    }

    private TaskRef taskOf(ProgressReport r) {
        return tasks.find(r.taskId()).orElseThrow(() -> BusinessException.notFound("任务"));
    }

    private void setTaskStatus(TaskRef task, TaskStatus status, LocalDate completedOn, OffsetDateTime now) {
        if (task.status() == status && completedOn == null) {
            return;
        }
        jdbc.update("update plan_task set status = ?, completed_on = ?, updated_at = ?, version = version + 1 where org_id = ? and id = ?",
                status.name(), completedOn, now, task.orgId(), task.id());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", task.status().name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        if (completedOn != null) {
            after.put("completedOn", completedOn.toString());
        }
        audit.record("UPDATE", "plan_task", task.id().toString(), before, after);
    }
}
