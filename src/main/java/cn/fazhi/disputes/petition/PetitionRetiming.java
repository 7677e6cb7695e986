package cn.fazhi.disputes.petition;

import cn.fazhi.disputes.support.DeadlineProcess;
import cn.fazhi.disputes.support.DeadlineStore;
import cn.fazhi.disputes.support.DeadlineTable;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Petitions as a {@link DeadlineProcess}: the 信访工作条例 periods re-timed from the petition's dates. */
@Component
class PetitionRetiming implements DeadlineProcess {

    private final Petitions petitions;
    private final DeadlineStore store;
    private final StatutoryCalendar calendar;

    PetitionRetiming(Petitions petitions, DeadlineStore store, StatutoryCalendar calendar) {
        this.petitions = petitions;
        this.store = store;
        this.calendar = calendar;
    }

    @Override
    public DeadlineTable table() {
        return DeadlineTable.PETITION;
    }

    @Override
    public String entityType() {
        return "petition";
    }

    @Override
    public Optional<Retimed> retime(long orgId, UUID id) {
        return petitions.findForSystem(orgId, id).map(p -> {
            var before = p.deadlines();
            p.retime(calendar::due);
            store.replace(table(), orgId, id, p.deadlines());
            return new Retimed(p.petitioner() + ":" + abbreviate(p.matter()), before, p.deadlines());
        });
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
