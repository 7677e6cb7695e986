package cn.fazhi.platform.calendar.web;

import cn.fazhi.platform.calendar.Deadline;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON of {@code GET /api/calendar/due}: the due date (ISO), whether it is provisional (待公布), the rule applied
 * in words, and the details behind it.
 */
public record DueView(LocalDate from, int amount, String unit, String unitLabel, LocalDate due, String dueWeekday,
        boolean provisional, String basis, LocalDate nominalDue, boolean rolledOver, List<Integer> unloadedYears,
        String statutoryBasis, String warning) {

    static DueView of(Deadline d) {
        List<Integer> years = d.unloadedYears().stream().sorted().toList();
        String warning = d.provisional()
                ? "待公布:" + String.join("、", years.stream().map(String::valueOf).toList())
                        + "年度的节假日安排尚未公布,届满日按周六、周日休息推算,公布后可能变化"
                : null;
        return new DueView(d.from(), d.period().amount(), d.period().unit().name(), d.period().unit().label(), d.due(),
                "星期" + "一二三四五六日".charAt(d.due().getDayOfWeek().getValue() - 1), d.provisional(), d.basis(),
                d.nominalDue(), d.rolledOver(), years, d.period().statutoryBasis(), warning);
    }
}
