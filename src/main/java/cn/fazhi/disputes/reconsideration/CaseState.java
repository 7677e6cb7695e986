package cn.fazhi.disputes.reconsideration;

import java.util.EnumSet;
import java.util.Set;

/** States of a reconsideration case (domain-rules §1.11). */
public enum CaseState {
    RECEIVED("已收到申请"),
    NEEDS_SUPPLEMENT("待补正"),
    ABANDONED("视为放弃申请"),
    NOT_ACCEPTED("不予受理"),
    ACCEPTED("已受理"),
    COPY_SENT("已发送答复通知"),
    ANSWERED("被申请人已答复"),
    HEARING("已听取意见/听证"),
    SUSPENDED("中止审理"),
    DECIDED("已作出决定"),
    MEDIATED("已调解结案"),
    TERMINATED("终止审理"),
    SERVED("已送达生效"),
    CLOSED("已履行/执行完毕");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepted and under review: the states a case can be suspended, mediated, terminated or decided from. */
    public static final Set<CaseState> UNDER_REVIEW = EnumSet.of(ACCEPTED, COPY_SENT, ANSWERED, HEARING);

    public boolean isOpen() {
        return this == RECEIVED || this == NEEDS_SUPPLEMENT || this == SUSPENDED || UNDER_REVIEW.contains(this);
    }
}
