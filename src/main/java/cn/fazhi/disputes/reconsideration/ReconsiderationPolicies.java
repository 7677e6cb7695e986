package cn.fazhi.disputes.reconsideration;

import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;

/** The named gates of the reconsideration transitions; each rejection carries its article. */
public final class ReconsiderationPolicies {

    private ReconsiderationPolicies() {
    }

    static void require(Verdict v) {
        if (v instanceof Verdict.Rejected r) {
            throw ReconsiderationCase.gate(r.reason(), r.basis());
        }
    }

    /** An application cannot be received on a day that has not come yet. */
    public static Verdict receiptNotInFuture(LocalDate receivedOn, LocalDate today) {
        if (receivedOn == null) {
            throw BusinessException.invalid("receivedOn", "请填写收到申请的日期");
        }
        if (receivedOn.isAfter(today)) {
            throw BusinessException.invalid("receivedOn", "收到申请日期 " + receivedOn + " 晚于今天(" + today + "),不能登记未来的日期");
        }
        return Verdict.allowed();
    }

    /** A step's date lies between the previous step's date and today. */
    public static Verdict dateOrder(LocalDate on, LocalDate notBefore, LocalDate today, String what) {
        if (on == null) {
            throw BusinessException.invalid("on", "请填写" + what);
        }
        if (on.isAfter(today)) {
            throw BusinessException.invalid("on", what + " " + on + " 晚于今天(" + today + "),不能登记未来的日期");
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw BusinessException.invalid("on", what + " " + on + " 早于上一环节的日期 " + notBefore);
        }
        return Verdict.allowed();
    }

    /** 第三十一条: the supplement notice within 5 working days of receipt, and only once (一次性). */
    public static Verdict supplementNoticeInTime(LocalDate on, LocalDate noticeDue, LocalDate alreadyRequestedOn) {
        if (alreadyRequestedOn != null) {
            return Verdict.rejected("已于 " + alreadyRequestedOn + " 通知补正,补正通知应当一次性载明需要补正的事项", "行政复议法(2023) 第三十一条");
        }
        if (on.isAfter(noticeDue)) {
            return Verdict.rejected("补正通知应在收到申请之日起五日内(至 " + noticeDue + ")发出", "行政复议法(2023) 第三十一条");
        }
        return Verdict.allowed();
    }

    /** 第三十一条: the applicant supplements within 10 working days of the notice. */
    public static Verdict supplementInTime(LocalDate on, LocalDate supplementDue) {
        if (on.isAfter(supplementDue)) {
            return Verdict.rejected("补正期限已于 " + supplementDue + " 届满,逾期不补正的视为放弃行政复议申请", "行政复议法(2023) 第三十一条");
        }
        return Verdict.allowed();
    }

    /** 第二十四条至第二十八条: the respondent must be one the organ has jurisdiction over ({@link Jurisdiction}). */
    public static Verdict jurisdiction(Jurisdiction j) {
        return j.covered() ? Verdict.allowed()
                : Verdict.rejected(j.note() + ",本机关无管辖权,应当决定不予受理并告知申请人向" + j.competent() + "申请行政复议",
                        j.basis() + "、第三十条");
    }

    /** 第三十条: the acceptance decision within 5 working days of receipt; afterwards the case is deemed accepted. */
    public static Verdict acceptanceInTime(LocalDate on, LocalDate reviewDue) {
        if (on.isAfter(reviewDue)) {
            return Verdict.rejected("受理审查期限已于 " + reviewDue + " 届满,未作出不予受理决定的,自届满之日起视为受理", "行政复议法(2023) 第三十条");
        }
        return Verdict.allowed();
    }

    /** 第五十五条、第六十二条: approvals name who approved. */
    public static Verdict approved(String approvedBy, String basis) {
        if (approvedBy == null || approvedBy.isBlank()) {
            return Verdict.rejected("须经行政复议机构负责人批准,请填写批准人", basis);
        }
        return Verdict.allowed();
    }

    /** 第五十条: a formal hearing belongs to the ordinary procedure. */
    public static Verdict hearingUnderOrdinary(Procedure procedure) {
        return procedure == Procedure.ORDINARY ? Verdict.allowed()
                : Verdict.rejected("听证适用于普通程序;简易程序案件须先经批准转为普通程序", "行政复议法(2023) 第五十条、第五十五条");
    }

    /** 第五十一条: one presiding officer and at least two hearing officers (names separated by 、 or ,). */
    public static Verdict hearingPanel(String panel) {
        if (panel == null || panel.isBlank()) {
            return Verdict.rejected("请填写听证组成员:主持人一名、听证员两名以上", "行政复议法(2023) 第五十一条");
        }
        int members = panel.strip().split("[、,,;;\\s]+").length;
        if (members < 3) {
            return Verdict.rejected("听证由一名行政复议人员任主持人,两名以上行政复议人员任听证员(现填写 " + members + " 人)", "行政复议法(2023) 第五十一条");
        }
        return Verdict.allowed();
    }

    /** 第六十二条: ordinary procedure only, once, at most 30 days, before the decision deadline. */
    public static Verdict extension(Procedure procedure, int alreadyExtended, int days, LocalDate on, LocalDate decisionDue) {
        if (procedure != Procedure.ORDINARY) {
            return Verdict.rejected("简易程序案件应在受理之日起三十日内作出决定,不能延长;需要延长的应先转为普通程序", "行政复议法(2023) 第六十二条");
        }
        if (alreadyExtended > 0) {
            return Verdict.rejected("本案已延长审理期限 " + alreadyExtended + " 日,延长最多不得超过三十日", "行政复议法(2023) 第六十二条");
        }
        if (days < 1 || days > 30) {
            throw BusinessException.invalid("days", "延长期限最多不得超过三十日(收到 " + days + ")");
        }
        if (on.isAfter(decisionDue)) {
            return Verdict.rejected("审理期限已于 " + decisionDue + " 届满,不能再延长", "行政复议法(2023) 第六十二条");
        }
        return Verdict.allowed();
    }

    /** 第四十八条、第七十条: the respondent answered, or its answer period is over. */
    public static Verdict answerOrTimeout(LocalDate answeredOn, LocalDate answerDue, LocalDate on) {
        if (answeredOn == null && answerDue != null && !on.isAfter(answerDue)) {
            return Verdict.rejected("被申请人的答复期限至 " + answerDue + " 届满,答复期限内不能作出决定", "行政复议法(2023) 第四十八条");
        }
        return Verdict.allowed();
    }

    /** 第四十九条: under the ordinary procedure the parties' views are heard before the decision. */
    public static Verdict viewsHeard(Procedure procedure, LocalDate hearingOn) {
        if (procedure == Procedure.ORDINARY && hearingOn == null) {
            return Verdict.rejected("适用普通程序审理的,应当当面或者通过互联网、电话等方式听取当事人的意见", "行政复议法(2023) 第四十九条");
        }
        return Verdict.allowed();
    }

    /**
     * 第七十条: a respondent who did not answer in time is deemed to have no evidence or basis; the act cannot be
     * upheld nor the claim rejected.
     */
    public static Verdict decisionAllowed(DecisionType type, LocalDate answeredOn) {
        if (answeredOn == null && (type == DecisionType.UPHELD || type == DecisionType.CLAIM_REJECTED)) {
            return Verdict.rejected("被申请人未按期提出书面答复、提交证据和依据的,视为该行政行为没有证据、依据,不能作出“"
                    + type.label() + "”决定", "行政复议法(2023) 第七十条");
        }
        return Verdict.allowed();
    }

    /** 第四十一条: the grounds and their preconditions. */
    public static Verdict terminationGround(TerminationGround ground, CaseState state, SuspensionGround suspension,
            LocalDate lapseDue, LocalDate on) {
        if (ground == TerminationGround.SUSPENSION_LAPSED) {
            if (state != CaseState.SUSPENDED || suspension == null || !suspension.lapsesAfter60Days()) {
                return Verdict.rejected("只有因第三十九条第一款第一项、第二项、第四项中止的案件,中止满六十日原因仍未消除的才能据此终止", "行政复议法(2023) 第四十一条第(五)项");
            }
            if (lapseDue == null || !on.isAfter(lapseDue)) {
                return Verdict.rejected("中止尚未满六十日(至 " + lapseDue + ")", "行政复议法(2023) 第四十一条第(五)项");
            }
        }
        return Verdict.allowed();
    }
}
