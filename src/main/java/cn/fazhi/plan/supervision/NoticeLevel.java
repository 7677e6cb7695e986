package cn.fazhi.plan.supervision;

import cn.fazhi.platform.calendar.Period;
import cn.fazhi.platform.kernel.BusinessException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Levels of a supervision notice, in escalation order: 催办 → 督办 → 约谈 / 通报. The reply periods are rules of ours
 * (no statute sets them): 催办 5 working days, 督办, 约谈 and 通报 10 working days.
 */
public enum NoticeLevel {
    URGE("催办", "催办", 5),
    SUPERVISE("督办", "督办", 10),
    INTERVIEW("约谈", "约谈", 10),
    CIRCULATE("通报", "通报", 10);

    private final String label;
    private final String prefix;
    private final int replyWorkingDays;

    NoticeLevel(String label, String prefix, int replyWorkingDays) {
        this.label = label;
        this.prefix = prefix;
        this.replyWorkingDays = replyWorkingDays;
    }

    public String label() {
        return label;
    }

    /** The prefix of the notice number, e.g. 督办 in 督办〔2026〕3号. */
    public String prefix() {
        return prefix;
    }

    /** The reply period, with its basis (a rule of this platform, not a statute). */
    public Period replyPeriod() {
        return Period.workingDays(replyWorkingDays).withBasis("本平台督办规则:" + label + "通知自发出之日起" + replyWorkingDays
                + "个工作日内书面回复");
    }

    public static NoticeLevel parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(field, "请选择督办级别,可选值: " + choices());
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(field, "督办级别“" + value + "”无效,可选值: " + choices());
        }
    }

    static String choices() {
        return Arrays.stream(values()).map(l -> l.name() + "(" + l.label + ")").collect(Collectors.joining("、"));
    }
}
