package cn.fazhi.plan;

import cn.fazhi.platform.kernel.BusinessException;

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

    /** A status from a request parameter: the code (IN_FORCE) or the Chinese label (执行中); blank means none. */
    public static PlanStatus parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        for (PlanStatus s : values()) {
            if (s.name().equalsIgnoreCase(v) || s.label.equals(v)) {
                return s;
            }
        }
        throw BusinessException.invalid(field, "方案状态“" + value + "”无效,可选值: DRAFT(草拟)、ISSUED(印发)、IN_FORCE(执行中)、ENDED(已结束)");
    }
}
