package cn.fazhi.reporting.annual;

import cn.fazhi.platform.org.OrgKind;
import cn.fazhi.platform.org.OrgNode;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.web.TodoContributor;
import cn.fazhi.platform.web.TodoItem;
import cn.fazhi.reporting.ReportingPermission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Raises "年度报告应于…前公开" on the home pages of {@code report:compose} holders, for each government in their
 * scope whose report on the previous year is not published yet: from {@code fazhi.reporting.annual.reminder-lead-days}
 * before the due date ({@link AnnualReportDeadline}), due soon in the last 15 days, overdue after the date.
 */
@Component
class AnnualReportTodos implements TodoContributor {

    private static final int DUE_SOON_DAYS = 15;

    private final OrgUnits orgUnits;
    private final AnnualReports reports;
    private final AnnualReportDeadline deadline;
    private final Clock clock;
    private final int leadDays;

    AnnualReportTodos(OrgUnits orgUnits, AnnualReports reports, AnnualReportDeadline deadline, Clock clock,
            @Value("${fazhi.reporting.annual.reminder-lead-days:60}") int leadDays) {
        this.orgUnits = orgUnits;
        this.reports = reports;
        this.deadline = deadline;
        this.clock = clock;
        this.leadDays = leadDays;
    }

    @Override
    public List<TodoItem> todosFor(FazhiPrincipal user) {
        if (!user.can(ReportingPermission.COMPOSE)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() - 1;
        LocalDate due = deadline.dueOn(year);
        if (today.isBefore(due.minusDays(leadDays))) {
            return List.of();
        }
        List<TodoItem> out = new ArrayList<>();
        for (OrgNode n : orgUnits.treeInScope(user)) {
            if (n.unit().kind() != OrgKind.GOVERNMENT) {
                continue;
            }
            Optional<AnnualReport> latest = reports.latest(n.unit().id(), year);
            boolean published = latest.map(r -> r.status() == AnnualReportStatus.PUBLISHED || r.versionNo() > 1)
                    .orElse(false);
            if (published) {
                continue;
            }
            TodoItem.Severity sev = today.isAfter(due) ? TodoItem.Severity.OVERDUE
                    : today.isAfter(due.minusDays(DUE_SOON_DAYS)) ? TodoItem.Severity.DUE_SOON : TodoItem.Severity.NORMAL;
            String state = latest.map(r -> "(当前:" + r.status().label() + ")").orElse("(尚未起草)");
            String title = n.unit().name() + year + "年度法治政府建设年度报告应于" + deadline.dueText(year) + "公开"
                    + (sev == TodoItem.Severity.OVERDUE ? ",已逾期" : "") + state;
            out.add(new TodoItem("reporting", title,
                    latest.map(r -> "/reports/annual/" + r.id()).orElse("/reports/annual"), due, sev));
        }
        return out;
    }
}
