package cn.fazhi.disputes.mediation;

import cn.fazhi.disputes.support.DeadlineProcess;
import cn.fazhi.disputes.support.DeadlineStore;
import cn.fazhi.disputes.support.DeadlineTable;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Administrative mediation as a {@link DeadlineProcess}: the time limit and confirmation window re-timed. */
@Component
class MediationRetiming implements DeadlineProcess {

    private final MediationCases cases;
    private final MediationService service;
    private final DeadlineStore store;
    private final StatutoryCalendar calendar;

    MediationRetiming(MediationCases cases, MediationService service, DeadlineStore store, StatutoryCalendar calendar) {
        this.cases = cases;
        this.service = service;
        this.store = store;
        this.calendar = calendar;
    }

    @Override
    public DeadlineTable table() {
        return DeadlineTable.MEDIATION;
    }

    @Override
    public String entityType() {
        return "mediation_case";
    }

    @Override
    public Optional<Retimed> retime(long orgId, UUID id) {
        return cases.findForSystem(orgId, id).map(m -> {
            var before = m.deadlines();
            m.retime(calendar::due, service.limitDays(), service.extensionDays());
            store.replace(table(), orgId, id, m.deadlines());
            return new Retimed(m.applicant() + " 与 " + m.otherParty(), before, m.deadlines());
        });
    }
}
