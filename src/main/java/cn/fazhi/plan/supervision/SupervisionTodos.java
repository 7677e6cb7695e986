package cn.fazhi.plan.supervision;

import cn.fazhi.plan.PlanPermission;
import cn.fazhi.plan.progress.ProgressReports;
import cn.fazhi.plan.progress.ReportStatus;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.web.TodoContributor;
import cn.fazhi.platform.web.TodoItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Puts plan items on the home page. A unit user (plan:report): the open alerts addressed to the unit, its draft and
 * returned reports, the notices it has to answer. A reviewer (plan:review): the reports awaiting review in scope. A
 * supervisor (plan:supervise): the overdue tasks in scope.
 */
@Component
class SupervisionTodos implements TodoContributor {

    /** How many overdue tasks a supervisor's home page lists one by one. */
    static final int SUPERVISOR_OVERDUE_SHOWN = 20;

    private final SupervisionAlerts alerts;
    private final SupervisionNotices notices;
    private final ProgressReports reports;
    private final Clock clock;

    SupervisionTodos(SupervisionAlerts alerts, SupervisionNotices notices, ProgressReports reports, Clock clock) {
        this.alerts = alerts;
        this.notices = notices;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todosFor(FazhiPrincipal user) {
        List<TodoItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        Set<UUID> seenAlerts = new HashSet<>();
        if (user.can(PlanPermission.REPORT)) {
            for (SupervisionAlerts.Alert a : alerts.openForUnit(user.orgId())) {
                seenAlerts.add(a.id());
                items.add(alertItem(a));
            }
            for (SupervisionAlerts.Alert a : alerts.openForInvolvedUnit(user.orgId())) {
                if (seenAlerts.add(a.id())) {
                    items.add(new TodoItem("plan", a.kind().label() + "(本单位为责任单位):" + a.taskTitle(),
                            "/plans/tasks/" + a.taskId() + "/history", a.dueOn(), a.kind().severity()));
                }
            }
            for (ProgressReports.ReportRow r : reports.list(user, null, user.orgId(), false, 200)) {
                if (r.status().equals(ReportStatus.DRAFT.name())) {
                    items.add(new TodoItem("plan", "进展报告待报送:" + r.periodCode() + " 第" + r.taskNumber() + "项 "
                            + cut(r.taskText()), "/plans/reports/" + r.id(), r.dueOn(), severity(r.dueOn(), today)));
                } else if (r.status().equals(ReportStatus.RETURNED.name())) {
                    items.add(new TodoItem("plan", "进展报告被退回补充:" + r.periodCode() + " 第" + r.taskNumber() + "项(" + cut(r.returnReason()) + ")",
                            "/plans/reports/" + r.id(), r.dueOn(), TodoItem.Severity.DUE_SOON));
                }
            }
            for (SupervisionNotice n : notices.openForUnit(user.orgId())) {
                items.add(new TodoItem("plan", n.level().label() + "通知待回复:" + n.number(), "/supervision/notices/" + n.id(),
                        n.replyDue(), today.isAfter(n.replyDue()) ? TodoItem.Severity.OVERDUE : TodoItem.Severity.DUE_SOON));
            }
        }
        if (user.can(PlanPermission.REVIEW)) {
            for (ProgressReports.ReportRow r : reports.list(user, ReportStatus.SUBMITTED, null, true, 200)) {
                items.add(new TodoItem("plan", "待审核进展报告:" + r.reportingOrgName() + " " + r.periodCode() + " 第"
                        + r.taskNumber() + "项 " + cut(r.taskText()), "/plans/reports/" + r.id(), null, TodoItem.Severity.NORMAL));
            }
        }
        if (user.can(PlanPermission.SUPERVISE)) {
            // A city's supervisor may have hundreds of overdue tasks in scope: the home page says how many and lists
            // the most recently overdue; the whole list is the supervision ledger's.
            long overdue = alerts.countVisible(user, AlertKind.OVERDUE, true);
            if (overdue > SUPERVISOR_OVERDUE_SHOWN) {
                items.add(new TodoItem("plan", "范围内逾期未完成任务共" + overdue + "项(以下为最近逾期的" + SUPERVISOR_OVERDUE_SHOWN
                        + "项,全部见督办台账)", "/supervision", null, TodoItem.Severity.OVERDUE));
            }
            for (SupervisionAlerts.Alert a : alerts.visible(user, AlertKind.OVERDUE, true, SUPERVISOR_OVERDUE_SHOWN, true)) {
                if (seenAlerts.add(a.id())) {
                    items.add(new TodoItem("plan", "逾期任务:" + a.targetOrgName() + " " + a.taskTitle(),
                            "/plans/tasks/" + a.taskId() + "/history", a.dueOn(), TodoItem.Severity.OVERDUE));
                }
            }
        }
        return items;
    }

    private static TodoItem alertItem(SupervisionAlerts.Alert a) {
        String what = switch (a.kind()) {
            case DUE_SOON, OVERDUE -> a.kind().label() + ":" + a.taskTitle();
            case REPORT_DUE_SOON, REPORT_OVERDUE -> a.kind().label() + "(" + a.subjectKey() + "):" + a.taskTitle();
            case RETURNED_NOT_RESUBMITTED -> a.kind().label() + ":" + a.taskTitle();
        };
        String link = a.kind() == AlertKind.RETURNED_NOT_RESUBMITTED ? "/plans/reports/" + a.subjectKey()
                : "/plans/tasks/" + a.taskId() + "/history";
        return new TodoItem("plan", what, link, a.dueOn(), a.kind().severity());
    }

    private static TodoItem.Severity severity(LocalDate due, LocalDate today) {
        if (due == null) {
            return TodoItem.Severity.NORMAL;
        }
        if (today.isAfter(due)) {
            return TodoItem.Severity.OVERDUE;
        }
        return due.toEpochDay() - today.toEpochDay() <= 10 ? TodoItem.Severity.DUE_SOON : TodoItem.Severity.NORMAL;
    }

    private static String cut(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
