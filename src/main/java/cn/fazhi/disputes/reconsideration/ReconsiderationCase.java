package cn.fazhi.disputes.reconsideration;

import cn.fazhi.disputes.reconsideration.ReconsiderationEvents.CaseAccepted;
import cn.fazhi.disputes.reconsideration.ReconsiderationEvents.CaseDecided;
import cn.fazhi.disputes.reconsideration.ReconsiderationEvents.CaseMediated;
import cn.fazhi.disputes.reconsideration.ReconsiderationEvents.CaseNotAccepted;
import cn.fazhi.disputes.reconsideration.ReconsiderationEvents.CaseReceived;
import cn.fazhi.disputes.reconsideration.ReconsiderationEvents.CaseResumed;
import cn.fazhi.disputes.reconsideration.ReconsiderationEvents.CaseSuspended;
import cn.fazhi.disputes.reconsideration.ReconsiderationEvents.CaseTerminated;
import cn.fazhi.disputes.reconsideration.ReconsiderationEvents.DecisionServed;
import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The reconsideration case aggregate (domain-rules §1.11). One method per transition; each checks the current state
 * and its named gates ({@link ReconsiderationPolicies}), records a timeline entry citing the article and registers a
 * past-tense event. A refused transition changes nothing and says why in Chinese, naming the current state.
 */
public class ReconsiderationCase {

    /** A timeline entry waiting to be stored with the case. */
    public record Entry(LocalDate on, String action, String detail, String basis, CaseState stateAfter) {
    }

    final long orgId;
    final UUID id;
    String caseNo;
    String trackingCode;
    Channel channel;
    long respondentOrgId;
    String applicant;
    String applicantContact;
    String actDescription;
    LocalDate receivedOn;
    CaseState state;
    Procedure procedure;
    LocalDate reviewStartOn;
    LocalDate acceptedOn;
    boolean deemedAccepted;
    LocalDate supplementRequestedOn;
    LocalDate supplementReceivedOn;
    String notAcceptedReason;
    LocalDate copySentOn;
    LocalDate answeredOn;
    LocalDate hearingOn;
    String hearingPanel;
    String committeeOpinion;
    CaseState suspendedState;
    LocalDate suspendedOn;
    SuspensionGround suspensionGround;
    int suspendedDays;
    int extendedDays;
    DecisionType decisionType;
    LocalDate decidedOn;
    LocalDate concludedOn;
    TerminationGround terminationGround;
    boolean afterMediation;
    LocalDate servedOn;
    LocalDate opinionLetterOn;
    LocalDate performedOn;
    String enforcement;
    Integer version;

    private final transient List<Entry> newEntries = new ArrayList<>();
    private final transient List<Object> events = new ArrayList<>();

    ReconsiderationCase(long orgId, UUID id) {
        this.orgId = orgId;
        this.id = id;
    }

    /**
     * 收到申请 (行政复议法(2023) 第二十二条). The receipt date may not lie in the future; an online application gets a
     * tracking code.
     */
    public static ReconsiderationCase receive(long orgId, String caseNo, Channel channel, long respondentOrgId,
            String applicant, String contact, String actDescription, LocalDate receivedOn, LocalDate today,
            String trackingCode) {
        ReconsiderationPolicies.require(ReconsiderationPolicies.receiptNotInFuture(receivedOn, today));
        if (applicant == null || applicant.isBlank()) {
            throw BusinessException.invalid("applicant", "请填写申请人");
        }
        if (applicant.strip().length() > 200) {
            throw BusinessException.invalid("applicant", "申请人不能超过 200 个字");
        }
        if (actDescription == null || actDescription.isBlank()) {
            throw BusinessException.invalid("actDescription", "请填写申请复议的行政行为及复议请求");
        }
        if (actDescription.strip().length() > 2000) {
            throw BusinessException.invalid("actDescription", "行政行为及复议请求不能超过 2000 个字");
        }
        ReconsiderationCase c = new ReconsiderationCase(orgId, UUID.randomUUID());
        c.caseNo = caseNo;
        c.channel = channel;
        c.trackingCode = channel == Channel.ONLINE ? trackingCode : null;
        c.respondentOrgId = respondentOrgId;
        c.applicant = applicant.strip();
        c.applicantContact = contact == null || contact.isBlank() ? null : contact.strip();
        c.actDescription = actDescription.strip();
        c.receivedOn = receivedOn;
        c.reviewStartOn = receivedOn;
        c.state = CaseState.RECEIVED;
        c.record(receivedOn, "RECEIVE", "收到行政复议申请(" + channel.label() + ")", "行政复议法(2023) 第二十二条");
        c.events.add(new CaseReceived(orgId, c.id, receivedOn, channel));
        return c;
    }

    // ---- acceptance --------------------------------------------------------------------------------------------

    /** 补正通知 (第三十一条): within 5 working days of receipt; the acceptance review waits for the supplement. */
    public void requestSupplement(LocalDate on, String items, LocalDate noticeDue, LocalDate today) {
        expect("补正通知", CaseState.RECEIVED);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, receivedOn, today, "补正通知日期"));
        ReconsiderationPolicies.require(ReconsiderationPolicies.supplementNoticeInTime(on, noticeDue, supplementRequestedOn));
        if (items == null || items.isBlank()) {
            throw BusinessException.invalid("items", "请一次性写明需要补正的事项(第三十一条)");
        }
        supplementRequestedOn = on;
        supplementReceivedOn = null;
        state = CaseState.NEEDS_SUPPLEMENT;
        record(on, "SUPPLEMENT_REQUEST", "一次性书面通知补正:" + items.strip(), "行政复议法(2023) 第三十一条");
    }

    /** 补正材料收到 (第三十一条): the acceptance review starts again from the supplement's receipt. */
    public void supplementReceived(LocalDate on, LocalDate supplementDue, LocalDate today) {
        expect("收到补正材料", CaseState.NEEDS_SUPPLEMENT);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, supplementRequestedOn, today, "补正材料收到日期"));
        ReconsiderationPolicies.require(ReconsiderationPolicies.supplementInTime(on, supplementDue));
        supplementReceivedOn = on;
        reviewStartOn = on;
        state = CaseState.RECEIVED;
        record(on, "SUPPLEMENT_RECEIVED", "收到补正材料,重新起算受理审查期限", "行政复议法(2023) 第三十一条");
    }

    /** 逾期不补正 ⇒ 视为放弃行政复议申请 (第三十一条). */
    public void abandon(LocalDate on, LocalDate supplementDue) {
        expect("视为放弃申请", CaseState.NEEDS_SUPPLEMENT);
        if (!on.isAfter(supplementDue)) {
            throw gate("补正期限至 " + supplementDue + " 届满,期限内不能视为放弃申请", "行政复议法(2023) 第三十一条");
        }
        state = CaseState.ABANDONED;
        concludedOn = on;
        record(on, "ABANDON", "申请人无正当理由逾期不补正,视为放弃行政复议申请", "行政复议法(2023) 第三十一条");
    }

    /** 受理 (第三十条): within the review period, respondent within the organ's jurisdiction (第二十四条至第二十八条). */
    public void accept(LocalDate on, Procedure procedure, Jurisdiction jurisdiction, LocalDate reviewDue, LocalDate today) {
        expect("受理", CaseState.RECEIVED);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, reviewStartOn, today, "受理日期"));
        ReconsiderationPolicies.require(ReconsiderationPolicies.jurisdiction(jurisdiction));
        ReconsiderationPolicies.require(ReconsiderationPolicies.acceptanceInTime(on, reviewDue));
        this.procedure = procedure;
        acceptedOn = on;
        state = CaseState.ACCEPTED;
        record(on, "ACCEPT", "决定受理,适用" + procedure.label() + "(管辖:" + jurisdiction.note() + ")",
                "行政复议法(2023) 第三十条、" + jurisdiction.basis().replace("行政复议法(2023) ", ""));
        events.add(new CaseAccepted(orgId, id, on, procedure, false));
    }

    /** 视为受理 (第三十条第三款): the review period ran out without a decision; accepted as of its last day. */
    public void deemAccepted(LocalDate reviewDue, LocalDate today) {
        expect("视为受理", CaseState.RECEIVED);
        if (!today.isAfter(reviewDue)) {
            throw gate("受理审查期限至 " + reviewDue + " 届满,尚未届满不能视为受理", "行政复议法(2023) 第三十条");
        }
        procedure = Procedure.ORDINARY;
        acceptedOn = reviewDue;
        deemedAccepted = true;
        state = CaseState.ACCEPTED;
        record(reviewDue, "DEEMED_ACCEPTED", "审查期限届满未作出不予受理决定,自届满之日起视为受理(普通程序)", "行政复议法(2023) 第三十条");
        events.add(new CaseAccepted(orgId, id, reviewDue, procedure, true));
    }

    /** 不予受理 (第三十条): with a reason; a jurisdiction refusal names the competent organ. */
    public void rejectAcceptance(LocalDate on, String reason, LocalDate reviewDue, LocalDate today) {
        expect("不予受理", CaseState.RECEIVED);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, reviewStartOn, today, "不予受理决定日期"));
        ReconsiderationPolicies.require(ReconsiderationPolicies.acceptanceInTime(on, reviewDue));
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", "不予受理决定须写明理由(第三十条)");
        }
        notAcceptedReason = reason.strip();
        state = CaseState.NOT_ACCEPTED;
        concludedOn = on;
        record(on, "REJECT", "决定不予受理:" + notAcceptedReason, "行政复议法(2023) 第三十条");
        events.add(new CaseNotAccepted(orgId, id, on, notAcceptedReason));
    }

    // ---- review ------------------------------------------------------------------------------------------------

    /** 简易程序转普通程序 (第五十五条), approved by the head of the reconsideration office. */
    public void convertProcedure(LocalDate on, String approvedBy, LocalDate today) {
        expect("转为普通程序", CaseState.UNDER_REVIEW);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, acceptedOn, today, "转换日期"));
        if (procedure != Procedure.SIMPLE) {
            throw gate("本案适用" + procedure.label() + ",只有简易程序可以转为普通程序", "行政复议法(2023) 第五十五条");
        }
        ReconsiderationPolicies.require(ReconsiderationPolicies.approved(approvedBy, "行政复议法(2023) 第五十五条"));
        procedure = Procedure.ORDINARY;
        record(on, "CONVERT", "经" + approvedBy.strip() + "批准,简易程序转为普通程序", "行政复议法(2023) 第五十五条");
    }

    /** 发送申请书副本 / 答复通知 (第四十八条、第五十四条). */
    public void copyToRespondent(LocalDate on, LocalDate today) {
        expect("发送申请书副本", CaseState.ACCEPTED);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, acceptedOn, today, "发送日期"));
        copySentOn = on;
        state = CaseState.COPY_SENT;
        record(on, "COPY_TO_RESPONDENT", "将申请书副本发送被申请人,通知其提出书面答复并提交证据、依据", procedure.copyArticle());
    }

    /** 被申请人答复 (第四十八条、第五十四条). */
    public void respondentAnswered(LocalDate on, String summary, LocalDate today) {
        expect("被申请人答复", CaseState.COPY_SENT);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, copySentOn, today, "答复日期"));
        answeredOn = on;
        state = CaseState.ANSWERED;
        record(on, "ANSWER", "被申请人提交书面答复" + (summary == null || summary.isBlank() ? "" : ":" + summary.strip()),
                procedure.copyArticle());
    }

    /**
     * 听取意见 (第四十九条) or 听证 (第五十条、第五十一条). A hearing has a panel of one presiding officer and at least two
     * hearing officers (the clerk named separately) and is held under the ordinary procedure.
     */
    public void hearing(LocalDate on, boolean formalHearing, String panel, LocalDate today) {
        expect(formalHearing ? "听证" : "听取意见", CaseState.COPY_SENT, CaseState.ANSWERED, CaseState.HEARING);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, copySentOn, today, "听取意见日期"));
        if (formalHearing) {
            ReconsiderationPolicies.require(ReconsiderationPolicies.hearingUnderOrdinary(procedure));
            ReconsiderationPolicies.require(ReconsiderationPolicies.hearingPanel(panel));
            hearingPanel = panel.strip();
        }
        hearingOn = on;
        state = CaseState.HEARING;
        record(on, formalHearing ? "HEARING" : "HEAR_VIEWS",
                formalHearing ? "组织听证,听证组:" + hearingPanel : "听取当事人意见并记录在案",
                formalHearing ? "行政复议法(2023) 第五十条" : "行政复议法(2023) 第四十九条");
    }

    /** 行政复议委员会咨询意见 (第五十二条、第六十一条). */
    public void committeeOpinion(LocalDate on, String opinion, LocalDate today) {
        expect("提请行政复议委员会", CaseState.ANSWERED, CaseState.HEARING);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, acceptedOn, today, "咨询意见日期"));
        if (opinion == null || opinion.isBlank()) {
            throw BusinessException.invalid("opinion", "请填写行政复议委员会的咨询意见");
        }
        committeeOpinion = opinion.strip();
        record(on, "COMMITTEE_OPINION", "行政复议委员会提出咨询意见:" + committeeOpinion, "行政复议法(2023) 第五十二条");
    }

    /** 中止 (第三十九条): the clock stops; 书面告知当事人. */
    public void suspend(LocalDate on, SuspensionGround ground, LocalDate today) {
        expect("中止", CaseState.UNDER_REVIEW);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, acceptedOn, today, "中止日期"));
        suspendedState = state;
        suspendedOn = on;
        suspensionGround = ground;
        state = CaseState.SUSPENDED;
        record(on, "SUSPEND", "中止行政复议:" + ground.label() + "(审理期限停止计算)", ground.basis());
        events.add(new CaseSuspended(orgId, id, on, ground));
    }

    /** 恢复审理 (第三十九条第二款): the clock runs on with the remaining time. */
    public void resume(LocalDate on, LocalDate today) {
        expect("恢复审理", CaseState.SUSPENDED);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, suspendedOn, today, "恢复日期"));
        int days = (int) ChronoUnit.DAYS.between(suspendedOn, on);
        suspendedDays += days;
        state = suspendedState;
        suspendedState = null;
        suspendedOn = null;
        suspensionGround = null;
        record(on, "RESUME", "中止原因消除,恢复审理;中止 " + days + " 日不计入审理期限", "行政复议法(2023) 第三十九条第二款");
        events.add(new CaseResumed(orgId, id, on, days));
    }

    /** 终止 (第四十一条): withdrawal (also after mediation or settlement, 第七十三条、第七十四条) and the other grounds. */
    public void terminate(LocalDate on, TerminationGround ground, LocalDate lapseDue, LocalDate today) {
        expect("终止", union(CaseState.UNDER_REVIEW, CaseState.SUSPENDED));
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, acceptedOn, today, "终止日期"));
        ReconsiderationPolicies.require(ReconsiderationPolicies.terminationGround(ground, state, suspensionGround,
                lapseDue, on));
        terminationGround = ground;
        afterMediation = ground.afterMediation();
        state = CaseState.TERMINATED;
        concludedOn = on;
        record(on, "TERMINATE", "终止行政复议:" + ground.label(), ground.basis());
        events.add(new CaseTerminated(orgId, id, on, ground));
    }

    /** 调解书 (第七十三条): signed by the parties, sealed by the organ, effective on signature. */
    public void mediate(LocalDate on, String terms, LocalDate today) {
        expect("制作行政复议调解书", CaseState.UNDER_REVIEW);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, acceptedOn, today, "调解书日期"));
        if (terms == null || terms.isBlank()) {
            throw BusinessException.invalid("terms", "请填写调解协议内容(第七十三条)");
        }
        state = CaseState.MEDIATED;
        concludedOn = on;
        record(on, "MEDIATE", "达成调解协议,制作行政复议调解书:" + terms.strip(), "行政复议法(2023) 第七十三条");
        events.add(new CaseMediated(orgId, id, on));
    }

    /** 延长审理期限 (第六十二条): ordinary procedure, at most once and at most 30 days, approved, before the deadline. */
    public void extend(LocalDate on, int days, String approvedBy, LocalDate decisionDue, LocalDate today) {
        expect("延长审理期限", CaseState.UNDER_REVIEW);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, acceptedOn, today, "延长决定日期"));
        ReconsiderationPolicies.require(ReconsiderationPolicies.extension(procedure, extendedDays, days, on, decisionDue));
        ReconsiderationPolicies.require(ReconsiderationPolicies.approved(approvedBy, "行政复议法(2023) 第六十二条"));
        extendedDays = days;
        record(on, "EXTEND", "情况复杂,经" + approvedBy.strip() + "批准延长审理期限 " + days + " 日,书面告知当事人",
                "行政复议法(2023) 第六十二条");
    }

    /** 作出行政复议决定 (第五章). */
    public void decide(LocalDate on, DecisionType type, LocalDate answerDue, LocalDate today) {
        expect("作出行政复议决定", CaseState.COPY_SENT, CaseState.ANSWERED, CaseState.HEARING);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, acceptedOn, today, "决定日期"));
        ReconsiderationPolicies.require(ReconsiderationPolicies.answerOrTimeout(answeredOn, answerDue, on));
        ReconsiderationPolicies.require(ReconsiderationPolicies.viewsHeard(procedure, hearingOn));
        ReconsiderationPolicies.require(ReconsiderationPolicies.decisionAllowed(type, answeredOn));
        decisionType = type;
        decidedOn = on;
        concludedOn = on;
        state = CaseState.DECIDED;
        record(on, "DECIDE", "作出行政复议决定:" + type.label(), type.basis());
        events.add(new CaseDecided(orgId, id, on, type, respondentOrgId));
    }

    /** 送达 (第七十五条): the decision or mediation document takes effect on service. */
    public void serve(LocalDate on, LocalDate today) {
        expect("送达", CaseState.DECIDED, CaseState.MEDIATED);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, concludedOn, today, "送达日期"));
        servedOn = on;
        state = CaseState.SERVED;
        record(on, "SERVE", "送达当事人,行政复议决定书(调解书)自送达之日起发生法律效力", "行政复议法(2023) 第七十五条");
        events.add(new DecisionServed(orgId, id, on));
    }

    /** 行政复议意见书 (第七十六条): the respondent reports correction within 60 days. */
    public void opinionLetter(LocalDate on, String content, LocalDate today) {
        expect("制发行政复议意见书", CaseState.DECIDED, CaseState.SERVED, CaseState.CLOSED, CaseState.MEDIATED,
                CaseState.TERMINATED);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, acceptedOn, today, "意见书日期"));
        if (opinionLetterOn != null) {
            throw gate("本案已于 " + opinionLetterOn + " 制发行政复议意见书", "行政复议法(2023) 第七十六条");
        }
        if (content == null || content.isBlank()) {
            throw BusinessException.invalid("content", "请填写意见书指出的问题和纠正意见");
        }
        opinionLetterOn = on;
        record(on, "OPINION_LETTER", "制发行政复议意见书:" + content.strip() + "(被申请人应在60日内反馈纠正情况)",
                "行政复议法(2023) 第七十六条");
    }

    /** 履行 / 强制执行 (第七十七条、第七十八条) of a served decision or mediation document. */
    public void performance(LocalDate on, boolean performed, String note, LocalDate today) {
        expect("登记履行情况", CaseState.SERVED);
        ReconsiderationPolicies.require(ReconsiderationPolicies.dateOrder(on, servedOn, today, "履行日期"));
        if (!performed && (note == null || note.isBlank())) {
            throw BusinessException.invalid("note", "未履行的,请写明责令履行或强制执行的措施(第七十七条、第七十八条)");
        }
        performedOn = on;
        enforcement = performed ? null : note.strip();
        state = CaseState.CLOSED;
        record(on, performed ? "PERFORMED" : "ENFORCEMENT",
                performed ? "已履行行政复议决定" + (note == null || note.isBlank() ? "" : ":" + note.strip())
                        : "强制执行/责令履行:" + enforcement,
                performed ? "行政复议法(2023) 第七十七条" : "行政复议法(2023) 第七十八条");
    }

    /** The office's transitions the current state allows (date and other gates are checked when one is run). */
    public List<String> officeActions() {
        List<String> a = new ArrayList<>();
        switch (state) {
            case RECEIVED -> a.addAll(List.of("accept", "reject", "supplement-request"));
            case NEEDS_SUPPLEMENT -> a.addAll(List.of("supplement-received", "abandon"));
            case ACCEPTED -> a.addAll(List.of("copy-to-respondent", "suspend", "terminate", "mediate"));
            case COPY_SENT, ANSWERED, HEARING -> {
                a.addAll(List.of("hearing", "decide", "suspend", "terminate", "mediate"));
                if (state != CaseState.COPY_SENT) {
                    a.add("committee-opinion");
                }
            }
            case SUSPENDED -> a.addAll(List.of("resume", "terminate"));
            case DECIDED, MEDIATED -> a.add("serve");
            case SERVED -> a.add("performance");
            default -> { }
        }
        if (CaseState.UNDER_REVIEW.contains(state)) {
            if (procedure == Procedure.SIMPLE) {
                a.add("convert");
            } else if (extendedDays == 0) {
                a.add("extend");
            }
        }
        if (opinionLetterOn == null && (state == CaseState.DECIDED || state == CaseState.SERVED
                || state == CaseState.CLOSED || state == CaseState.MEDIATED || state == CaseState.TERMINATED)) {
            a.add("opinion-letter");
        }
        return a;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void expect(String action, CaseState... allowed) {
        expect(action, Set.of(allowed));
    }

    private void expect(String action, Set<CaseState> allowed) {
        if (!allowed.contains(state)) {
            throw new BusinessException("RECONSIDERATION_STATE",
                    "案件当前状态为“" + state.label() + "”,不能" + action + "(须处于:"
                            + allowed.stream().sorted().map(CaseState::label).collect(Collectors.joining("、")) + ")",
                    409);
        }
    }

    private static Set<CaseState> union(Set<CaseState> a, CaseState... more) {
        java.util.EnumSet<CaseState> s = java.util.EnumSet.copyOf(a);
        s.addAll(Arrays.asList(more));
        return s;
    }

    static BusinessException gate(String reason, String basis) {
        return new BusinessException("RECONSIDERATION_GATE", reason + "(依据:" + basis + ")", 409);
    }

    private void record(LocalDate on, String action, String detail, String basis) {
        newEntries.add(new Entry(on, action, detail, basis, state));
    }

    public List<Entry> drainEntries() {
        List<Entry> l = List.copyOf(newEntries);
        newEntries.clear();
        return l;
    }

    public List<Object> drainEvents() {
        List<Object> l = List.copyOf(events);
        events.clear();
        return l;
    }

    // ---- accessors ---------------------------------------------------------------------------------------------

    public long orgId() { return orgId; }
    public UUID id() { return id; }
    public String caseNo() { return caseNo; }
    public String trackingCode() { return trackingCode; }
    public Channel channel() { return channel; }
    public long respondentOrgId() { return respondentOrgId; }
    public String applicant() { return applicant; }
    public String applicantContact() { return applicantContact; }
    public String actDescription() { return actDescription; }
    public LocalDate receivedOn() { return receivedOn; }
    public CaseState state() { return state; }
    public Procedure procedure() { return procedure; }
    public LocalDate reviewStartOn() { return reviewStartOn; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public boolean deemedAccepted() { return deemedAccepted; }
    public LocalDate supplementRequestedOn() { return supplementRequestedOn; }
    public LocalDate supplementReceivedOn() { return supplementReceivedOn; }
    public String notAcceptedReason() { return notAcceptedReason; }
    public LocalDate copySentOn() { return copySentOn; }
    public LocalDate answeredOn() { return answeredOn; }
    public LocalDate hearingOn() { return hearingOn; }
    public String hearingPanel() { return hearingPanel; }
    public String committeeOpinion() { return committeeOpinion; }
    public CaseState suspendedState() { return suspendedState; }
    public LocalDate suspendedOn() { return suspendedOn; }
    public SuspensionGround suspensionGround() { return suspensionGround; }
    public int suspendedDays() { return suspendedDays; }
    public int extendedDays() { return extendedDays; }
    public DecisionType decisionType() { return decisionType; }
    public LocalDate decidedOn() { return decidedOn; }
    public LocalDate concludedOn() { return concludedOn; }
    public TerminationGround terminationGround() { return terminationGround; }
    public boolean afterMediation() { return afterMediation; }
    public LocalDate servedOn() { return servedOn; }
    public LocalDate opinionLetterOn() { return opinionLetterOn; }
    public LocalDate performedOn() { return performedOn; }
    public String enforcement() { return enforcement; }
    public Integer version() { return version; }
}
