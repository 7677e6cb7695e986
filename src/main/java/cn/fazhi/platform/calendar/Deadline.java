package cn.fazhi.platform.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * A computed deadline (期间届满日).
 *
 * @param from           the start day (起算日, itself not counted)
 * @param period         the period applied
 * @param due            the last day of the period (期间届满日)
 * @param nominalDue     the last day before any roll-over (equal to {@code due} when nothing rolled)
 * @param provisional    true when a day the computation classified lies in a year whose holiday notice is not loaded
 *                       (待公布): the result may change when that notice is loaded
 * @param unloadedYears  the years without a loaded notice that the computation touched
 * @param basis          the rule applied, in Chinese, with its sources
 */
public record Deadline(LocalDate from, Period period, LocalDate due, LocalDate nominalDue, boolean provisional,
        Set<Integer> unloadedYears, String basis) {

    public Deadline {
        unloadedYears = Set.copyOf(unloadedYears);
    }

    /** True when the last day fell on a rest day or holiday and moved to the next working day. */
    public boolean rolledOver() {
        return !due.equals(nominalDue);
    }
}
