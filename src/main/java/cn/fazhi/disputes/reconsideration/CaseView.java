package cn.fazhi.disputes.reconsideration;

import cn.fazhi.disputes.support.CaseDeadline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The case as the API returns it and the pages show it (deadlines with their articles, timeline, documents). */
public record CaseView(String id, String caseNo, String state, String stateLabel, String channel, String trackingCode,
        long organId, String organName, long respondentOrgId, String respondentName, String applicant,
        String actDescription, LocalDate receivedOn, String procedure, LocalDate acceptedOn, boolean deemedAccepted,
        LocalDate deemedAcceptanceOn, String notAcceptedReason, String suspensionGround, LocalDate suspendedOn,
        int suspendedDays, int extendedDays, String decisionType, String decisionLabel, LocalDate decidedOn,
        LocalDate concludedOn, String terminationGround, LocalDate servedOn, LocalDate opinionLetterOn,
        List<DeadlineView> deadlines, List<TimelineView> timeline, List<DocumentView> documents,
        List<String> allowedActions, JurisdictionView jurisdiction) {

    /** 管辖 (第二十四条至第二十八条): whether the organ hears the case, the article, the competent organ and why. */
    public record JurisdictionView(boolean covered, String basis, String competent, String note) {
    }

    public record DeadlineView(String step, String label, LocalDate due, String unit, int amount, String basis,
            boolean provisional, int suspendedDays, LocalDate doneOn, String urgency) {
    }

    public record TimelineView(int seq, String at, LocalDate on, String actor, String action, String detail,
            String basis, String stateAfter) {
    }

    public record DocumentView(int seq, String kind, String title, String attachmentId) {
    }

    static CaseView of(ReconsiderationCase c, ReconsiderationService s, List<String> actions) {
        LocalDate today = s.today();
        LocalDate soon = s.deadlines().soonLimit(today, 3);
        List<DeadlineView> ds = new ArrayList<>();
        for (CaseDeadline d : s.deadlinesOf(c)) {
            ds.add(new DeadlineView(d.step(), CaseDeadlines.label(d.step()), d.due(), d.unit().name(), d.amount(), d.basis(), d.provisional(),
                    d.suspendedDays(), d.doneOn(), d.urgency(today, soon).name()));
        }
        List<TimelineView> tl = s.store().timeline(c).stream().map(t -> new TimelineView(t.seq(), t.at().toString(),
                t.on(), t.actor(), t.action(), t.detail(), t.basis(), t.stateAfter())).toList();
        List<DocumentView> docs = s.store().documents(c).stream().map(d -> new DocumentView(d.seq(), d.kind(), d.title(),
                d.attachmentId().toString())).toList();
        return new CaseView(c.id().toString(), c.caseNo(), c.state().name(), c.state().label(), c.channel().name(),
                c.trackingCode(), c.orgId(), s.orgName(c.orgId()), c.respondentOrgId(), s.orgName(c.respondentOrgId()),
                c.applicant(), c.actDescription(), c.receivedOn(), c.procedure() == null ? null : c.procedure().name(),
                c.acceptedOn(), c.deemedAccepted(), s.deemedAcceptanceOn(c), c.notAcceptedReason(),
                c.suspensionGround() == null ? null : c.suspensionGround().name(), c.suspendedOn(), c.suspendedDays(),
                c.extendedDays(), c.decisionType() == null ? null : c.decisionType().name(),
                c.decisionType() == null ? null : c.decisionType().label(), c.decidedOn(), c.concludedOn(),
                c.terminationGround() == null ? null : c.terminationGround().name(), c.servedOn(), c.opinionLetterOn(),
                ds, tl, docs, actions, jurisdiction(s, c));
    }

    private static JurisdictionView jurisdiction(ReconsiderationService s, ReconsiderationCase c) {
        Jurisdiction j = s.jurisdiction(c);
        return new JurisdictionView(j.covered(), j.basis(), j.competent(), j.note());
    }

    /** For the pages: the deadline rows keyed by step. */
    public Map<String, DeadlineView> deadlineByStep() {
        Map<String, DeadlineView> m = new java.util.LinkedHashMap<>();
        deadlines.forEach(d -> m.put(d.step(), d));
        return m;
    }
}
