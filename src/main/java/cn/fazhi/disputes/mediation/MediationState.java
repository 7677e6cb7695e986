package cn.fazhi.disputes.mediation;

/** The states of an administrative mediation case; SUCCEEDED, FAILED and TERMINATED are closed (办结). */
public enum MediationState {
    RECEIVED("已收到申请,待受理"),
    DECLINED("不予受理"),
    ACCEPTED("已受理,调解中"),
    SUCCEEDED("调解成功"),
    FAILED("调解不成"),
    TERMINATED("终止调解");

    private final String label;

    MediationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == SUCCEEDED || this == FAILED || this == TERMINATED;
    }
}
