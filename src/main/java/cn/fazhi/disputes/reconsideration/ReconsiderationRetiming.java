package cn.fazhi.disputes.reconsideration;

import cn.fazhi.disputes.support.DeadlineProcess;
import cn.fazhi.disputes.support.DeadlineTable;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reconsideration as a {@link DeadlineProcess}: every step recomputed from the case by {@link CaseDeadlines}. */
@Component
class ReconsiderationRetiming implements DeadlineProcess {

    private final ReconsiderationService service;

    ReconsiderationRetiming(ReconsiderationService service) {
        this.service = service;
    }

    @Override
    public DeadlineTable table() {
        return DeadlineTable.RECONSIDERATION;
    }

    @Override
    public String entityType() {
        return "recon_case";
    }

    @Override
    public Optional<Retimed> retime(long orgId, UUID id) {
        ReconsiderationCases cases = service.store();
        return cases.findForSystem(orgId, id).map(c -> {
            var before = cases.storedDeadlines(c);
            var after = service.deadlinesOf(c);
            cases.replaceDeadlines(c, after);
            return new Retimed(c.caseNo(), before, after);
        });
    }
}
