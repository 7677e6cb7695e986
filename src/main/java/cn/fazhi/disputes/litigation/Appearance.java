package cn.fazhi.disputes.litigation;

/**
 * Who appeared for the defendant organ at a hearing, as counted: the head (负责人出庭), staff because the head had a
 * legitimate reason with proof (2020 SPC provisions on 行政机关负责人出庭应诉 Art. 8-9), or the head did not appear
 * (负责人未出庭: staff without an allowed excuse or proof, or nobody).
 */
public enum Appearance {
    HEAD("负责人出庭"),
    EXCUSED("负责人有正当理由未出庭,工作人员出庭"),
    HEAD_ABSENT("负责人未出庭");

    private final String label;

    Appearance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
