package cn.fazhi.disputes.petition;

import cn.fazhi.disputes.support.DeadlineTodos;
import cn.fazhi.disputes.DisputesPermission;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.web.TodoContributor;
import cn.fazhi.platform.web.TodoItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Home-page items: petitions registered by or assigned to the user's organ with a decision or reply due within a week. */
@Component
class PetitionTodos implements TodoContributor {

    private final Petitions petitions;
    private final Clock clock;

    PetitionTodos(Petitions petitions, Clock clock) {
        this.petitions = petitions;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todosFor(FazhiPrincipal user) {
        if (!user.can(DisputesPermission.PETITION_HANDLE)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(7);
        return petitions.dueFor(user.orgId(), until).stream().map(r -> new TodoItem("disputes",
                (r.state() == PetitionState.RECEIVED ? "信访事项待决定是否受理:" : "信访事项待答复:") + r.petitioner(),
                "/petitions/" + r.id(), r.nextDue(),
                DeadlineTodos.severity(r.nextDue(), today, until))).toList();
    }
}
