package cn.fazhi.disputes.litigation;

/**
 * Why the head did not appear. Only the first four are legitimate reasons (正当理由) under 最高人民法院关于行政机关负责人
 * 出庭应诉若干问题的规定(2020) 第八条, and they count only with proof sealed by the organ or signed by its principal head
 * (第九条); NONE (or anything else, e.g. being busy) makes the hearing "负责人未出庭".
 */
public enum Excuse {
    FORCE_MAJEURE("不可抗力", true),
    ACCIDENT("意外事件", true),
    OFFICIAL_DUTY("需要履行他人不能代替的公务", true),
    OTHER_JUSTIFIED("无法出庭的其他正当事由", true),
    NONE("无正当理由", false);

    private final String label;
    private final boolean legitimate;

    Excuse(String label, boolean legitimate) {
        this.label = label;
        this.legitimate = legitimate;
    }

    public String label() {
        return label;
    }

    public boolean legitimate() {
        return legitimate;
    }
}
