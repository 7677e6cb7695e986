package cn.fazhi.disputes.litigation;

/**
 * Who may appear as the organ's head (负责人): 最高人民法院关于行政机关负责人出庭应诉若干问题的规定(2020) 第二条 —
 * the principal head, deputy heads, deputy-level officials in charge of the challenged act and other officials in
 * charge; the head of an entrusted organisation or of a lower-level organ does not count.
 */
public enum HeadRole {
    PRINCIPAL("正职负责人", true),
    DEPUTY("副职负责人", true),
    DEPUTY_LEVEL_IN_CHARGE("参与分管被诉行政行为实施工作的副职级别负责人", true),
    OTHER_IN_CHARGE("其他参与分管的负责人", true),
    ENTRUSTED_OR_LOWER_HEAD("被委托组织或下级行政机关负责人", false);

    private final String label;
    private final boolean counts;

    HeadRole(String label, boolean counts) {
        this.label = label;
        this.counts = counts;
    }

    public String label() {
        return label;
    }

    /** True when the role counts as 行政机关负责人 (SPC provisions 2020 Art. 2). */
    public boolean counts() {
        return counts;
    }
}
