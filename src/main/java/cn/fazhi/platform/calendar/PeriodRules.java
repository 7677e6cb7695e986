package cn.fazhi.platform.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of 期间 (domain-rules.md §12.1), as pure functions over a {@link HolidayTable}.
 * <ul>
 * <li>The start day is not counted: 民事诉讼法(2023) 第八十五条第二款 ("期间开始的时和日，不计算在期间内");
 * 民法典 第二百零一条.</li>
 * <li>Working-day periods count only working days; a 调休上班 Saturday counts: 行政复议法(2023) 第八十八条
 * (3/5/7/10 日 are working days), 行政处罚法 第八十五条; weekly rest days from 国务院关于职工工作时间的规定 第七条.</li>
 * <li>Month periods end on the corresponding day of the last month, or its last day when there is none:
 * 民法典 第二百零二条 ({@link LocalDate#plusMonths} clamps the same way).</li>
 * <li>A natural-day or month period whose last day is a statutory rest day (法定休假日, Saturdays and Sundays included)
 * ends on the first working day after it: 民事诉讼法(2023) 第八十五条第三款; 民法典 第二百零三条. A worked Saturday
 * (调休上班日) is a working day, so there is no roll-over (practice; domain-rules.md §12.1 notes).</li>
 * </ul>
 */
public final class PeriodRules {

    static final String SOURCES_WORKING = "行政复议法(2023)第八十八条;民事诉讼法(2023)第八十五条;国务院关于职工工作时间的规定第七条";
    static final String SOURCES_DAYS = "民事诉讼法(2023)第八十五条;民法典第二百零一条、第二百零三条";
    static final String SOURCES_MONTHS = "民法典第二百零一条至第二百零三条;民事诉讼法(2023)第八十五条";
    private static final DateTimeFormatter CN_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private PeriodRules() {
    }

    /** The deadline of {@code period} started on {@code from} under the calendar {@code table}. */
    public static Deadline due(HolidayTable table, LocalDate from, Period period) {
        if (from == null) {
            throw cn.fazhi.platform.kernel.BusinessException.invalid("from", "请填写起算日期");
        }
        LocalDate nominal;
        LocalDate classifiedFrom;
        switch (period.unit()) {
            case WORKING_DAYS -> {
                // The n-th working day after the start day (start day not counted).
                LocalDate d = from;
                int counted = 0;
                while (counted < period.amount()) {
                    d = d.plusDays(1);
                    if (table.isWorkday(d)) {
                        counted++;
                    }
                }
                nominal = d;
                classifiedFrom = from.plusDays(1);
            }
            case NATURAL_DAYS -> {
                nominal = from.plusDays(period.amount());
                classifiedFrom = nominal;
            }
            case MONTHS -> {
                nominal = from.plusMonths(period.amount());
                classifiedFrom = nominal;
            }
            default -> throw new IllegalStateException("unknown unit " + period.unit());
        }
        LocalDate due = rollOver(table, nominal);
        // Every day from classifiedFrom to due was classified: a year among them without a notice makes it provisional.
        Set<Integer> unloaded = Set.of();
        for (int y = classifiedFrom.getYear(); y <= due.getYear(); y++) {
            if (!table.isLoaded(y)) {
                if (unloaded.isEmpty()) {
                    unloaded = new TreeSet<>();
                }
                unloaded.add(y);
            }
        }
        return new Deadline(from, period, due, nominal, !unloaded.isEmpty(), unloaded,
                basis(period, nominal, due, unloaded));
    }

    /**
     * Only the last day rolls: while it is not a working day, the next day (民事诉讼法 第八十五条第三款). The n-th working
     * day of a working-day period is a working day already, so it never moves.
     */
    private static LocalDate rollOver(HolidayTable table, LocalDate last) {
        LocalDate d = last;
        while (!table.isWorkday(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Working days strictly after {@code from} up to and including {@code to} (the start day not counted, the end
     * day counted); negative when {@code to} is before {@code from}.
     */
    public static long workingDaysBetween(HolidayTable table, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(table, to, from);
        }
        long n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (table.isWorkday(d)) {
                n++;
            }
        }
        return n;
    }

    private static final String RULE_WORKING = ",起算日不计入,节假日及休息日不计入,调休上班日计入(" + SOURCES_WORKING + ")";
    private static final String RULE_DAYS = ",起算日不计入;期间届满的最后一日是法定休假日或休息日的,以其后的第一个工作日为届满日期,"
            + "调休上班日不顺延(" + SOURCES_DAYS + ")";
    private static final String RULE_MONTHS = ",起算日不计入,以到期月的对应日为届满日,无对应日的以该月最后一日为届满日;"
            + "届满日是法定休假日或休息日的,顺延至其后的第一个工作日(" + SOURCES_MONTHS + ")";

    static String basis(Period period, LocalDate nominal, LocalDate due, Set<Integer> unloaded) {
        String rule = switch (period.unit()) {
            case WORKING_DAYS -> RULE_WORKING;
            case NATURAL_DAYS -> RULE_DAYS;
            case MONTHS -> RULE_MONTHS;
        };
        if (nominal.equals(due) && period.statutoryBasis() == null && unloaded.isEmpty()) {
            return period.describe() + rule;
        }
        StringBuilder b = new StringBuilder(period.describe()).append(rule);
        if (!nominal.equals(due)) {
            b.append("。期间最后一日").append(CN_DATE.format(nominal)).append("为休息日或节假日,顺延至")
                    .append(CN_DATE.format(due));
        }
        if (period.statutoryBasis() != null) {
            b.append("。期间依据:").append(period.statutoryBasis());
        }
        if (!unloaded.isEmpty()) {
            b.append("。").append(unloadedYearsText(unloaded))
                    .append("年度国务院办公厅节假日安排尚未公布,按周六、周日休息推算,结果待公布后可能变化(待公布)");
        }
        return b.toString();
    }

    static String unloadedYearsText(Set<Integer> years) {
        return String.join("、", years.stream().map(String::valueOf).toList());
    }
}
