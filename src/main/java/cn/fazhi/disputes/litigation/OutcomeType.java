package cn.fazhi.disputes.litigation;

import java.util.Set;

/**
 * Judgments (判决, 行政诉讼法 第六十九条至第七十八条) and rulings (裁定) a case can end an instance with, whether each
 * is a loss for the organ (败诉, domain-rules §2.3: 撤销、确认违法、确认无效、判决履行/给付、变更、赔偿) and at which
 * instances it may be given. A ruling is appealable only when it is 不予立案, 驳回起诉 or 管辖异议 (行诉解释
 * (法释〔2018〕1号) 第一百零一条); APPEAL_DISMISSED and WITHDRAWAL_ALLOWED at second instance leave the first-instance
 * result as it was (its loss carries over).
 */
public enum OutcomeType {
    DISMISS_CLAIM("判决驳回原告诉讼请求", Kind.JUDGMENT, Loss.NO, Set.of(Instance.FIRST, Instance.SECOND, Instance.RETRIAL)),
    REVOKE("判决撤销或部分撤销(可判令重作)", Kind.JUDGMENT, Loss.YES, Set.of(Instance.FIRST, Instance.SECOND, Instance.RETRIAL)),
    PERFORM("判决履行法定职责", Kind.JUDGMENT, Loss.YES, Set.of(Instance.FIRST, Instance.SECOND, Instance.RETRIAL)),
    PAY("判决履行给付义务", Kind.JUDGMENT, Loss.YES, Set.of(Instance.FIRST, Instance.SECOND, Instance.RETRIAL)),
    CONFIRM_ILLEGAL("判决确认违法", Kind.JUDGMENT, Loss.YES, Set.of(Instance.FIRST, Instance.SECOND, Instance.RETRIAL)),
    CONFIRM_VOID("判决确认无效", Kind.JUDGMENT, Loss.YES, Set.of(Instance.FIRST, Instance.SECOND, Instance.RETRIAL)),
    VARY("判决变更", Kind.JUDGMENT, Loss.YES, Set.of(Instance.FIRST, Instance.SECOND, Instance.RETRIAL)),
    COMPENSATE("判决赔偿或采取补救措施", Kind.JUDGMENT, Loss.YES, Set.of(Instance.FIRST, Instance.SECOND, Instance.RETRIAL)),
    APPEAL_DISMISSED("判决驳回上诉、维持原判", Kind.JUDGMENT, Loss.CARRY, Set.of(Instance.SECOND)),
    DISMISS_COMPLAINT("裁定驳回起诉", Kind.RULING, Loss.NO, Set.of(Instance.FIRST, Instance.SECOND, Instance.RETRIAL)),
    WITHDRAWAL_ALLOWED("裁定准予撤诉(撤回上诉)", Kind.RULING, Loss.CARRY, Set.of(Instance.FIRST, Instance.SECOND, Instance.RETRIAL)),
    TERMINATED("裁定终结诉讼", Kind.RULING, Loss.NO, Set.of(Instance.FIRST, Instance.SECOND, Instance.RETRIAL)),
    REMANDED("裁定撤销原判、发回重审", Kind.RULING, Loss.NONE, Set.of(Instance.SECOND));

    /** 判决 or 裁定. */
    public enum Kind {
        JUDGMENT("判决"), RULING("裁定");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the organ lost: yes, no, as before (carried from the first instance), or not decided (remand). */
    enum Loss { YES, NO, CARRY, NONE }

    private final String label;
    private final Kind kind;
    private final Loss loss;
    private final Set<Instance> instances;

    OutcomeType(String label, Kind kind, Loss loss, Set<Instance> instances) {
        this.label = label;
        this.kind = kind;
        this.loss = loss;
        this.instances = instances;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    Loss loss() {
        return loss;
    }

    public boolean allowedAt(Instance instance) {
        return instances.contains(instance);
    }

    /** A ruling the parties may appeal (行诉解释 第一百零一条: 不予立案、驳回起诉、管辖异议); every judgment is appealable. */
    public boolean appealableKind() {
        return kind == Kind.JUDGMENT || this == DISMISS_COMPLAINT;
    }
}
