package cn.fazhi.disputes.reconsideration;

import java.time.LocalDate;
import java.util.UUID;

/** Domain events of a reconsideration case (past tense), published after the change commits with it. */
public final class ReconsiderationEvents {

    private ReconsiderationEvents() {
    }

    public record CaseReceived(long orgId, UUID caseId, LocalDate on, Channel channel) {
    }

    public record CaseAccepted(long orgId, UUID caseId, LocalDate on, Procedure procedure, boolean deemed) {
    }

    public record CaseNotAccepted(long orgId, UUID caseId, LocalDate on, String reason) {
    }

    public record CaseSuspended(long orgId, UUID caseId, LocalDate on, SuspensionGround ground) {
    }

    public record CaseResumed(long orgId, UUID caseId, LocalDate on, int suspendedDays) {
    }

    public record CaseTerminated(long orgId, UUID caseId, LocalDate on, TerminationGround ground) {
    }

    public record CaseMediated(long orgId, UUID caseId, LocalDate on) {
    }

    public record CaseDecided(long orgId, UUID caseId, LocalDate on, DecisionType type, long respondentOrgId) {
    }

    public record DecisionServed(long orgId, UUID caseId, LocalDate on) {
    }
}
