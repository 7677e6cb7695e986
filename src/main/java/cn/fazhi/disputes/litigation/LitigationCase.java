package cn.fazhi.disputes.litigation;

import static cn.fazhi.disputes.support.CaseFields.notBefore;
import static cn.fazhi.disputes.support.CaseFields.notFuture;
import static cn.fazhi.disputes.support.CaseFields.optional;
import static cn.fazhi.disputes.support.CaseFields.required;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.platform.calendar.Deadline;
import cn.fazhi.platform.calendar.Period;
import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A litigation-response case (行政应诉): the organ {@code orgId} is defendant. Every transition checks the current
 * state and its dates and cites its article; the deadlines come from the statutory calendar passed in as
 * {@code calendar} (from, period) → deadline. Domain-rules §2.
 */
public final class LitigationCase {

    public static final String STEP_DEFENCE = "DEFENCE";
    public static final String STEP_APPEAL = "APPEAL";

    // 行政诉讼法 第六十七条: 被告应当在收到起诉状副本之日起十五日内向人民法院提交作出行政行为的证据和所依据的规范性文件,并提出答辩状
    static final Period DEFENCE_PERIOD = new Period(15, cn.fazhi.platform.calendar.PeriodUnit.NATURAL_DAYS, "行政诉讼法第六十七条第一款");
    // 行政诉讼法 第八十五条: 不服判决的,在判决书送达之日起十五日内上诉;不服裁定的,在裁定书送达之日起十日内上诉
    static final Period APPEAL_JUDGMENT = new Period(15, cn.fazhi.platform.calendar.PeriodUnit.NATURAL_DAYS, "行政诉讼法第八十五条(判决)");
    static final Period APPEAL_RULING = new Period(10, cn.fazhi.platform.calendar.PeriodUnit.NATURAL_DAYS, "行政诉讼法第八十五条(裁定)");

    private final long orgId;
    private final UUID id;
    private final String caseNumber;
    private final String courtName;
    private final String plaintiff;
    private final String cause;
    private final LocalDate complaintReceivedOn;
    LitigationState state;
    Instance instance;
    LocalDate defenceFiledOn;
    boolean defenceLate;
    OutcomeType outcomeType;
    Instance outcomeInstance;
    LocalDate outcomeOn;
    LocalDate servedOn;
    Boolean lost;
    LocalDate appealedOn;
    String appealedBy;
    LocalDate effectiveOn;
    LocalDate performedOn;
    String performanceNote;
    LocalDate closedOn;
    final List<Hearing> hearings;
    final List<CaseDeadline> deadlines;
    private final int version;

    LitigationCase(long orgId, UUID id, String caseNumber, String courtName, String plaintiff, String cause,
            LocalDate complaintReceivedOn, LitigationState state, Instance instance, List<Hearing> hearings,
            List<CaseDeadline> deadlines, int version) {
        this.orgId = orgId;
        this.id = id;
        this.caseNumber = caseNumber;
        this.courtName = courtName;
        this.plaintiff = plaintiff;
        this.cause = cause;
        this.complaintReceivedOn = complaintReceivedOn;
        this.state = state;
        this.instance = instance;
        this.hearings = new ArrayList<>(hearings);
        this.deadlines = new ArrayList<>(deadlines);
        this.version = version;
    }

    /** The calendar as the aggregate sees it. */
    public interface Calendar extends BiFunction<LocalDate, Period, Deadline> {
    }

    /** A new case: the summons and the complaint copy were received on {@code receivedOn}. */
    public static LitigationCase receive(long orgId, UUID id, String caseNumber, String courtName, String plaintiff,
            String cause, LocalDate receivedOn, LocalDate today, Calendar calendar) {
        String number = required("caseNumber", caseNumber, "案号", 100);
        String court = required("courtName", courtName, "受诉法院", 200);
        String p = required("plaintiff", plaintiff, "原告", 500);
        String c = required("cause", cause, "被诉行政行为(案由)", 2000);
        notFuture("complaintReceivedOn", receivedOn, today, "收到起诉状副本日期");
        LitigationCase lc = new LitigationCase(orgId, id, number, court, p, c, receivedOn,
                LitigationState.SUMMONS_RECEIVED, Instance.FIRST, List.of(), List.of(), 0);
        lc.deadlines.add(CaseDeadline.of(STEP_DEFENCE, calendar.apply(receivedOn, DEFENCE_PERIOD)));
        return lc;
    }

    /** 答辩: the defence statement with the evidence and the normative documents (行政诉讼法 第六十七条). */
    void fileDefence(LocalDate filedOn, LocalDate today) {
        requireState("提交答辩状", "行政诉讼法第六十七条", LitigationState.SUMMONS_RECEIVED);
        notFuture("defenceFiledOn", filedOn, today, "答辩日期");
        notBefore("defenceFiledOn", filedOn, complaintReceivedOn, "答辩日期", "收到起诉状副本日期");
        this.defenceFiledOn = filedOn;
        CaseDeadline d = deadline(STEP_DEFENCE);
        this.defenceLate = d != null && filedOn.isAfter(d.due());
        markDone(STEP_DEFENCE, filedOn);
        this.state = LitigationState.DEFENCE_FILED;
    }

    /**
     * A hearing at the current instance and who appeared (最高人民法院关于行政机关负责人出庭应诉若干问题的规定(2020)
     * 第一条、第二条、第八条、第九条). {@code appeared} is HEAD, STAFF or NONE.
     */
    Hearing recordHearing(LocalDate heldOn, String appeared, String headName, String headPost, HeadRole headRole,
            String staffNames, Excuse excuse, String excuseNote, UUID proofAttachmentId, LocalDate today) {
        requireState("登记开庭", "行政诉讼法第六十七条、第八十六条", LitigationState.SUMMONS_RECEIVED,
                LitigationState.DEFENCE_FILED, LitigationState.HEARD, LitigationState.APPEALED);
        notFuture("heldOn", heldOn, today, "开庭日期");
        notBefore("heldOn", heldOn, complaintReceivedOn, "开庭日期", "收到起诉状副本日期");
        if (instance == Instance.SECOND && appealedOn != null) {
            notBefore("heldOn", heldOn, appealedOn, "二审开庭日期", "上诉日期");
        }
        String who = appeared == null ? "" : appeared.strip().toUpperCase(java.util.Locale.ROOT);
        Appearance appearance;
        String hn = null;
        String hp = null;
        String staff = null;
        Excuse ex = null;
        String note = null;
        UUID proof = null;
        switch (who) {
            case "HEAD" -> {
                hn = required("headName", headName, "出庭负责人姓名", 100);
                hp = required("headPost", headPost, "出庭负责人职务", 100);
                if (headRole == null) {
                    throw BusinessException.invalid("headRole", "请选择出庭负责人的身份(正职、副职、分管副职级别或其他分管负责人)");
                }
                if (!headRole.counts()) {
                    throw BusinessException.invalid("headRole", headRole.label() + "出庭不视为行政机关负责人出庭"
                            + "(最高人民法院关于行政机关负责人出庭应诉若干问题的规定第二条);请按工作人员出庭登记");
                }
                appearance = Appearance.HEAD;
                staff = optional(staffNames, 300);
            }
            case "STAFF", "NONE" -> {
                if (who.equals("STAFF")) {
                    staff = required("staffNames", staffNames, "出庭工作人员", 300);
                }
                ex = excuse == null ? Excuse.NONE : excuse;
                note = optional(excuseNote, 1000);
                proof = proofAttachmentId;
                if (ex == Excuse.OTHER_JUSTIFIED && note == null) {
                    throw BusinessException.invalid("excuseNote", "以“其他正当事由”未出庭的,请写明具体事由(规定第八条)");
                }
                // 规定第八条: legitimate reasons; 第九条: with proof sealed by the organ or signed by its principal head;
                // nobody appearing at all is never excused (第十二条)
                appearance = who.equals("STAFF") && ex.legitimate() && proof != null ? Appearance.EXCUSED : Appearance.HEAD_ABSENT;
            }
            default -> throw BusinessException.invalid("appeared", "请选择出庭人员:HEAD(负责人出庭)、STAFF(工作人员出庭)或 NONE(无人出庭)");
        }
        Hearing h = new Hearing(hearings.size() + 1, instance, heldOn, appearance, hn, hp, staff, ex, note, proof);
        hearings.add(h);
        if (state != LitigationState.APPEALED) {
            state = LitigationState.HEARD;
        }
        return h;
    }

    /** The judgment or ruling of the current instance, served on the organ on {@code servedOn}. */
    void decide(OutcomeType type, LocalDate decidedOn, LocalDate served, Boolean retrialAppealable, LocalDate today,
            Calendar calendar) {
        if (type == null) {
            throw BusinessException.invalid("type", "请选择裁判类型");
        }
        if (type.kind() == OutcomeType.Kind.JUDGMENT) {
            requireState("登记判决", "行政诉讼法第六十九条至第七十八条;二审可书面审理(第八十六条)", instance == Instance.SECOND
                    ? new LitigationState[] {LitigationState.APPEALED}
                    : new LitigationState[] {LitigationState.HEARD});
        } else {
            requireState("登记裁定", "行政诉讼法第八十五条;行诉解释第一百零一条", LitigationState.SUMMONS_RECEIVED,
                    LitigationState.DEFENCE_FILED, LitigationState.HEARD, LitigationState.APPEALED);
        }
        if (!type.allowedAt(instance)) {
            throw new BusinessException("OUTCOME_NOT_ALLOWED", "“" + type.label() + "”不能作为" + instance.label()
                    + "的裁判(案件当前为" + instance.label() + ")", 409);
        }
        notFuture("decidedOn", decidedOn, today, "裁判日期");
        notBefore("decidedOn", decidedOn, instance == Instance.SECOND && appealedOn != null ? appealedOn : complaintReceivedOn,
                "裁判日期", instance == Instance.SECOND ? "上诉日期" : "收到起诉状副本日期");
        if (type.kind() == OutcomeType.Kind.JUDGMENT && instance != Instance.SECOND
                && hearings.stream().noneMatch(h -> h.instance() == instance)) {
            throw new BusinessException("NO_HEARING", instance.label() + "尚未登记开庭,不能登记判决(行政诉讼法第五十四条、第八十六条)", 409);
        }
        notFuture("servedOn", served, today, "裁判文书送达日期");
        notBefore("servedOn", served, decidedOn, "送达日期", "裁判日期");
        boolean appealable;
        if (instance == Instance.SECOND) {
            appealable = false; // 行政诉讼法 第七条: 两审终审
        } else if (instance == Instance.RETRIAL) {
            if (retrialAppealable == null) {
                throw BusinessException.invalid("retrialAppealable", "请说明再审是否按照第一审程序审理(按一审程序再审的裁判可以上诉)");
            }
            appealable = retrialAppealable && type.appealableKind();
        } else {
            appealable = type.appealableKind();
        }
        Boolean before = lost;
        this.outcomeType = type;
        this.outcomeInstance = instance;
        this.outcomeOn = decidedOn;
        this.servedOn = served;
        this.lost = switch (type.loss()) {
            case YES -> true;
            case NO -> false;
            case CARRY -> instance == Instance.SECOND ? (before == null ? Boolean.FALSE : before) : false;
            case NONE -> null;
        };
        if (type == OutcomeType.REMANDED) {
            // 行政诉讼法 第八十九条第一款第三项: 发回原审人民法院重审 — back to first instance
            this.instance = Instance.FIRST;
            this.state = LitigationState.DEFENCE_FILED;
            return;
        }
        if (appealable) {
            Period p = appealPeriod(type);
            deadlines.removeIf(d -> d.step().equals(STEP_APPEAL));
            deadlines.add(CaseDeadline.of(STEP_APPEAL, calendar.apply(served, p)));
            this.state = LitigationState.JUDGED;
        } else {
            // final: legally effective on service (行政诉讼法 第七条两审终审; 不可上诉的裁定送达即生效)
            this.effectiveOn = served;
            this.state = LitigationState.EFFECTIVE;
        }
    }

    /** An appeal lodged within the window (行政诉讼法 第八十五条). {@code by}: ORGAN, PLAINTIFF or BOTH. */
    void appeal(LocalDate on, String by, LocalDate today) {
        requireState("登记上诉", "行政诉讼法第八十五条", LitigationState.JUDGED);
        String who = by == null ? "" : by.strip().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("ORGAN", "PLAINTIFF", "BOTH", "THIRD_PARTY").contains(who)) {
            throw BusinessException.invalid("appealedBy", "请选择上诉人:ORGAN(本机关)、PLAINTIFF(原告)、BOTH(双方)或 THIRD_PARTY(第三人)");
        }
        notFuture("appealedOn", on, today, "上诉日期");
        notBefore("appealedOn", on, servedOn, "上诉日期", "裁判文书送达日期");
        CaseDeadline d = deadline(STEP_APPEAL);
        if (d != null && on.isAfter(d.due())) {
            throw new BusinessException("APPEAL_LATE", "上诉期已于" + d.due() + "届满(" + (outcomeType.kind() == OutcomeType.Kind.JUDGMENT
                    ? "判决书送达之日起十五日" : "裁定书送达之日起十日") + ",行政诉讼法第八十五条),不能登记上诉", 409);
        }
        markDone(STEP_APPEAL, on);
        this.appealedOn = on;
        this.appealedBy = who;
        this.instance = Instance.SECOND;
        this.state = LitigationState.APPEALED;
    }

    /**
     * No appeal within the window: the judgment or ruling takes effect the day after the window's last day (行政诉讼法
     * 第八十五条; 民事诉讼法 第八十五条 on periods).
     */
    void becomeEffective(LocalDate today) {
        requireState("确认裁判生效", "行政诉讼法第八十五条", LitigationState.JUDGED);
        CaseDeadline d = deadline(STEP_APPEAL);
        if (d == null || !today.isAfter(d.due())) {
            throw new BusinessException("APPEAL_WINDOW_OPEN", "上诉期至" + (d == null ? "—" : d.due())
                    + "届满(行政诉讼法第八十五条),届满前裁判尚未生效", 409);
        }
        markDone(STEP_APPEAL, d.due());
        this.effectiveOn = d.due().plusDays(1);
        this.state = LitigationState.EFFECTIVE;
    }

    /** Performance of an effective judgment the organ lost (行政诉讼法 第九十四条、第九十六条). */
    void perform(LocalDate on, String note, LocalDate today) {
        requireState("登记履行", "行政诉讼法第九十四条", LitigationState.EFFECTIVE);
        if (!Boolean.TRUE.equals(lost)) {
            throw new BusinessException("NOTHING_TO_PERFORM", "本机关未败诉,生效裁判没有需要本机关履行的内容;请直接结案", 409);
        }
        notFuture("performedOn", on, today, "履行日期");
        notBefore("performedOn", on, effectiveOn, "履行日期", "裁判生效日期");
        this.performanceNote = required("note", note, "履行情况", 2000);
        this.performedOn = on;
        this.closedOn = on;
        this.state = LitigationState.CLOSED;
    }

    /** Closes an effective case the organ did not lose. */
    void close(LocalDate on, LocalDate today) {
        requireState("结案", "行政诉讼法第九十四条", LitigationState.EFFECTIVE);
        if (Boolean.TRUE.equals(lost)) {
            throw new BusinessException("PERFORMANCE_REQUIRED", "本机关败诉的案件须先登记生效裁判的履行情况(行政诉讼法第九十四条、第九十六条)", 409);
        }
        notFuture("closedOn", on, today, "结案日期");
        notBefore("closedOn", on, effectiveOn, "结案日期", "裁判生效日期");
        this.closedOn = on;
        this.state = LitigationState.CLOSED;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void requireState(String action, String article, LitigationState... allowed) {
        for (LitigationState s : allowed) {
            if (s == state) {
                return;
            }
        }
        throw new BusinessException("INVALID_STATE", "案件当前状态为“" + state.label() + "”,不能" + action + "(" + article + ")", 409);
    }

    private static Period appealPeriod(OutcomeType type) {
        return type.kind() == OutcomeType.Kind.JUDGMENT ? APPEAL_JUDGMENT : APPEAL_RULING;
    }

    /**
     * Recomputes the open deadlines from the case's own dates (after a new holiday notice): the defence from the
     * receipt of the complaint copy, the appeal window from the service of the judgment or ruling. Done ones stay.
     */
    void retime(Calendar calendar) {
        deadlines.replaceAll(d -> !d.open() ? d : switch (d.step()) {
            case STEP_DEFENCE -> CaseDeadline.of(STEP_DEFENCE, calendar.apply(complaintReceivedOn, DEFENCE_PERIOD));
            case STEP_APPEAL -> servedOn == null || outcomeType == null ? d
                    : CaseDeadline.of(STEP_APPEAL, calendar.apply(servedOn, appealPeriod(outcomeType)));
            default -> d;
        });
    }

    public CaseDeadline deadline(String step) {
        return deadlines.stream().filter(d -> d.step().equals(step)).findFirst().orElse(null);
    }

    private void markDone(String step, LocalDate on) {
        deadlines.replaceAll(d -> d.step().equals(step) && d.open() ? d.done(on) : d);
    }





    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseNumber", caseNumber);
        m.put("state", state.name());
        m.put("instance", instance.name());
        m.put("hearings", hearings.size());
        if (defenceFiledOn != null) {
            m.put("defenceFiledOn", defenceFiledOn.toString());
        }
        if (outcomeType != null) {
            m.put("outcomeType", outcomeType.name());
            m.put("lost", lost);
        }
        if (effectiveOn != null) {
            m.put("effectiveOn", effectiveOn.toString());
        }
        return m;
    }

    public long orgId() { return orgId; }
    public UUID id() { return id; }
    public String caseNumber() { return caseNumber; }
    public String courtName() { return courtName; }
    public String plaintiff() { return plaintiff; }
    public String cause() { return cause; }
    public LocalDate complaintReceivedOn() { return complaintReceivedOn; }
    public LitigationState state() { return state; }
    public Instance instance() { return instance; }
    public LocalDate defenceFiledOn() { return defenceFiledOn; }
    public boolean defenceLate() { return defenceLate; }
    public OutcomeType outcomeType() { return outcomeType; }
    public Instance outcomeInstance() { return outcomeInstance; }
    public LocalDate outcomeOn() { return outcomeOn; }
    public LocalDate servedOn() { return servedOn; }
    public Boolean lost() { return lost; }
    public LocalDate appealedOn() { return appealedOn; }
    public String appealedBy() { return appealedBy; }
    public LocalDate effectiveOn() { return effectiveOn; }
    public LocalDate performedOn() { return performedOn; }
    public String performanceNote() { return performanceNote; }
    public LocalDate closedOn() { return closedOn; }
    public List<Hearing> hearings() { return List.copyOf(hearings); }
    public List<CaseDeadline> deadlines() { return List.copyOf(deadlines); }
    public int version() { return version; }
}
