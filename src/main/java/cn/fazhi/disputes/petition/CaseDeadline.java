package cn.fazhi.disputes.petition;

import cn.fazhi.platform.calendar.Deadline;
import java.time.LocalDate;

/**
 * A deadline of a case step as platform.calendar computed it: the step, the last day, the unit and amount of the
 * period, the basis (the rule and the article) and whether a year without a loaded holiday notice made it provisional
 * (待公布); {@code doneOn} once the step was taken.
 */
public record CaseDeadline(String step, LocalDate due, String unit, int amount, String basis, boolean provisional,
        LocalDate doneOn) {

    public static CaseDeadline of(String step, Deadline d) {
        return new CaseDeadline(step, d.due(), d.period().unit().name(), d.period().amount(), cut(d.basis()),
                d.provisional(), null);
    }

    public CaseDeadline done(LocalDate on) {
        return new CaseDeadline(step, due, unit, amount, basis, provisional, on);
    }

    public boolean open() {
        return doneOn == null;
    }

    /** Open and past its last day. */
    public boolean overdue(LocalDate today) {
        return doneOn == null && today.isAfter(due);
    }

    /** Open and due within {@code days} days (today included). */
    public boolean dueSoon(LocalDate today, int days) {
        return doneOn == null && !today.isAfter(due) && !due.isAfter(today.plusDays(days));
    }

    /** "overdue", "due-soon", "done" or "open": the colour class of lists and pages. */
    public String colour(LocalDate today) {
        if (doneOn != null) {
            return "done";
        }
        return overdue(today) ? "overdue" : dueSoon(today, 3) ? "due-soon" : "open";
    }

    private static String cut(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }
}
