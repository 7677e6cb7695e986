package cn.fazhi.disputes.petition;

import static cn.fazhi.disputes.support.CaseFields.notBefore;
import static cn.fazhi.disputes.support.CaseFields.notFuture;
import static cn.fazhi.disputes.support.CaseFields.required;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.disputes.petition.PetitionEnums.Category;
import cn.fazhi.disputes.petition.PetitionEnums.Channel;
import cn.fazhi.disputes.petition.PetitionEnums.ForwardKind;
import cn.fazhi.disputes.petition.PetitionEnums.ReplyOutcome;
import cn.fazhi.disputes.petition.PetitionEnums.Route;
import cn.fazhi.disputes.petition.PetitionEnums.Satisfaction;
import cn.fazhi.platform.calendar.Deadline;
import cn.fazhi.platform.calendar.Period;
import cn.fazhi.platform.calendar.PeriodUnit;
import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A petition (信访事项) under 信访工作条例 (2022): registered by the organ {@code orgId}, decided within 15 days
 * (第二十二条、第二十三条), handled by a responsible unit within 60 days of acceptance, extendable once by at most
 * 30 days with the organ head's approval (第三十四条), answered in writing (第三十二条), with review (复查, 第三十五条) and
 * re-review (复核, 第三十六条) each requested within 30 days and answered within 30 days. All periods are natural days.
 */
public final class Petition {

    public static final String STEP_ACCEPTANCE = "ACCEPTANCE";
    public static final String STEP_HANDLING = "HANDLING";
    public static final String STEP_REVIEW_REQUEST = "REVIEW_REQUEST";
    public static final String STEP_REVIEW_OPINION = "REVIEW_OPINION";
    public static final String STEP_REREVIEW_REQUEST = "REREVIEW_REQUEST";
    public static final String STEP_REREVIEW_OPINION = "REREVIEW_OPINION";
    /** The receiving organ's decision on a forwarded or assigned petition (第二十三条第三款). */
    public static final String STEP_FORWARDED_ACCEPTANCE = "FORWARDED_ACCEPTANCE";
    /** The Chinese names of the steps, as pages show them. */
    public static final Map<String, String> STEP_LABELS = Map.of(STEP_ACCEPTANCE, "决定是否受理(登记机关)",
            STEP_FORWARDED_ACCEPTANCE, "决定是否受理(接收转送、交办的机关)", STEP_HANDLING, "办理并书面答复",
            STEP_REVIEW_REQUEST, "信访人请求复查", STEP_REVIEW_OPINION, "出具复查意见", STEP_REREVIEW_REQUEST, "信访人请求复核",
            STEP_REREVIEW_OPINION, "出具复核意见");
    /** Steps the organ must take (the rest are the petitioner's windows). */
    public static final Set<String> ORGAN_STEPS = Set.of(STEP_ACCEPTANCE, STEP_FORWARDED_ACCEPTANCE, STEP_HANDLING,
            STEP_REVIEW_OPINION, STEP_REREVIEW_OPINION);

    // 信访工作条例 第二十二条、第二十三条: 十五日内登记、转送、交办或书面告知是否受理
    static final Period ACCEPTANCE = new Period(15, PeriodUnit.NATURAL_DAYS, "信访工作条例第二十二条、第二十三条");
    // 信访工作条例 第二十三条第三款: 收到转送、交办的信访事项之日起十五日内书面告知信访人接收情况
    static final Period FORWARDED_ACCEPTANCE = new Period(15, PeriodUnit.NATURAL_DAYS,
            "信访工作条例第二十三条第三款(自收到转送、交办的信访事项之日起十五日内)");
    // 信访工作条例 第三十四条: 自受理之日起六十日内办结;情况复杂的,经本机关负责人批准可适当延长,延长期限不得超过三十日
    static final int HANDLING_DAYS = 60;
    static final int MAX_EXTENSION_DAYS = 30;
    // 信访工作条例 第三十五条: 收到书面答复之日起三十日内请求复查;收到复查请求之日起三十日内提出复查意见
    static final Period REVIEW_REQUEST = new Period(30, PeriodUnit.NATURAL_DAYS, "信访工作条例第三十五条(请求复查)");
    static final Period REVIEW_OPINION = new Period(30, PeriodUnit.NATURAL_DAYS, "信访工作条例第三十五条(复查意见)");
    // 信访工作条例 第三十六条: 收到复查意见之日起三十日内请求复核;收到复核请求之日起三十日内提出复核意见(听证时间不计)
    static final Period REREVIEW_REQUEST = new Period(30, PeriodUnit.NATURAL_DAYS, "信访工作条例第三十六条(请求复核)");
    static final Period REREVIEW_OPINION = new Period(30, PeriodUnit.NATURAL_DAYS, "信访工作条例第三十六条(复核意见,听证所需时间不计算在内)");

    public interface Calendar extends BiFunction<LocalDate, Period, Deadline> {
    }

    private final long orgId;
    private final UUID id;
    private final Channel channel;
    private final String petitioner;
    private final String matter;
    private final Category category;
    private final LocalDate receivedOn;
    PetitionState state;
    Long handlingOrgId;
    Long forwardedToOrgId;
    Long forwardedFromOrgId;
    LocalDate forwardedOn;
    ForwardKind forwardKind;
    String forwardReason;
    LocalDate acceptedOn;
    Route route;
    String routeReason;
    Integer extendedDays;
    String extensionReason;
    LocalDate repliedOn;
    ReplyOutcome replyOutcome;
    String replyText;
    Satisfaction satisfaction;
    LocalDate reviewRequestedOn;
    LocalDate reviewOpinionOn;
    String reviewText;
    LocalDate rereviewRequestedOn;
    LocalDate rereviewOpinionOn;
    String rereviewText;
    LocalDate closedOn;
    final List<CaseDeadline> deadlines = new ArrayList<>();
    private final int version;

    Petition(long orgId, UUID id, Channel channel, String petitioner, String matter, Category category, LocalDate receivedOn,
            PetitionState state, int version) {
        this.orgId = orgId;
        this.id = id;
        this.channel = channel;
        this.petitioner = petitioner;
        this.matter = matter;
        this.category = category;
        this.receivedOn = receivedOn;
        this.state = state;
        this.version = version;
    }

    static Petition receive(long orgId, UUID id, Channel channel, String petitioner, String matter, Category category,
            LocalDate receivedOn, LocalDate today, Calendar cal) {
        if (channel == null) {
            throw BusinessException.invalid("channel", "请选择信访渠道(网上、来信、来电、传真、来访,信访工作条例第十七条)");
        }
        if (category == null) {
            throw BusinessException.invalid("category", "请选择信访事项类别(建议意见、检举控告、申诉求决,信访工作条例第二十九条)");
        }
        Petition p = new Petition(orgId, id, channel, required("petitioner", petitioner, "信访人", 300),
                required("matter", matter, "信访事项", 4000), category, notFuture("receivedOn", receivedOn, today, "收到日期"),
                PetitionState.RECEIVED, 0);
        p.deadlines.add(CaseDeadline.of(STEP_ACCEPTANCE, cal.apply(receivedOn, ACCEPTANCE)));
        return p;
    }

    /**
     * 转送/交办 (信访工作条例 第二十二条、第二十三条): a petition received by an organ that is not responsible goes, before
     * any acceptance decision, to the organ with the power to handle it. The sender's 15-day step is met on that day;
     * the receiving organ's 15 days run from its receipt, the day of forwarding through this system (第二十三条第三款),
     * and its later acceptance starts the 60-day handling period (第三十四条).
     */
    void forward(LocalDate on, long toOrg, long currentOrgan, ForwardKind kind, String reason, LocalDate today,
            Calendar cal) {
        requireState(kind == ForwardKind.ASSIGN ? "交办" : "转送", "信访工作条例第二十二条、第二十三条", PetitionState.RECEIVED);
        if (kind == null) {
            throw BusinessException.invalid("kind", "请选择 TRANSFER(转送)或 ASSIGN(交办)");
        }
        notFuture("forwardedOn", on, today, "转送日期");
        notBefore("forwardedOn", on, forwardedOn != null ? forwardedOn : receivedOn, "转送日期",
                forwardedOn != null ? "上次转送日期" : "收到日期");
        if (toOrg == currentOrgan) {
            throw BusinessException.invalid("toOrg", "信访事项已由该机关办理,不能转送给本机关(信访工作条例第二十二条)");
        }
        this.forwardReason = required("reason", reason, kind.label() + "理由(有权处理的机关及其职责)", 1000);
        this.forwardedFromOrgId = currentOrgan;
        this.forwardedToOrgId = toOrg;
        this.forwardedOn = on;
        this.forwardKind = kind;
        done(STEP_ACCEPTANCE, on);
        done(STEP_FORWARDED_ACCEPTANCE, on);
        deadlines.removeIf(d -> d.step().equals(STEP_FORWARDED_ACCEPTANCE));
        deadlines.add(CaseDeadline.of(STEP_FORWARDED_ACCEPTANCE, cal.apply(on, FORWARDED_ACCEPTANCE)));
    }

    /** The organ that decides whether to accept: the receiving organ of the last forwarding, else the registering one. */
    public long decidingOrgId() {
        return forwardedToOrgId != null ? forwardedToOrgId : orgId;
    }

    /** Accepted and assigned to the responsible unit; the 60-day handling clock starts (第三十四条). */
    void accept(LocalDate on, long handlingOrg, LocalDate today, Calendar cal) {
        requireState("受理", "信访工作条例第二十三条", PetitionState.RECEIVED);
        notFuture("acceptedOn", on, today, "受理日期");
        notBefore("acceptedOn", on, forwardedOn != null ? forwardedOn : receivedOn, "受理日期",
                forwardedOn != null ? "收到转送日期" : "收到日期");
        this.acceptedOn = on;
        this.handlingOrgId = handlingOrg;
        done(STEP_ACCEPTANCE, on);
        done(STEP_FORWARDED_ACCEPTANCE, on);
        deadlines.add(CaseDeadline.of(STEP_HANDLING, cal.apply(on, handling(0))));
        this.state = PetitionState.ACCEPTED;
    }

    /** Not accepted as a petition: the petitioner is told the statutory route (第二十三条、第三十一条). */
    void routeElsewhere(LocalDate on, Route r, String reason, LocalDate today) {
        requireState("不予受理并告知其他途径", "信访工作条例第三十一条", PetitionState.RECEIVED);
        notFuture("routedOn", on, today, "告知日期");
        notBefore("routedOn", on, forwardedOn != null ? forwardedOn : receivedOn, "告知日期",
                forwardedOn != null ? "收到转送日期" : "收到日期");
        if (r == null) {
            throw BusinessException.invalid("route", "请选择告知的途径(诉讼、行政复议、仲裁、行政程序、纪检监察等)");
        }
        this.route = r;
        this.routeReason = required("reason", reason, "不予受理的理由", 1000);
        done(STEP_ACCEPTANCE, on);
        done(STEP_FORWARDED_ACCEPTANCE, on);
        this.closedOn = on;
        this.state = PetitionState.ROUTED;
    }

    /** Re-assigns the matter to another responsible unit (交办). */
    void assign(long handlingOrg) {
        requireState("交办", "信访工作条例第二十二条", PetitionState.ACCEPTED);
        this.handlingOrgId = handlingOrg;
    }

    /** Extends the handling period once, by at most 30 days, with the organ head's approval (第三十四条). */
    void extend(int days, String reason, boolean headApproved, Calendar cal) {
        requireState("延长办理期限", "信访工作条例第三十四条", PetitionState.ACCEPTED);
        if (extendedDays != null) {
            throw new BusinessException("ALREADY_EXTENDED", "办理期限已延长" + extendedDays + "日,不能再次延长(信访工作条例第三十四条)", 409);
        }
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            throw BusinessException.invalid("days", "延长期限不得超过三十日(信访工作条例第三十四条),收到 " + days + " 日");
        }
        if (!headApproved) {
            throw new BusinessException("APPROVAL_REQUIRED", "延长办理期限须经本机关负责人批准(信访工作条例第三十四条)", 409);
        }
        this.extensionReason = required("reason", reason, "延长理由(须告知信访人)", 1000);
        this.extendedDays = days;
        deadlines.removeIf(d -> d.step().equals(STEP_HANDLING));
        deadlines.add(CaseDeadline.of(STEP_HANDLING, cal.apply(acceptedOn, handling(days))));
    }

    private static Period handling(int extension) {
        return new Period(HANDLING_DAYS + extension, PeriodUnit.NATURAL_DAYS, "信访工作条例第三十四条(六十日"
                + (extension > 0 ? ",经本机关负责人批准延长" + extension + "日" : "") + ")");
    }

    /** The written reply (处理意见, 第三十二条); on time when not after the handling deadline. */
    void reply(LocalDate on, ReplyOutcome outcome, String text, LocalDate today, Calendar cal) {
        requireState("书面答复", "信访工作条例第三十二条", PetitionState.ACCEPTED);
        notFuture("repliedOn", on, today, "答复日期");
        notBefore("repliedOn", on, acceptedOn, "答复日期", "受理日期");
        if (outcome == null) {
            throw BusinessException.invalid("outcome", "请选择处理意见:SUPPORTED(支持)、EXPLAINED(解释说明)或 NOT_SUPPORTED(不予支持)");
        }
        this.replyOutcome = outcome;
        this.replyText = required("text", text, "答复意见", 4000);
        this.repliedOn = on;
        done(STEP_HANDLING, on);
        deadlines.add(CaseDeadline.of(STEP_REVIEW_REQUEST, cal.apply(on, REVIEW_REQUEST)));
        this.state = PetitionState.REPLIED;
    }

    /** The petitioner's evaluation of the reply (第二十一条). */
    void evaluate(Satisfaction s) {
        requireState("登记满意度评价", "信访工作条例第二十一条", PetitionState.REPLIED, PetitionState.REVIEWED, PetitionState.CLOSED);
        if (s == null) {
            throw BusinessException.invalid("satisfaction", "请选择评价:SATISFIED(满意)、BASICALLY_SATISFIED(基本满意)或 DISSATISFIED(不满意)");
        }
        this.satisfaction = s;
    }

    void requestReview(LocalDate on, LocalDate today, Calendar cal) {
        requireState("登记复查请求", "信访工作条例第三十五条", PetitionState.REPLIED);
        notFuture("requestedOn", on, today, "请求复查日期");
        notBefore("requestedOn", on, repliedOn, "请求复查日期", "答复日期");
        CaseDeadline w = deadline(STEP_REVIEW_REQUEST);
        if (w != null && on.isAfter(w.due())) {
            throw new BusinessException("REVIEW_LATE", "请求复查期限已于" + w.due() + "届满(收到书面答复之日起三十日,信访工作条例第三十五条)", 409);
        }
        this.reviewRequestedOn = on;
        done(STEP_REVIEW_REQUEST, on);
        deadlines.add(CaseDeadline.of(STEP_REVIEW_OPINION, cal.apply(on, REVIEW_OPINION)));
        this.state = PetitionState.REVIEW_REQUESTED;
    }

    void reviewOpinion(LocalDate on, String text, LocalDate today, Calendar cal) {
        requireState("出具复查意见", "信访工作条例第三十五条", PetitionState.REVIEW_REQUESTED);
        notFuture("opinionOn", on, today, "复查意见日期");
        notBefore("opinionOn", on, reviewRequestedOn, "复查意见日期", "请求复查日期");
        this.reviewText = required("text", text, "复查意见", 4000);
        this.reviewOpinionOn = on;
        done(STEP_REVIEW_OPINION, on);
        deadlines.add(CaseDeadline.of(STEP_REREVIEW_REQUEST, cal.apply(on, REREVIEW_REQUEST)));
        this.state = PetitionState.REVIEWED;
    }

    void requestRereview(LocalDate on, LocalDate today, Calendar cal) {
        requireState("登记复核请求", "信访工作条例第三十六条", PetitionState.REVIEWED);
        notFuture("requestedOn", on, today, "请求复核日期");
        notBefore("requestedOn", on, reviewOpinionOn, "请求复核日期", "复查意见日期");
        CaseDeadline w = deadline(STEP_REREVIEW_REQUEST);
        if (w != null && on.isAfter(w.due())) {
            throw new BusinessException("REREVIEW_LATE", "请求复核期限已于" + w.due() + "届满(收到复查意见之日起三十日,信访工作条例第三十六条)", 409);
        }
        this.rereviewRequestedOn = on;
        done(STEP_REREVIEW_REQUEST, on);
        deadlines.add(CaseDeadline.of(STEP_REREVIEW_OPINION, cal.apply(on, REREVIEW_OPINION)));
        this.state = PetitionState.REREVIEW_REQUESTED;
    }

    /** The re-review opinion is final: the same matter is not accepted again (第三十六条); the petition is closed. */
    void rereviewOpinion(LocalDate on, String text, LocalDate today) {
        requireState("出具复核意见", "信访工作条例第三十六条", PetitionState.REREVIEW_REQUESTED);
        notFuture("opinionOn", on, today, "复核意见日期");
        notBefore("opinionOn", on, rereviewRequestedOn, "复核意见日期", "请求复核日期");
        this.rereviewText = required("text", text, "复核意见", 4000);
        this.rereviewOpinionOn = on;
        done(STEP_REREVIEW_OPINION, on);
        this.closedOn = on;
        this.state = PetitionState.CLOSED;
    }

    /**
     * Closes (办结归档) after a reply or a review opinion: when the petitioner is satisfied, or the window for the next
     * request has passed without one (第三十五条、第三十六条).
     */
    void close(LocalDate on, LocalDate today) {
        requireState("办结", "信访工作条例第三十五条、第三十六条", PetitionState.REPLIED, PetitionState.REVIEWED);
        notFuture("closedOn", on, today, "办结日期");
        String window = state == PetitionState.REPLIED ? STEP_REVIEW_REQUEST : STEP_REREVIEW_REQUEST;
        CaseDeadline w = deadline(window);
        boolean satisfied = satisfaction == Satisfaction.SATISFIED || satisfaction == Satisfaction.BASICALLY_SATISFIED;
        if (!satisfied && w != null && !today.isAfter(w.due())) {
            throw new BusinessException("WINDOW_OPEN", "信访人未表示满意,且" + (state == PetitionState.REPLIED ? "请求复查" : "请求复核")
                    + "期限至" + w.due() + "尚未届满(信访工作条例" + (state == PetitionState.REPLIED ? "第三十五条" : "第三十六条") + "),暂不能办结", 409);
        }
        notBefore("closedOn", on, state == PetitionState.REPLIED ? repliedOn : reviewOpinionOn, "办结日期", "答复日期");
        this.closedOn = on;
        this.state = PetitionState.CLOSED;
    }

    /** Replied within the handling period (including an approved extension). */
    public boolean repliedOnTime() {
        CaseDeadline d = deadline(STEP_HANDLING);
        return repliedOn != null && d != null && !repliedOn.isAfter(d.due());
    }

    /**
     * Recomputes the open deadlines from the petition's own dates (after a new holiday notice): each period from the
     * event that started it (receipt, acceptance, reply, review request, review opinion, re-review request). Done
     * ones stay.
     */
    void retime(Calendar cal) {
        deadlines.replaceAll(d -> {
            if (!d.open()) {
                return d;
            }
            LocalDate start = switch (d.step()) {
                case STEP_ACCEPTANCE -> receivedOn;
                case STEP_FORWARDED_ACCEPTANCE -> forwardedOn;
                case STEP_HANDLING -> acceptedOn;
                case STEP_REVIEW_REQUEST -> repliedOn;
                case STEP_REVIEW_OPINION -> reviewRequestedOn;
                case STEP_REREVIEW_REQUEST -> reviewOpinionOn;
                case STEP_REREVIEW_OPINION -> rereviewRequestedOn;
                default -> null;
            };
            Period p = switch (d.step()) {
                case STEP_ACCEPTANCE -> ACCEPTANCE;
                case STEP_FORWARDED_ACCEPTANCE -> FORWARDED_ACCEPTANCE;
                case STEP_HANDLING -> handling(extendedDays == null ? 0 : extendedDays);
                case STEP_REVIEW_REQUEST -> REVIEW_REQUEST;
                case STEP_REVIEW_OPINION -> REVIEW_OPINION;
                case STEP_REREVIEW_REQUEST -> REREVIEW_REQUEST;
                case STEP_REREVIEW_OPINION -> REREVIEW_OPINION;
                default -> null;
            };
            return start == null || p == null ? d : CaseDeadline.of(d.step(), cal.apply(start, p));
        });
    }

    public CaseDeadline deadline(String step) {
        return deadlines.stream().filter(d -> d.step().equals(step)).findFirst().orElse(null);
    }

    private void done(String step, LocalDate on) {
        deadlines.replaceAll(d -> d.step().equals(step) && d.open() ? d.done(on) : d);
    }

    private void requireState(String action, String article, PetitionState... allowed) {
        for (PetitionState s : allowed) {
            if (s == state) {
                return;
            }
        }
        throw new BusinessException("INVALID_STATE", "信访事项当前状态为“" + state.label() + "”,不能" + action + "(" + article + ")", 409);
    }




    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", state.name());
        m.put("handlingOrgId", handlingOrgId);
        m.put("forwardedToOrgId", forwardedToOrgId);
        m.put("forwardedOn", forwardedOn == null ? null : forwardedOn.toString());
        m.put("acceptedOn", acceptedOn == null ? null : acceptedOn.toString());
        m.put("repliedOn", repliedOn == null ? null : repliedOn.toString());
        m.put("extendedDays", extendedDays);
        m.put("satisfaction", satisfaction == null ? null : satisfaction.name());
        m.put("closedOn", closedOn == null ? null : closedOn.toString());
        return m;
    }

    public long orgId() { return orgId; }
    public UUID id() { return id; }
    public Channel channel() { return channel; }
    public String petitioner() { return petitioner; }
    public String matter() { return matter; }
    public Category category() { return category; }
    public LocalDate receivedOn() { return receivedOn; }
    public PetitionState state() { return state; }
    public Long handlingOrgId() { return handlingOrgId; }
    public Long forwardedToOrgId() { return forwardedToOrgId; }
    public Long forwardedFromOrgId() { return forwardedFromOrgId; }
    public LocalDate forwardedOn() { return forwardedOn; }
    public ForwardKind forwardKind() { return forwardKind; }
    public String forwardReason() { return forwardReason; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public Route route() { return route; }
    public String routeReason() { return routeReason; }
    public Integer extendedDays() { return extendedDays; }
    public String extensionReason() { return extensionReason; }
    public LocalDate repliedOn() { return repliedOn; }
    public ReplyOutcome replyOutcome() { return replyOutcome; }
    public String replyText() { return replyText; }
    public Satisfaction satisfaction() { return satisfaction; }
    public LocalDate reviewRequestedOn() { return reviewRequestedOn; }
    public LocalDate reviewOpinionOn() { return reviewOpinionOn; }
    public String reviewText() { return reviewText; }
    public LocalDate rereviewRequestedOn() { return rereviewRequestedOn; }
    public LocalDate rereviewOpinionOn() { return rereviewOpinionOn; }
    public String rereviewText() { return rereviewText; }
    public LocalDate closedOn() { return closedOn; }
    public List<CaseDeadline> deadlines() { return List.copyOf(deadlines); }
    public int version() { return version; }
}
