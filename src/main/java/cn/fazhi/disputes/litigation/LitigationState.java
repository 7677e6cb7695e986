package cn.fazhi.disputes.litigation;

/** The states of a litigation-response case (domain-rules §2.4). */
public enum LitigationState {
    SUMMONS_RECEIVED("已收到起诉状副本,待答辩"),
    DEFENCE_FILED("已提交答辩状,待开庭"),
    HEARD("已开庭,待裁判"),
    JUDGED("已作出裁判,上诉期内"),
    APPEALED("已上诉,二审中"),
    EFFECTIVE("裁判已生效"),
    CLOSED("已结案");

    private final String label;

    LitigationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
