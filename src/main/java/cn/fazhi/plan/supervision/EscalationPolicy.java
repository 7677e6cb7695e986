package cn.fazhi.plan.supervision;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.Collection;

/**
 * Supervision escalates step by step: a 督办 needs an earlier 催办 on the same task, a 约谈 or 通报 needs an earlier
 * 督办. A 催办 may always be issued.
 */
public final class EscalationPolicy {

    private EscalationPolicy() {
    }

    /** Refuses, saying why, when {@code level} skips a step given the levels already issued on the task. */
    public static void check(NoticeLevel level, Collection<NoticeLevel> earlier) {
        switch (level) {
            case URGE -> {
            }
            case SUPERVISE -> {
                if (!earlier.contains(NoticeLevel.URGE)) {
                    throw new BusinessException("ESCALATION_ORDER",
                            "该任务尚未发出催办通知,不能直接督办:督办须在催办之后(催办 → 督办 → 约谈/通报)", 409);
                }
            }
            case INTERVIEW, CIRCULATE -> {
                if (!earlier.contains(NoticeLevel.SUPERVISE)) {
                    throw new BusinessException("ESCALATION_ORDER", "该任务尚未发出督办通知,不能直接" + level.label()
                            + ":" + level.label() + "须在督办之后(催办 → 督办 → 约谈/通报)", 409);
                }
            }
        }
    }
}
