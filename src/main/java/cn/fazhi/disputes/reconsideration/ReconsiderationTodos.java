package cn.fazhi.disputes.reconsideration;

import cn.fazhi.disputes.support.DeadlineTodos;
import cn.fazhi.disputes.DisputesPermission;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.web.TodoContributor;
import cn.fazhi.platform.web.TodoItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 待办: the office's steps due within 3 working days or overdue; the respondent's pending answers. */
@Component
class ReconsiderationTodos implements TodoContributor {

    private final ReconsiderationService service;

    ReconsiderationTodos(ReconsiderationService service) {
        this.service = service;
    }

    @Override
    public List<TodoItem> todosFor(FazhiPrincipal user) {
        List<TodoItem> items = new ArrayList<>();
        LocalDate today = service.today();
        LocalDate soon = service.deadlines().soonLimit(today, 3);
        if (user.can(DisputesPermission.RECONSIDERATION_HANDLE)) {
            var v = ReconsiderationCases.scopeCondition(user.scope(), true, false, "c");
            for (var d : service.store().openDeadlines(v, soon, List.of(CaseDeadlines.ACCEPTANCE_REVIEW,
                    CaseDeadlines.SUPPLEMENT_NOTICE, CaseDeadlines.RESPONDENT_COPY, CaseDeadlines.DECISION))) {
                items.add(item("行政复议 " + d.caseNo() + ":" + CaseDeadlines.label(d.step()), d,
                        today, soon));
            }
        }
        if (user.can(DisputesPermission.RECONSIDERATION_RESPOND)) {
            var v = ReconsiderationCases.scopeCondition(user.scope(), false, true, "c");
            for (var d : service.store().openDeadlines(v, LocalDate.of(2999, 12, 31),
                    List.of(CaseDeadlines.RESPONDENT_ANSWER))) {
                items.add(item("行政复议 " + d.caseNo() + ":提出书面答复", d, today, soon));
            }
        }
        return items;
    }

    private static TodoItem item(String title, ReconsiderationCases.OpenDeadline d, LocalDate today, LocalDate soon) {
        return new TodoItem("行政复议", title + "(" + d.due() + " 前)", "/reconsideration/cases/" + d.caseId(), d.due(),
                DeadlineTodos.severity(d.due(), today, soon));
    }
}
