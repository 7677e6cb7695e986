package cn.fazhi.disputes.litigation;

import cn.fazhi.disputes.support.DeadlineProcess;
import cn.fazhi.disputes.support.DeadlineStore;
import cn.fazhi.disputes.support.DeadlineTable;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Litigation response as a {@link DeadlineProcess}: the defence and appeal windows re-timed from the case's dates. */
@Component
class LitigationRetiming implements DeadlineProcess {

    private final LitigationCases cases;
    private final DeadlineStore store;
    private final StatutoryCalendar calendar;

    LitigationRetiming(LitigationCases cases, DeadlineStore store, StatutoryCalendar calendar) {
        this.cases = cases;
        this.store = store;
        this.calendar = calendar;
    }

    @Override
    public DeadlineTable table() {
        return DeadlineTable.LITIGATION;
    }

    @Override
    public String entityType() {
        return "litigation_case";
    }

    @Override
    public Optional<Retimed> retime(long orgId, UUID id) {
        return cases.findForSystem(orgId, id).map(c -> {
            var before = c.deadlines();
            c.retime(calendar::due);
            store.replace(table(), orgId, id, c.deadlines());
            return new Retimed(c.caseNumber(), before, c.deadlines());
        });
    }
}
