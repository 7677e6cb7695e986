package cn.fazhi.disputes.reconsideration;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.platform.calendar.Deadline;
import cn.fazhi.platform.calendar.Period;
import cn.fazhi.platform.calendar.PeriodUnit;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every statutory deadline of a case, computed by {@link StatutoryCalendar}. 行政复议法(2023) 第八十八条: periods of
 * 三日、五日、七日、十日 are working days; the others (30, 60 days) natural days, the last day rolling over a rest day
 * (民事诉讼法 第八十五条). 中止 stops the clock of the running steps: the natural days suspended are not counted (the
 * start moves by them), so on resumption the remaining time runs on; an approved extension adds to the decision period.
 * The time counted before a suspension is kept and the rest counts from the day of resumption, in the step's own unit
 * (a working-day step counts the working days it had left, whatever holidays lay in the suspension); a suspension
 * that begins after a period already ran out, or after the step was taken, does not move it.
 */
@Component
public class CaseDeadlines {

    public static final String ACCEPTANCE_REVIEW = "ACCEPTANCE_REVIEW";
    public static final String SUPPLEMENT_NOTICE = "SUPPLEMENT_NOTICE";
    public static final String SUPPLEMENT = "SUPPLEMENT";
    public static final String RESPONDENT_COPY = "RESPONDENT_COPY";
    public static final String RESPONDENT_ANSWER = "RESPONDENT_ANSWER";
    public static final String DECISION = "DECISION";
    public static final String OPINION_FEEDBACK = "OPINION_FEEDBACK";
    public static final String SUSPENSION_LAPSE = "SUSPENSION_LAPSE";

    static final Map<String, String> LABELS = Map.of(
            "ACCEPTANCE_REVIEW", "受理审查", "SUPPLEMENT_NOTICE", "补正通知", "SUPPLEMENT", "申请人补正",
            "RESPONDENT_COPY", "发送申请书副本(答复通知)", "RESPONDENT_ANSWER", "被申请人答复", "DECISION", "作出行政复议决定",
            "OPINION_FEEDBACK", "行政复议意见书反馈", "SUSPENSION_LAPSE", "中止满六十日");

    /** The Chinese name of a step. */
    public static String label(String step) {
        return LABELS.getOrDefault(step, step);
    }

    private final StatutoryCalendar calendar;
    private final ReconsiderationCases cases;

    public CaseDeadlines(StatutoryCalendar calendar, ReconsiderationCases cases) {
        this.calendar = calendar;
        this.cases = cases;
    }

    /** A period of 中止: the day of suspension up to the day before resumption are not counted (第三十九条). */
    record Suspension(LocalDate from, LocalDate to) {
    }

    /** The case's suspensions from its timeline (SUSPEND … RESUME), and a running one up to {@code today}. */
    List<Suspension> suspensions(ReconsiderationCase c, LocalDate today) {
        List<Suspension> list = new ArrayList<>();
        if (c.suspendedDays() > 0) {
            LocalDate open = null;
            for (ReconsiderationCases.TimelineRow t : cases.timeline(c)) {
                if ("SUSPEND".equals(t.action())) {
                    open = t.on();
                } else if ("RESUME".equals(t.action()) && open != null) {
                    list.add(new Suspension(open, t.on()));
                    open = null;
                }
            }
        }
        if (c.state() == CaseState.SUSPENDED && c.suspendedOn() != null && today.isAfter(c.suspendedOn())) {
            list.add(new Suspension(c.suspendedOn(), today));
        }
        return list;
    }

    public StatutoryCalendar calendar() {
        return calendar;
    }

    /** The acceptance-review deadline: 5 working days from receipt, or from the supplement's receipt (第三十条、第三十一条). */
    public CaseDeadline acceptanceReview(ReconsiderationCase c) {
        return step(ACCEPTANCE_REVIEW, c.reviewStartOn(), Period.workingDays(5), "行政复议法(2023) 第三十条", List.of(), null);
    }

    /** The supplement window of the applicant: 10 working days from the notice (第三十一条、第八十八条). */
    public CaseDeadline supplement(ReconsiderationCase c) {
        return step(SUPPLEMENT, c.supplementRequestedOn(), Period.workingDays(10), "行政复议法(2023) 第三十一条", List.of(),
                c.supplementReceivedOn());
    }

    /** The decision deadline: 60 / 30 natural days from acceptance, + approved extension, + days suspended (第六十二条). */
    public CaseDeadline decision(ReconsiderationCase c, LocalDate today) {
        return decision(c, suspensions(c, today));
    }

    private CaseDeadline decision(ReconsiderationCase c, List<Suspension> suspended) {
        Procedure p = c.procedure() == null ? Procedure.ORDINARY : c.procedure();
        String basis = "行政复议法(2023) 第六十二条" + (c.extendedDays() > 0 ? "(已批准延长" + c.extendedDays() + "日)" : "");
        return step(DECISION, c.acceptedOn(), Period.naturalDays(p.decisionDays + c.extendedDays()), basis, suspended,
                c.concludedOn());
    }

    /** All steps that apply to the case's present state, open and done. */
    public List<CaseDeadline> all(ReconsiderationCase c, LocalDate today) {
        List<CaseDeadline> list = new ArrayList<>();
        LocalDate reviewDone = c.acceptedOn() != null ? c.acceptedOn()
                : c.state() == CaseState.NOT_ACCEPTED ? c.concludedOn()
                : c.state() == CaseState.NEEDS_SUPPLEMENT ? c.supplementRequestedOn()
                : c.state() == CaseState.ABANDONED ? c.concludedOn() : null;
        if (c.supplementRequestedOn() == null || c.state() != CaseState.NEEDS_SUPPLEMENT) {
            list.add(withDone(acceptanceReview(c), reviewDone));
        }
        if (c.supplementRequestedOn() == null && c.acceptedOn() == null && c.state() == CaseState.RECEIVED) {
            // 第三十一条: the supplement notice goes out within 5 working days of receipt
            list.add(step(SUPPLEMENT_NOTICE, c.receivedOn(), Period.workingDays(5), "行政复议法(2023) 第三十一条", List.of(),
                    null));
        }
        if (c.supplementRequestedOn() != null) {
            list.add(supplement(c));
        }
        if (c.acceptedOn() != null) {
            Procedure p = c.procedure();
            List<Suspension> suspended = suspensions(c, today);
            list.add(step(RESPONDENT_COPY, c.acceptedOn(), Period.workingDays(p.copyDays), p.copyArticle(), suspended,
                    c.copySentOn() != null ? c.copySentOn() : c.concludedOn()));
            if (c.copySentOn() != null) {
                list.add(step(RESPONDENT_ANSWER, c.copySentOn(), Period.workingDays(p.answerDays), p.copyArticle(),
                        suspended, c.answeredOn() != null ? c.answeredOn() : c.concludedOn()));
            }
            list.add(decision(c, suspended));
        }
        if (c.state() == CaseState.SUSPENDED && c.suspensionGround() != null && c.suspensionGround().lapsesAfter60Days()) {
            list.add(step(SUSPENSION_LAPSE, c.suspendedOn(), Period.naturalDays(60), "行政复议法(2023) 第四十一条第(五)项",
                    List.of(), null));
        }
        if (c.opinionLetterOn() != null) {
            list.add(step(OPINION_FEEDBACK, c.opinionLetterOn(), Period.naturalDays(60), "行政复议法(2023) 第七十六条",
                    List.of(), null));
        }
        return list;
    }

    private static CaseDeadline withDone(CaseDeadline d, LocalDate done) {
        return new CaseDeadline(d.step(), d.startOn(), d.due(), d.unit(), d.amount(), d.basis(), d.provisional(),
                d.suspendedDays(), done);
    }

    /**
     * The step's deadline with the suspensions that began before the step was taken: the units (working or natural
     * days) counted before each suspension are kept, the rest count from the day of resumption (中止期间不计入).
     */
    private CaseDeadline step(String step, LocalDate start, Period period, String basis, List<Suspension> suspensions,
            LocalDate done) {
        LocalDate from = start;
        int remaining = period.amount();
        int excluded = 0;
        for (Suspension s : suspensions) {
            if (done != null && !s.from().isBefore(done)) {
                continue; // the step was taken before this suspension
            }
            if (!s.to().isAfter(from.plusDays(1))) {
                continue; // over before the counting (re)started
            }
            LocalDate firstOff = s.from().isAfter(from) ? s.from() : from.plusDays(1);
            LocalDate lastCounted = firstOff.minusDays(1);
            int counted = period.unit() == PeriodUnit.WORKING_DAYS
                    ? (int) calendar.workingDaysBetween(from, lastCounted)
                    : (int) ChronoUnit.DAYS.between(from, lastCounted);
            if (counted >= remaining) {
                break; // the period ran out before the suspension began
            }
            remaining -= counted;
            excluded += (int) ChronoUnit.DAYS.between(firstOff, s.to());
            from = s.to().minusDays(1); // the day of resumption is counted
        }
        Deadline d = calendar.due(from, new Period(remaining, period.unit(), basis));
        return new CaseDeadline(step, start, d.due(), period.unit(), period.amount(), basis, d.provisional(), excluded,
                done);
    }

    /** The last day counted as "due soon": {@code workdays} working days after today (due-soon colour, 待办). */
    public LocalDate soonLimit(LocalDate today, int workdays) {
        return calendar.due(today, Period.workingDays(workdays)).due();
    }
}
