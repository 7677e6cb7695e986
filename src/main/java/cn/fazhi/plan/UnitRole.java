package cn.fazhi.plan;

/** A unit's part in a task besides the one answering lead unit (plan_task_unit.role). */
public enum UnitRole {
    /** A further 牵头单位 the document names; the first named answers for the task. */
    CO_LEAD("共同牵头单位"),
    /** 责任单位. */
    RESPONSIBLE("责任单位");

    private final String label;

    UnitRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
