package cn.fazhi.platform.metrics;

import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a metric value covers: a year ({@code 2017}), a half ({@code 2017H1}), a quarter ({@code 2017Q3}) or a
 * date range ({@code 2017-01-01/2017-06-30}, both ends included). The code is what the API and reports show; the
 * progress reports of the plan module use the same codes for their reporting periods.
 *
 * @param start first day, included
 * @param end   last day, included
 * @param code  the canonical text form
 */
public record MetricPeriod(LocalDate start, LocalDate end, String code) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");
    private static final int MIN_YEAR = 1949;
    private static final int MAX_YEAR = 2999;
    private static final String FIELD = "period";

    public MetricPeriod {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("period end before start: " + start + "/" + end);
        }
    }

    public static MetricPeriod year(int year) {
        checkYear(year);
        return new MetricPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year));
    }

    public static MetricPeriod half(int year, int half) {
        checkYear(year);
        if (half < 1 || half > 2) {
            throw bad("半年只能是 H1 或 H2");
        }
        LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new MetricPeriod(start, start.plusMonths(6).minusDays(1), year + "H" + half);
    }

    public static MetricPeriod quarter(int year, int quarter) {
        checkYear(year);
        if (quarter < 1 || quarter > 4) {
            throw bad("季度只能是 Q1 至 Q4");
        }
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new MetricPeriod(start, start.plusMonths(3).minusDays(1), year + "Q" + quarter);
    }

    public static MetricPeriod range(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            throw bad("日期区间须写明起止日期");
        }
        checkYear(start.getYear());
        checkYear(end.getYear());
        if (end.isBefore(start)) {
            throw bad("统计期间的结束日期 " + end + " 早于开始日期 " + start);
        }
        return new MetricPeriod(start, end, start + "/" + end);
    }

    /**
     * Reads "2017", "2017H1", "2017Q3" or "2017-01-01/2017-06-30" (letters in either case, surrounding spaces
     * ignored). Anything else is a 400 naming the field {@code period}.
     */
    public static MetricPeriod parse(String text) {
        if (text == null || text.isBlank()) {
            throw bad("请填写统计期间,如 2017、2017H1、2017Q3 或 2017-01-01/2017-06-30");
        }
        String s = text.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m;
        if ((m = YEAR.matcher(s)).matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        if ((m = HALF.matcher(s)).matches()) {
            return half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = RANGE.matcher(s)).matches()) {
            try {
                return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            } catch (DateTimeParseException e) {
                throw bad("统计期间中的日期“" + e.getParsedString() + "”不存在");
            }
        }
        throw bad("统计期间“" + abbreviate(text) + "”格式不正确,应为 2017、2017H1、2017Q3 或 2017-01-01/2017-06-30");
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    @Override
    public String toString() {
        return code;
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw bad("统计年份 " + year + " 超出范围(" + MIN_YEAR + "–" + MAX_YEAR + ")");
        }
    }

    private static BusinessException bad(String message) {
        return BusinessException.invalid(FIELD, message);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
