package cn.fazhi.disputes.mediation;

import static cn.fazhi.disputes.support.CaseFields.notBefore;
import static cn.fazhi.disputes.support.CaseFields.notFuture;
import static cn.fazhi.disputes.support.CaseFields.required;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.platform.calendar.Deadline;
import cn.fazhi.platform.calendar.Period;
import cn.fazhi.platform.calendar.PeriodUnit;
import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * An administrative mediation case (行政调解) of a civil dispute related to administration, handled by the organ
 * {@code orgId}. Mediation is voluntary: it is accepted only with both parties' consent and not when a party refuses
 * (人民调解法 第十七条, applied by analogy); a failed mediation is ended and the parties told of other routes (第二十六条).
 * No statute fixes a time limit for 行政调解: the limit is the organ's rule ({@code fazhi.mediation.time-limit-days},
 * extension {@code fazhi.mediation.extension-days}). After an agreement the parties may apply jointly for judicial
 * confirmation within 30 days (人民调解法 第三十三条; 民事诉讼法(2023) 第二百零五条).
 */
public final class MediationCase {

    public static final String STEP_TIME_LIMIT = "MEDIATION_TIME_LIMIT";
    public static final String STEP_CONFIRMATION = "JUDICIAL_CONFIRMATION";
    static final String RULE = "本机关行政调解规则(法律、行政法规未规定行政调解期限,可配置)";
    // 人民调解法 第三十三条: 双方当事人可以自调解协议生效之日起三十日内共同向人民法院申请司法确认
    static final Period CONFIRMATION = new Period(30, PeriodUnit.NATURAL_DAYS, "人民调解法第三十三条;民事诉讼法(2023)第二百零五条");

    /** The session record. */
    public record Session(int seq, LocalDate heldOn, String mediator, String summary) {
    }

    private final long orgId;
    private final UUID id;
    private final String applicant;
    private final String otherParty;
    private final DisputeType disputeType;
    private final String summary;
    private final LocalDate receivedOn;
    MediationState state;
    LocalDate acceptedOn;
    String declinedReason;
    boolean extended;
    String extensionReason;
    LocalDate closedOn;
    String agreementText;
    String closingNote;
    final List<Session> sessions = new ArrayList<>();
    final List<CaseDeadline> deadlines = new ArrayList<>();
    private final int version;

    MediationCase(long orgId, UUID id, String applicant, String otherParty, DisputeType disputeType, String summary,
            LocalDate receivedOn, MediationState state, int version) {
        this.orgId = orgId;
        this.id = id;
        this.applicant = applicant;
        this.otherParty = otherParty;
        this.disputeType = disputeType;
        this.summary = summary;
        this.receivedOn = receivedOn;
        this.state = state;
        this.version = version;
    }

    public interface Calendar extends BiFunction<LocalDate, Period, Deadline> {
    }

    static MediationCase receive(long orgId, UUID id, String applicant, String otherParty, DisputeType type, String summary,
            LocalDate receivedOn, LocalDate today) {
        if (type == null) {
            throw BusinessException.invalid("disputeType", "请选择纠纷类型");
        }
        return new MediationCase(orgId, id, required("applicant", applicant, "申请人", 300),
                required("otherParty", otherParty, "对方当事人", 300), type, required("summary", summary, "纠纷概要", 4000),
                notFuture("receivedOn", receivedOn, today, "收到申请日期"), MediationState.RECEIVED, 0);
    }

    /** Accepted with both parties' consent (自愿原则). */
    void accept(LocalDate on, boolean applicantConsents, boolean otherPartyConsents, int limitDays, LocalDate today, Calendar cal) {
        requireState("受理", "人民调解法第十七条(自愿原则)", MediationState.RECEIVED);
        notFuture("acceptedOn", on, today, "受理日期");
        notBefore("acceptedOn", on, receivedOn, "受理日期", "收到申请日期");
        if (!applicantConsents || !otherPartyConsents) {
            throw new BusinessException("CONSENT_REQUIRED", "行政调解须双方当事人自愿;" + (!applicantConsents ? "申请人" : "对方当事人")
                    + "未同意调解的不能受理,请作不予受理处理(人民调解法第十七条)", 409);
        }
        this.acceptedOn = on;
        deadlines.add(CaseDeadline.of(STEP_TIME_LIMIT, cal.apply(on, timeLimit(limitDays, 0))));
        this.state = MediationState.ACCEPTED;
    }

    /** Not accepted: a party refuses, or the dispute is outside the organ's remit. */
    void decline(LocalDate on, String reason, LocalDate today) {
        requireState("不予受理", "人民调解法第十七条", MediationState.RECEIVED);
        notFuture("closedOn", on, today, "不予受理日期");
        notBefore("closedOn", on, receivedOn, "不予受理日期", "收到申请日期");
        this.declinedReason = required("reason", reason, "不予受理理由", 1000);
        this.closedOn = on;
        this.state = MediationState.DECLINED;
    }

    Session addSession(LocalDate heldOn, String mediator, String text, LocalDate today) {
        requireState("登记调解会", "人民调解法第二十二条", MediationState.ACCEPTED);
        notFuture("heldOn", heldOn, today, "调解日期");
        notBefore("heldOn", heldOn, acceptedOn, "调解日期", "受理日期");
        Session s = new Session(sessions.size() + 1, heldOn, required("mediator", mediator, "调解人员", 200),
                required("summary", text, "调解情况", 4000));
        sessions.add(s);
        return s;
    }

    /** Extends the time limit once by the organ's extension (the organ's rule, with the reason). */
    void extend(String reason, int extensionDays, int limitDays, Calendar cal) {
        requireState("延长调解期限", RULE, MediationState.ACCEPTED);
        if (extended) {
            throw new BusinessException("ALREADY_EXTENDED", "调解期限已延长过一次,不能再次延长(" + RULE + ")", 409);
        }
        this.extensionReason = required("reason", reason, "延长理由", 1000);
        this.extended = true;
        deadlines.removeIf(x -> x.step().equals(STEP_TIME_LIMIT));
        deadlines.add(CaseDeadline.of(STEP_TIME_LIMIT, cal.apply(acceptedOn, timeLimit(limitDays, extensionDays))));
    }

    private Period timeLimit(int limitDays, int extensionDays) {
        return extended ? new Period(limitDays + extensionDays, PeriodUnit.NATURAL_DAYS,
                RULE + ":" + limitDays + "日,经批准延长" + extensionDays + "日")
                : new Period(limitDays, PeriodUnit.NATURAL_DAYS, RULE);
    }

    /**
     * Recomputes the open deadlines from the case's own dates (after a new holiday notice): the time limit from
     * acceptance with the amount it was set with, the confirmation window from the agreement. Done ones stay.
     */
    void retime(Calendar cal, int limitDays, int extensionDays) {
        deadlines.replaceAll(d -> !d.open() ? d : switch (d.step()) {
            case STEP_TIME_LIMIT -> {
                // the amount stored is the one the case was given; the organ's rule may have changed since
                Period p = timeLimit(limitDays, extensionDays);
                yield CaseDeadline.of(STEP_TIME_LIMIT, cal.apply(acceptedOn, p.amount() == d.amount() ? p
                        : new Period(d.amount(), PeriodUnit.NATURAL_DAYS, RULE)));
            }
            case STEP_CONFIRMATION -> closedOn == null ? d : CaseDeadline.of(STEP_CONFIRMATION, cal.apply(closedOn, CONFIRMATION));
            default -> d;
        });
    }

    /** The outcome closes the case: SUCCEEDED (with the agreement), FAILED or TERMINATED. */
    void conclude(MediationState outcome, LocalDate on, String agreement, String note, LocalDate today, Calendar cal) {
        requireState("登记调解结果", "人民调解法第二十六条、第二十八条", MediationState.ACCEPTED);
        if (outcome == null || !outcome.closed()) {
            throw BusinessException.invalid("outcome", "调解结果只能是 SUCCEEDED(调解成功)、FAILED(调解不成)或 TERMINATED(终止调解)");
        }
        notFuture("closedOn", on, today, "办结日期");
        notBefore("closedOn", on, acceptedOn, "办结日期", "受理日期");
        if (outcome == MediationState.SUCCEEDED) {
            this.agreementText = required("agreement", agreement, "调解协议内容", 4000);
            deadlines.add(CaseDeadline.of(STEP_CONFIRMATION, cal.apply(on, CONFIRMATION)));
        } else {
            this.closingNote = required("note", note, outcome == MediationState.FAILED ? "调解不成的情况及告知的其他救济途径" : "终止调解的原因", 2000);
        }
        deadlines.replaceAll(d -> d.step().equals(STEP_TIME_LIMIT) && d.open() ? d.done(on) : d);
        this.closedOn = on;
        this.state = outcome;
    }

    public boolean closedInTime() {
        CaseDeadline d = deadline(STEP_TIME_LIMIT);
        return closedOn != null && d != null && !closedOn.isAfter(d.due());
    }

    public CaseDeadline deadline(String step) {
        return deadlines.stream().filter(d -> d.step().equals(step)).findFirst().orElse(null);
    }

    private void requireState(String action, String article, MediationState... allowed) {
        for (MediationState s : allowed) {
            if (s == state) {
                return;
            }
        }
        throw new BusinessException("INVALID_STATE", "调解案件当前状态为“" + state.label() + "”,不能" + action + "(" + article + ")", 409);
    }




    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", state.name());
        m.put("acceptedOn", acceptedOn == null ? null : acceptedOn.toString());
        m.put("closedOn", closedOn == null ? null : closedOn.toString());
        m.put("sessions", sessions.size());
        m.put("extended", extended);
        return m;
    }

    public long orgId() { return orgId; }
    public UUID id() { return id; }
    public String applicant() { return applicant; }
    public String otherParty() { return otherParty; }
    public DisputeType disputeType() { return disputeType; }
    public String summary() { return summary; }
    public LocalDate receivedOn() { return receivedOn; }
    public MediationState state() { return state; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public String declinedReason() { return declinedReason; }
    public boolean extended() { return extended; }
    public String extensionReason() { return extensionReason; }
    public LocalDate closedOn() { return closedOn; }
    public String agreementText() { return agreementText; }
    public String closingNote() { return closingNote; }
    public List<Session> sessions() { return List.copyOf(sessions); }
    public List<CaseDeadline> deadlines() { return List.copyOf(deadlines); }
    public int version() { return version; }
}
