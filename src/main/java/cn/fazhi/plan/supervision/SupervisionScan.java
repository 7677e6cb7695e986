package cn.fazhi.plan.supervision;

import cn.fazhi.plan.progress.PlanTaskLookup;
import cn.fazhi.plan.progress.ProgressReport;
import cn.fazhi.plan.progress.ProgressReports;
import cn.fazhi.plan.progress.ReportStatus;
import cn.fazhi.plan.progress.ReportingPeriod;
import cn.fazhi.plan.progress.ReportingSchedule;
import cn.fazhi.plan.progress.TaskRef;
import cn.fazhi.plan.TaskStatus;
import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.calendar.Period;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.kernel.TimeConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily supervision scan (督办扫描). On one node of the cluster (ShedLock) it compares what is due with what was
 * done, as of the injected clock, and keeps {@code supervision_alert} in step:
 * <ul>
 * <li>DUE_SOON: a dated task not completed whose deadline is within 30 natural days;</li>
 * <li>OVERDUE: a dated task not completed whose deadline has passed; the task becomes 逾期未完成;</li>
 * <li>REPORT_DUE_SOON / REPORT_OVERDUE: a period has ended and its report is not submitted — before / after its due
 * date ({@link ReportingSchedule}); only periods whose due date is on or after the day the task was entered, so that
 * importing an older plan does not raise its whole past;</li>
 * <li>RETURNED_NOT_RESUBMITTED: a report returned for supplement (退回补充) and not submitted again within 5 working
 * days (a rule of ours).</li>
 * </ul>
 * Alerts are unique per (task, kind, subject): a repeated scan raises nothing twice; an alert whose cause went away
 * is resolved ({@code resolved_at}), and raised again if the cause comes back.
 */
@Component
public class SupervisionScan {

    private static final Logger log = LoggerFactory.getLogger(SupervisionScan.class);
    static final String LOCK = "plan-supervision-scan";
    static final int DUE_SOON_DAYS = 30;
    /** 退回补充后 5 个工作日内重新报送 (a rule of this platform). */
    static final Period RESUBMIT = Period.workingDays(5).withBasis("本平台规则:退回补充的报告应于5个工作日内重新报送");
    private static final String ACTOR = "system:supervision-scan";

    private final PlanTaskLookup tasks;
    private final ProgressReports reports;
    private final SupervisionAlerts alerts;
    private final StatutoryCalendar calendar;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final LockingTaskExecutor executor;
    private final ReentrantLock localLock = new ReentrantLock();

    SupervisionScan(PlanTaskLookup tasks, ProgressReports reports, SupervisionAlerts alerts, StatutoryCalendar calendar,
            AuditLog audit, JdbcTemplate jdbc, Clock clock, PlatformTransactionManager txManager, LockProvider lockProvider) {
        this.tasks = tasks;
        this.reports = reports;
        this.alerts = alerts;
        this.calendar = calendar;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = new TransactionTemplate(txManager);
        this.executor = new DefaultLockingTaskExecutor(lockProvider);
    }

    /** What one run changed. */
    public record ScanResult(LocalDate asOf, int raised, int resolved, int tasksMarkedOverdue, int open) {
    }

    /** Daily at {@code fazhi.plan.supervision-scan.cron} (default 02:00 China time), on one node only. */
    @Scheduled(cron = "${fazhi.plan.supervision-scan.cron:0 0 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    public void scheduledScan() {
        ScanResult r = scan();
        log.info("supervision scan {}: raised {}, resolved {}, tasks marked overdue {}, open {}", r.asOf(), r.raised(),
                r.resolved(), r.tasksMarkedOverdue(), r.open());
    }

    /** Runs the scan now under the cluster lock (POST /api/supervision/scan); refused while another node runs it. */
    public ScanResult scanNow() {
        try {
            LockingTaskExecutor.TaskResult<ScanResult> result = executor.executeWithLock(this::scan,
                    new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(30), Duration.ZERO));
            if (!result.wasExecuted()) {
                throw new BusinessException("SCAN_RUNNING", "督办扫描正在其他节点上运行,请稍后再试", 409);
            }
            return result.getResult();
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private record Key(long orgId, UUID taskId, AlertKind kind, String subject) {
    }

    private record Finding(long targetOrgId, LocalDate dueOn) {
    }

    /** One scan as of the clock's today (callable from tests; the caller holds no lock). */
    public ScanResult scan() {
        localLock.lock();
        try {
            return tx.execute(status -> doScan());
        } finally {
            localLock.unlock();
        }
    }

    private ScanResult doScan() {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        Map<Key, Finding> found = new LinkedHashMap<>();
        Map<UUID, Map<String, ProgressReport>> byTask = new HashMap<>();
        for (ProgressReport r : reports.ofActivePlans()) {
            byTask.computeIfAbsent(r.taskId(), k -> new HashMap<>()).put(r.periodCode(), r);
        }
        int marked = 0;
        // due dates depend only on the period: computed once per scan
        Map<String, LocalDate> dueByPeriod = new HashMap<>();
        for (TaskRef t : tasks.activeTasks()) {
            if (t.status() == TaskStatus.COMPLETED) {
                continue;
            }
            if ("DATE".equals(t.deadlineKind()) && t.deadline() != null) {
                if (t.deadline().isBefore(today)) {
                    found.put(new Key(t.orgId(), t.id(), AlertKind.OVERDUE, t.deadline().toString()),
                            new Finding(t.leadOrgId(), t.deadline()));
                    if (t.status() != TaskStatus.OVERDUE_UNFINISHED) {
                        markOverdue(t, now);
                        marked++;
                    }
                } else if (ChronoUnit.DAYS.between(today, t.deadline()) <= DUE_SOON_DAYS) {
                    // a reminder window (30 natural days before the deadline), not a deadline itself
                    found.put(new Key(t.orgId(), t.id(), AlertKind.DUE_SOON, t.deadline().toString()),
                            new Finding(t.leadOrgId(), t.deadline()));
                }
            }
            Map<String, ProgressReport> own = byTask.getOrDefault(t.id(), Map.of());
            for (ReportingPeriod p : ReportingSchedule.periods(t.cycle(), t.startYear(), t.endYear())) {
                if (!p.end().isBefore(today)) {
                    break;
                }
                LocalDate due = dueByPeriod.computeIfAbsent(p.code(), k -> ReportingSchedule.due(p, calendar).due());
                if (due.isBefore(t.enteredOn())) {
                    continue;
                }
                ProgressReport r = own.get(p.code());
                if (r != null && r.status() != ReportStatus.DRAFT) {
                    continue; // submitted, accepted, or returned (handled below)
                }
                AlertKind kind = today.isAfter(due) ? AlertKind.REPORT_OVERDUE : AlertKind.REPORT_DUE_SOON;
                found.put(new Key(t.orgId(), t.id(), kind, p.code()), new Finding(t.leadOrgId(), due));
            }
            for (ProgressReport r : own.values()) {
                if (r.status() == ReportStatus.RETURNED && r.reviewedAt() != null) {
                    LocalDate returnedOn = r.reviewedAt().atZoneSameInstant(TimeConfig.CHINA).toLocalDate();
                    LocalDate limit = calendar.due(returnedOn, RESUBMIT).due();
                    if (today.isAfter(limit)) {
                        found.put(new Key(t.orgId(), t.id(), AlertKind.RETURNED_NOT_RESUBMITTED, r.id().toString()),
                                new Finding(t.leadOrgId(), limit));
                    }
                }
            }
        }
        int raised = 0;
        int resolved = 0;
        Map<Key, SupervisionAlerts.Alert> existing = new HashMap<>();
        for (SupervisionAlerts.Alert a : alerts.all()) {
            existing.put(new Key(a.orgId(), a.taskId(), a.kind(), a.subjectKey()), a);
        }
        for (Map.Entry<Key, Finding> e : found.entrySet()) {
            Key k = e.getKey();
            Finding f = e.getValue();
            SupervisionAlerts.Alert a = existing.get(k);
            if (a == null) {
                UUID id = UUID.randomUUID();
                alerts.insert(k.orgId(), id, k.kind(), k.taskId(), k.subject(), f.targetOrgId(), f.dueOn(), now);
                audit(id, "RAISE", k, f);
                raised++;
            } else if (a.resolvedAt() != null) {
                alerts.reopen(a.orgId(), a.id(), f.targetOrgId(), f.dueOn(), now);
                audit(a.id(), "RAISE", k, f);
                raised++;
            } else if (a.targetOrgId() != f.targetOrgId() || !java.util.Objects.equals(a.dueOn(), f.dueOn())) {
                alerts.refresh(a.orgId(), a.id(), f.targetOrgId(), f.dueOn());
            }
        }
        for (Map.Entry<Key, SupervisionAlerts.Alert> e : existing.entrySet()) {
            SupervisionAlerts.Alert a = e.getValue();
            if (a.resolvedAt() == null && !found.containsKey(e.getKey())) {
                alerts.resolve(a.orgId(), a.id(), now);
                audit.recordAs(ACTOR, null, null, null, "RESOLVE", "supervision_alert", a.id().toString(),
                        Map.of("kind", a.kind().name(), "taskId", a.taskId().toString()), Map.of("resolvedAt", now.toString()));
                resolved++;
            }
        }
        return new ScanResult(today, raised, resolved, marked, found.size());
    }

    private void audit(UUID id, String action, Key k, Finding f) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", k.kind().name());
        after.put("taskId", k.taskId().toString());
        after.put("subject", k.subject());
        after.put("targetOrgId", f.targetOrgId());
        after.put("dueOn", f.dueOn() == null ? null : f.dueOn().toString());
        audit.recordAs(ACTOR, null, null, null, action, "supervision_alert", id.toString(), null, after);
    }

    private void markOverdue(TaskRef t, OffsetDateTime now) {
        jdbc.update("update plan_task set status = 'OVERDUE_UNFINISHED', updated_at = ?, version = version + 1 where org_id = ? and id = ? and status <> 'COMPLETED'",
                now, t.orgId(), t.id());
        audit.recordAs(ACTOR, null, null, null, "UPDATE", "plan_task", t.id().toString(),
                Map.of("status", t.status().name()), Map.of("status", TaskStatus.OVERDUE_UNFINISHED.name(),
                        "reason", "完成时限" + t.deadline() + "已过,任务未经审核确认完成"));
    }
}
