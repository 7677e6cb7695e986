package cn.fazhi.platform.calendar;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a statutory period is counted (期间的计算单位). */
public enum PeriodUnit {
    /** 工作日: only working days count (行政复议法(2023) 第八十八条; 政府信息公开条例; 行政处罚法 第八十五条). */
    WORKING_DAYS("工作日", "个工作日", 3650),
    /** 日 (自然日): calendar days, the last day rolls over a rest day (民事诉讼法(2023) 第八十五条). */
    NATURAL_DAYS("自然日", "日", 3650),
    /** 月: ends on the corresponding day of the month (民法典 第二百零二条). */
    MONTHS("月", "个月", 120);

    private final String label;
    private final String suffix;
    private final int maxAmount;

    PeriodUnit(String label, String suffix, int maxAmount) {
        this.label = label;
        this.suffix = suffix;
        this.maxAmount = maxAmount;
    }

    /** Chinese name of the unit, e.g. 工作日. */
    public String label() {
        return label;
    }

    /** Amount suffix, e.g. "个工作日" in "5个工作日". */
    public String suffix() {
        return suffix;
    }

    /** The largest amount accepted (about ten years); more is a typing error, not a statutory period. */
    public int maxAmount() {
        return maxAmount;
    }

    /** Parses a unit name as the API receives it; an unknown name is a Chinese validation error listing the valid ones. */
    public static PeriodUnit parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(field, "请选择期间单位,可选值: " + choices());
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(field, "期间单位“" + value + "”无效,可选值: " + choices());
        }
    }

    static String choices() {
        return Arrays.stream(values()).map(u -> u.name() + "(" + u.label + ")").collect(Collectors.joining("、"));
    }
}
