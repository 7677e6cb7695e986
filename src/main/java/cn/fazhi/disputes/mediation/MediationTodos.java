package cn.fazhi.disputes.mediation;

import cn.fazhi.disputes.support.DeadlineTodos;
import cn.fazhi.disputes.DisputesPermission;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.web.TodoContributor;
import cn.fazhi.platform.web.TodoItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Home-page items: mediation cases of the user's organ whose time limit ends within a week or has passed. */
@Component
class MediationTodos implements TodoContributor {

    private final MediationCases cases;
    private final Clock clock;

    MediationTodos(MediationCases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todosFor(FazhiPrincipal user) {
        if (!user.can(DisputesPermission.MEDIATION_HANDLE)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(7);
        return cases.dueFor(user.orgId(), until).stream().map(r -> new TodoItem("disputes",
                "行政调解期限:" + r.applicant() + " 与 " + r.otherParty(), "/mediation/cases/" + r.id(), r.nextDue(),
                DeadlineTodos.severity(r.nextDue(), today, until))).toList();
    }
}
