package cn.fazhi.disputes.reconsideration;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** 中止 grounds of 行政复议法(2023) 第三十九条 (the ten items in order). */
public enum SuspensionGround {
    APPLICANT_DIED("作为申请人的公民死亡,其近亲属尚未确定是否参加行政复议", 1),
    INCAPACITATED("作为申请人的公民丧失参加行政复议的行为能力,尚未确定法定代理人", 2),
    MISSING("作为申请人的公民下落不明", 3),
    ENTITY_TERMINATED("作为申请人的法人或者其他组织终止,尚未确定权利义务承受人", 4),
    FORCE_MAJEURE("因不可抗力或者其他正当理由不能参加行政复议", 5),
    MEDIATION_OR_SETTLEMENT("依照本法规定进行调解、和解,申请人和被申请人同意中止", 6),
    LEGAL_INTERPRETATION("案件涉及的法律适用问题需要有权机关作出解释或者确认", 7),
    DEPENDS_ON_OTHER_CASE("案件审理需要以其他案件的审理结果为依据,而其他案件尚未审结", 8),
    NORMATIVE_DOCUMENT_REVIEW("有本法第五十六条或者第五十七条规定的情形", 9),
    OTHER("需要中止行政复议的其他情形", 10);

    private final String label;
    private final int item;

    SuspensionGround(String label, int item) {
        this.label = label;
        this.item = item;
    }

    public String label() {
        return label;
    }

    public String basis() {
        return "行政复议法(2023) 第三十九条第一款第(" + item + ")项";
    }

    /** Grounds after which 60 days without cure end the case (第四十一条第(五)项: 第三十九条第一款第一项、第二项、第四项). */
    public boolean lapsesAfter60Days() {
        return item == 1 || item == 2 || item == 4;
    }

    public static SuspensionGround parse(String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid("ground", "请选择中止理由,可选值: " + choices());
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("ground", "中止理由“" + value + "”无效,可选值: " + choices());
        }
    }

    static String choices() {
        return Arrays.stream(values()).map(g -> g.name()).collect(Collectors.joining("、"));
    }
}
