package cn.fazhi.plan;

/** The life of an implementation plan: 草拟 → 印发 → 执行中 → 已结束. */
public enum PlanStatus {
    DRAFT("草拟"),
    ISSUED("印发"),
    IN_FORCE("执行中"),
    ENDED("已结束");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
