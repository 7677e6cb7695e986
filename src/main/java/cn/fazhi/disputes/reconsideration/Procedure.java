package cn.fazhi.disputes.reconsideration;

import cn.fazhi.platform.kernel.BusinessException;

/** 普通程序 / 简易程序 (行政复议法(2023) 第四章第三、四节). */
public enum Procedure {
    ORDINARY("普通程序", 7, 10, 60),
    SIMPLE("简易程序", 3, 5, 30);

    private final String label;
    /** Working days to send the application copy to the respondent (第四十八条 / 第五十四条). */
    final int copyDays;
    /** Working days for the respondent's answer (第四十八条 / 第五十四条). */
    final int answerDays;
    /** Natural days for the decision (第六十二条). */
    final int decisionDays;

    Procedure(String label, int copyDays, int answerDays, int decisionDays) {
        this.label = label;
        this.copyDays = copyDays;
        this.answerDays = answerDays;
        this.decisionDays = decisionDays;
    }

    public String label() {
        return label;
    }

    public String copyArticle() {
        return this == ORDINARY ? "行政复议法(2023) 第四十八条" : "行政复议法(2023) 第五十四条";
    }

    public static Procedure parse(String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid("procedure", "请选择审理程序:ORDINARY(普通程序)或 SIMPLE(简易程序)");
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("procedure", "审理程序“" + value + "”无效,可选 ORDINARY(普通程序)或 SIMPLE(简易程序)");
        }
    }
}
