package cn.fazhi.disputes.support;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A disputes process whose open deadlines a new holiday notice may move (reconsideration, litigation, mediation,
 * petitions): it recomputes one case's deadlines from its aggregate through platform.calendar and stores them.
 */
public interface DeadlineProcess {

    /** The table of the process's deadlines. */
    DeadlineTable table();

    /** The audit entity type of its cases, e.g. {@code recon_case}. */
    String entityType();

    /**
     * Recomputes the open deadlines of one case from its aggregate (the done ones stay as they were) and stores them.
     * Empty when the case no longer exists.
     */
    Optional<Retimed> retime(long orgId, UUID id);

    /** One case re-timed: its label for the audit (case number or parties) and its deadlines before and after. */
    record Retimed(String caseLabel, List<CaseDeadline> before, List<CaseDeadline> after) {

        public Retimed {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        /** The open steps whose last day or provisional flag moved, in step order of {@code after}. */
        public List<Change> changes() {
            return after.stream().filter(CaseDeadline::open).map(a -> {
                CaseDeadline b = before.stream().filter(x -> x.step().equals(a.step())).findFirst().orElse(null);
                return b == null || !b.open() || (b.due().equals(a.due()) && b.provisional() == a.provisional()) ? null
                        : new Change(a.step(), b.due(), a.due(), b.provisional(), a.provisional());
            }).filter(java.util.Objects::nonNull).toList();
        }
    }

    /** A step that moved: from which last day to which, and from provisional (待公布) to definitive or not. */
    record Change(String step, java.time.LocalDate from, java.time.LocalDate to, boolean wasProvisional,
            boolean provisional) {

        /** E.g. "DECISION: 2027-01-05 → 2027-01-06(待公布 → 已确定)". */
        public String describe() {
            return step + ": " + from + " → " + to + (wasProvisional == provisional ? ""
                    : wasProvisional ? "(待公布 → 已确定)" : "(已确定 → 待公布)");
        }
    }

    /**
     * {@code recomputed} with every deadline that was done in {@code stored} and is still done on the same day kept as
     * stored: a deadline met is history, a later calendar change does not move it.
     */
    static List<CaseDeadline> keepDone(List<CaseDeadline> stored, List<CaseDeadline> recomputed) {
        return recomputed.stream().map(r -> stored.stream()
                .filter(s -> s.step().equals(r.step()) && !s.open() && !r.open() && s.doneOn().equals(r.doneOn()))
                .findFirst().orElse(r)).toList();
    }
}
