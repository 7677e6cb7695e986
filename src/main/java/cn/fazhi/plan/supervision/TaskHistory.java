package cn.fazhi.plan.supervision;

import cn.fazhi.plan.PlanPermission;
import cn.fazhi.plan.progress.PlanTaskLookup;
import cn.fazhi.plan.progress.ProgressReport;
import cn.fazhi.plan.progress.ProgressReports;
import cn.fazhi.plan.progress.TaskRef;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A task's whole history — reports, reviews, contributions, notices, alerts — in time order. */
@Service
public class TaskHistory {

    private final PlanTaskLookup tasks;
    private final ProgressReports reports;
    private final SupervisionNotices notices;
    private final SupervisionAlerts alerts;

    TaskHistory(PlanTaskLookup tasks, ProgressReports reports, SupervisionNotices notices, SupervisionAlerts alerts) {
        this.tasks = tasks;
        this.reports = reports;
        this.notices = notices;
        this.alerts = alerts;
    }

    /** One event: when, what kind (报告/审核/材料/督办/预警), a Chinese description, and a link. */
    public record Event(OffsetDateTime at, String kind, String text, String link) {
    }

    public record History(TaskRef task, List<Event> events) {
    }

    @Transactional(readOnly = true)
    public History of(UUID taskId, FazhiPrincipal user) {
        Access.require(user, PlanPermission.READ);
        TaskRef task = tasks.visible(taskId, user);
        List<Event> events = new ArrayList<>();
        for (ProgressReport r : reports.forTask(task.orgId(), task.id())) {
            String link = "/plans/reports/" + r.id();
            events.add(new Event(r.createdAt(), "报告", r.periodCode() + " 进展报告起草(" + r.content().taskStatus().label()
                    + (r.isCompletion() ? ",完成报告" : "") + ")", link));
            if (r.submittedAt() != null) {
                events.add(new Event(r.submittedAt(), "报告", r.periodCode() + " 进展报告报送(最近一次)", link));
            }
            for (ProgressReports.ReviewRow v : reports.reviews(r.orgId(), r.id())) {
                events.add(new Event(v.reviewedAt(), "审核", r.periodCode() + " 审核:" + v.decisionLabel()
                        + (v.reason() == null ? "" : "(" + v.reason() + ")") + (v.reviewerName() == null ? "" : ",审核人 " + v.reviewerName()), link));
            }
            for (ProgressReports.ContributionRow c : reports.contributions(r.orgId(), r.id())) {
                events.add(new Event(c.submittedAt(), "材料", r.periodCode() + " " + c.unitName() + "提供材料:" + c.text(), link));
            }
        }
        for (SupervisionNotice n : notices.forTask(task.orgId(), task.id())) {
            String link = "/supervision/notices/" + n.id();
            events.add(new Event(n.createdAt(), "督办", n.level().label() + "通知 " + n.number() + " 发出,回复期限 " + n.replyDue(), link));
            if (n.repliedAt() != null) {
                events.add(new Event(n.repliedAt(), "督办", n.number() + " 已回复:" + n.replyText(), link));
            }
            if (n.closedAt() != null) {
                events.add(new Event(n.closedAt(), "督办", n.number() + " 已办结" + (n.closeRemark() == null ? "" : ":" + n.closeRemark()), link));
            }
        }
        for (SupervisionAlerts.Alert a : alerts.forTask(task.orgId(), task.id())) {
            events.add(new Event(a.raisedAt(), "预警", a.kindLabel() + "(" + a.subjectKey() + (a.dueOn() == null ? "" : ",期限 " + a.dueOn()) + ")", null));
            if (a.resolvedAt() != null) {
                events.add(new Event(a.resolvedAt(), "预警", a.kindLabel() + " 已解除", null));
            }
        }
        events.sort(Comparator.comparing(Event::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return new History(task, events);
    }
}
