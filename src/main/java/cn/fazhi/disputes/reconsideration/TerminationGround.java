package cn.fazhi.disputes.reconsideration;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** 终止 grounds of 行政复议法(2023) 第四十一条 (withdrawal also after mediation, 第七十三条, or settlement, 第七十四条). */
public enum TerminationGround {
    WITHDRAWN("申请人撤回行政复议申请,行政复议机构准予撤回", "第四十一条第(一)项"),
    WITHDRAWN_AFTER_MEDIATION("经调解,申请人撤回行政复议申请,行政复议机构准予撤回", "第四十一条第(一)项、第七十三条"),
    SETTLED("当事人达成和解,申请人撤回行政复议申请,行政复议机构准予撤回", "第四十一条第(一)项、第七十四条"),
    APPLICANT_DIED("作为申请人的公民死亡,没有近亲属或者其近亲属放弃行政复议权利", "第四十一条第(二)项"),
    ENTITY_TERMINATED("作为申请人的法人或者其他组织终止,没有权利义务承受人或者其放弃行政复议权利", "第四十一条第(三)项"),
    CRIMINAL_MEASURES("申请人对行政拘留或者限制人身自由的行政强制措施不服申请行政复议后,因同一违法行为涉嫌犯罪,被采取刑事强制措施", "第四十一条第(四)项"),
    SUSPENSION_LAPSED("依照第三十九条第一款第一项、第二项、第四项的规定中止行政复议满六十日,中止的原因仍未消除", "第四十一条第(五)项");

    private final String label;
    private final String article;

    TerminationGround(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    public String basis() {
        return "行政复议法(2023) " + article;
    }

    public boolean afterMediation() {
        return this == WITHDRAWN_AFTER_MEDIATION || this == SETTLED;
    }

    public static TerminationGround parse(String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid("ground", "请选择终止理由,可选值: " + choices());
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("ground", "终止理由“" + value + "”无效,可选值: " + choices());
        }
    }

    static String choices() {
        return Arrays.stream(values()).map(g -> g.name()).collect(Collectors.joining("、"));
    }
}
