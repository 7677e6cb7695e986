package cn.fazhi.disputes.reconsideration;

import cn.fazhi.platform.calendar.PeriodUnit;
import java.time.LocalDate;
import java.util.Map;

/**
 * One statutory deadline of a case.
 *
 * @param step          ACCEPTANCE_REVIEW, SUPPLEMENT_NOTICE, SUPPLEMENT, RESPONDENT_COPY, RESPONDENT_ANSWER, DECISION,
 *                      OPINION_FEEDBACK, SUSPENSION_LAPSE
 * @param startOn       the start day (not counted)
 * @param due           the last day (期间届满日) from platform.calendar
 * @param unit          WORKING_DAYS (行政复议法(2023) 第八十八条: 三日、五日、七日、十日 are working days) or NATURAL_DAYS
 * @param amount        the period's amount (incl. an approved extension)
 * @param basis         the article
 * @param provisional   the holiday notice of a year the computation touched is not loaded yet
 * @param suspendedDays natural days of 中止 not counted in the period
 * @param doneOn        the day the step was done, or null while open
 */
public record CaseDeadline(String step, LocalDate startOn, LocalDate due, PeriodUnit unit, int amount, String basis,
        boolean provisional, int suspendedDays, LocalDate doneOn) {

    static final Map<String, String> LABELS = Map.of(
            "ACCEPTANCE_REVIEW", "受理审查", "SUPPLEMENT_NOTICE", "补正通知", "SUPPLEMENT", "申请人补正",
            "RESPONDENT_COPY", "发送申请书副本(答复通知)", "RESPONDENT_ANSWER", "被申请人答复", "DECISION", "作出行政复议决定",
            "OPINION_FEEDBACK", "行政复议意见书反馈", "SUSPENSION_LAPSE", "中止满六十日");

    public String label() {
        return LABELS.getOrDefault(step, step);
    }

    public boolean open() {
        return doneOn == null;
    }

    /** OVERDUE when open past due; DUE_SOON when open and due within {@code soonWorkdays} working days of today. */
    public String urgency(LocalDate today, LocalDate soonLimit) {
        if (!open()) {
            return "DONE";
        }
        if (today.isAfter(due)) {
            return "OVERDUE";
        }
        return due.isAfter(soonLimit) ? "NORMAL" : "DUE_SOON";
    }
}
