package cn.fazhi.plan.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan's overview as leaders read it (issue 4 §5): totals, the same figures by area (一、二、…) and by lead unit,
 * and the overdue list, as of one day.
 */
public record PlanOverview(PlanHeader plan, LocalDate asOf, Counts totals, List<Group> byArea, List<Group> byUnit,
        List<OverdueTask> overdue) {

    public PlanOverview {
        byArea = List.copyOf(byArea);
        byUnit = List.copyOf(byUnit);
        overdue = List.copyOf(overdue);
    }

    /** The plan the overview is about. */
    public record PlanHeader(long orgId, UUID id, String title, String docNumber, String status, String statusLabel,
            int periodStartYear, int periodEndYear, boolean published) {
    }

    /**
     * Task counts in four disjoint classes: completed (an accepted completion report), overdue (not completed, and past
     * its dated deadline or reported overdue), in progress (推进中 or 长期坚持), not started (the rest).
     *
     * @param completionRate completed / total in percent, two decimals; null when there are no tasks
     */
    public record Counts(long total, long completed, long inProgress, long overdue, long notStarted,
            BigDecimal completionRate) {

        public static Counts of(long total, long completed, long inProgress, long overdue) {
            long notStarted = total - completed - inProgress - overdue;
            BigDecimal rate = total == 0 ? null : BigDecimal.valueOf(completed * 100)
                    .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
            return new Counts(total, completed, inProgress, overdue, notStarted, rate);
        }

        Counts plus(Counts o) {
            return of(total + o.total, completed + o.completed, inProgress + o.inProgress, overdue + o.overdue);
        }

        static Counts zero() {
            return of(0, 0, 0, 0);
        }
    }

    /**
     * One row of a grouping.
     *
     * @param key   the area's section number or the lead unit's org id (as text), or "" for tasks without area
     * @param label 一、依法全面履行政府职能 / 市财政局
     */
    public record Group(String key, String label, Counts counts) {
    }

    /** A task of the overdue list, with the link to its page. */
    public record OverdueTask(String id, int number, String text, LocalDate deadline, String deadlineText,
            String status, String statusLabel, long leadOrgId, String leadUnit, String link) {
    }
}
