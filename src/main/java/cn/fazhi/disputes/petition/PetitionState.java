package cn.fazhi.disputes.petition;

/** The states of a petition (信访工作条例 2022; domain-rules §10.1). */
public enum PetitionState {
    RECEIVED("已登记,待决定是否受理"),
    ROUTED("不予受理,已告知其他途径"),
    ACCEPTED("已受理,办理中"),
    REPLIED("已书面答复"),
    REVIEW_REQUESTED("已请求复查"),
    REVIEWED("已出具复查意见"),
    REREVIEW_REQUESTED("已请求复核"),
    CLOSED("已办结");

    private final String label;

    PetitionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
