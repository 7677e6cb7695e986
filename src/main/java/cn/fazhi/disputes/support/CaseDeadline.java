package cn.fazhi.disputes.support;

import cn.fazhi.platform.calendar.Deadline;
import cn.fazhi.platform.calendar.PeriodUnit;
import java.time.LocalDate;

/**
 * One statutory deadline of a case step, as platform.calendar computed it: the one type of the reconsideration,
 * litigation, mediation and petition processes.
 *
 * @param step          the step, e.g. ACCEPTANCE_REVIEW, DEFENCE, HANDLING
 * @param startOn       the day of the triggering event (起算日, not counted: 民事诉讼法(2023) 第八十五条第二款)
 * @param due           the last day (期间届满日)
 * @param unit          WORKING_DAYS (行政复议法(2023) 第八十八条: 三日、五日、七日、十日) or NATURAL_DAYS
 * @param amount        the period's amount, an approved extension included
 * @param basis         the article (and, where the process shows it, the counting rule in words)
 * @param provisional   a year the computation touched has no loaded holiday notice (待公布)
 * @param suspendedDays natural days of 中止 not counted in the period (the start moved by them)
 * @param doneOn        the day the step was taken, or null while open
 */
public record CaseDeadline(String step, LocalDate startOn, LocalDate due, PeriodUnit unit, int amount, String basis,
        boolean provisional, int suspendedDays, LocalDate doneOn) {

    /** The longest basis the deadline tables keep. */
    static final int MAX_BASIS = 1000;

    /** How close an open deadline is: the colour of lists and pages. */
    public enum Urgency {
        DONE("done"), OVERDUE("overdue"), DUE_SOON("due-soon"), NORMAL("open");

        private final String css;

        Urgency(String css) {
            this.css = css;
        }

        /** The colour class of the pages and of the litigation, mediation and petition API: done, overdue, due-soon, open. */
        public String css() {
            return css;
        }
    }

    /** The deadline of {@code step} as computed, open, with the calendar's basis in words (the rule and the article). */
    public static CaseDeadline of(String step, Deadline d) {
        return new CaseDeadline(step, d.from(), d.due(), d.period().unit(), d.period().amount(), cut(d.basis()),
                d.provisional(), 0, null);
    }

    /** The same deadline, taken on {@code on}. */
    public CaseDeadline done(LocalDate on) {
        return new CaseDeadline(step, startOn, due, unit, amount, basis, provisional, suspendedDays, on);
    }

    public boolean open() {
        return doneOn == null;
    }

    /** OVERDUE when open past its last day; DUE_SOON when open and due on or before {@code soonLimit}. */
    public Urgency urgency(LocalDate today, LocalDate soonLimit) {
        return urgency(due, doneOn, today, soonLimit);
    }

    /** The urgency of a due day (e.g. a list row's nearest open deadline); {@code due} null means nothing open. */
    public static Urgency urgency(LocalDate due, LocalDate doneOn, LocalDate today, LocalDate soonLimit) {
        if (doneOn != null) {
            return Urgency.DONE;
        }
        if (due == null) {
            return Urgency.NORMAL;
        }
        if (today.isAfter(due)) {
            return Urgency.OVERDUE;
        }
        return due.isAfter(soonLimit) ? Urgency.NORMAL : Urgency.DUE_SOON;
    }

    /** The colour class with due-soon meaning within three days of {@code today} (today included). */
    public String colour(LocalDate today) {
        return urgency(today, soonLimit(today)).css();
    }

    /** The last day that counts as due soon for the pages without a calendar: three days ahead. */
    public static LocalDate soonLimit(LocalDate today) {
        return today.plusDays(3);
    }

    static String cut(String s) {
        return s.length() <= MAX_BASIS ? s : s.substring(0, MAX_BASIS - 1) + "…";
    }
}
