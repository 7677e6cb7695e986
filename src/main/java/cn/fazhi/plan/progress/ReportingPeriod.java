package cn.fazhi.plan.progress;

import cn.fazhi.plan.ReportingCycle;
import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reporting period (报告期): a year ('2017'), a half year ('2017H1', '2017H2') or a quarter ('2017Q3'), with its
 * first and last day.
 */
public record ReportingPeriod(String code, ReportingCycle cycle, int year, int index, LocalDate start, LocalDate end) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:([HQ])([1-4]))?");

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(String.valueOf(year), ReportingCycle.YEARLY, year, 1, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    public static ReportingPeriod half(int year, int half) {
        LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new ReportingPeriod(year + "H" + half, ReportingCycle.HALF_YEARLY, year, half, start,
                start.plusMonths(6).minusDays(1));
    }

    public static ReportingPeriod quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new ReportingPeriod(year + "Q" + quarter, ReportingCycle.QUARTERLY, year, quarter, start,
                start.plusMonths(3).minusDays(1));
    }

    /** Parses '2017', '2017H1' or '2017Q3'; anything else is a Chinese validation error. */
    public static ReportingPeriod parse(String field, String code) {
        Matcher m = code == null ? null : CODE.matcher(code.trim().toUpperCase(java.util.Locale.ROOT));
        if (m == null || !m.matches()) {
            throw BusinessException.invalid(field, "报告期“" + code + "”无效:应为年度(如 2017)、半年(如 2017H1)或季度(如 2017Q3)");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return year(year);
        }
        int n = Integer.parseInt(m.group(3));
        if ("H".equals(m.group(2))) {
            if (n > 2) {
                throw BusinessException.invalid(field, "报告期“" + code + "”无效:半年只有 H1、H2");
            }
            return half(year, n);
        }
        return quarter(year, n);
    }

    /** E.g. 2017年度, 2017年上半年, 2017年第三季度. */
    public String label() {
        return switch (cycle) {
            case YEARLY -> year + "年度";
            case HALF_YEARLY -> year + (index == 1 ? "年上半年" : "年下半年");
            case QUARTERLY -> year + "年第" + "一二三四".charAt(index - 1) + "季度";
        };
    }
}
