package cn.fazhi.plan;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A task's state, derived from accepted progress reports (only an accepted completion report completes a task). */
public enum TaskStatus {
    NOT_STARTED("未启动"),
    IN_PROGRESS("推进中"),
    COMPLETED("已完成"),
    OVERDUE_UNFINISHED("逾期未完成"),
    ONGOING("长期坚持");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a status code from a form or JSON field; a bad value is a field error naming the choices. */
    public static TaskStatus parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(field, "请选择进展状态,可选值: " + choices());
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(field, "进展状态“" + value + "”无效,可选值: " + choices());
        }
    }

    public static String choices() {
        return Arrays.stream(values()).map(s -> s.name() + "(" + s.label + ")").collect(Collectors.joining("、"));
    }
}
