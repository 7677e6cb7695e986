package cn.fazhi.disputes.litigation;

import cn.fazhi.disputes.support.DeadlineTodos;
import cn.fazhi.disputes.DisputesPermission;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.web.TodoContributor;
import cn.fazhi.platform.web.TodoItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Home-page items for a defendant organ's litigation:handle users: defences and appeals due, recommendations to answer. */
@Component
class LitigationTodos implements TodoContributor {

    static final int WINDOW_DAYS = 7;

    private final LitigationCases cases;
    private final Clock clock;

    LitigationTodos(LitigationCases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todosFor(FazhiPrincipal user) {
        if (!user.can(DisputesPermission.LITIGATION_HANDLE)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<TodoItem> items = new ArrayList<>();
        LocalDate until = today.plusDays(WINDOW_DAYS);
        for (Map<String, Object> d : cases.openDeadlines(user.orgId(), until)) {
            Object v = d.get("due");
            LocalDate due = v instanceof LocalDate l ? l : ((java.sql.Date) v).toLocalDate();
            String what = LitigationCase.STEP_DEFENCE.equals(d.get("step")) ? "应诉答辩期限" : "上诉期限";
            items.add(new TodoItem("disputes", what + ":" + d.get("case_number"), "/litigation/cases/" + d.get("id"), due,
                    DeadlineTodos.severity(due, today, until)));
        }
        for (Recommendation r : cases.openRecommendations(user.orgId(), until)) {
            items.add(new TodoItem("disputes", r.kind().label() + "待回复:" + r.docNumber(),
                    r.caseId() == null ? "/litigation/recommendations" : "/litigation/cases/" + r.caseId(), r.reply().due(),
                    DeadlineTodos.severity(r.reply().due(), today, until)));
        }
        return items;
    }
}
