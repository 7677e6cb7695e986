package cn.fazhi.disputes.reconsideration;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Decision types of 行政复议法(2023) 第五章 (and 驳回申请 of 第三十三条). */
public enum DecisionType {
    UPHELD("维持", "第六十八条", false),
    CHANGED("变更", "第六十三条", true),
    REVOKED("撤销", "第六十四条", true),
    CONFIRMED_ILLEGAL("确认违法", "第六十五条", true),
    ORDERED_TO_PERFORM("责令履行", "第六十六条", true),
    CONFIRMED_INVALID("确认无效", "第六十七条", true),
    CLAIM_REJECTED("驳回行政复议请求", "第六十九条", false),
    APPLICATION_DISMISSED("驳回行政复议申请", "第三十三条", false);

    private final String label;
    private final String article;
    /** Counted in the direct correction rate (直接纠错). */
    private final boolean correction;

    DecisionType(String label, String article, boolean correction) {
        this.label = label;
        this.article = article;
        this.correction = correction;
    }

    public String label() {
        return label;
    }

    public String basis() {
        return "行政复议法(2023) " + article;
    }

    public boolean isCorrection() {
        return correction;
    }

    public static DecisionType parse(String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid("decisionType", "请选择决定类型,可选值: " + choices());
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("decisionType", "决定类型“" + value + "”无效,可选值: " + choices());
        }
    }

    static String choices() {
        return Arrays.stream(values()).map(d -> d.name() + "(" + d.label + ")").collect(Collectors.joining("、"));
    }
}
