package cn.fazhi.plan;

import java.util.Arrays;
import java.util.Optional;

/** How often lead units report progress on their tasks (the plan sets it). */
public enum ReportingCycle {
    QUARTERLY("每季度"),
    HALF_YEARLY("每半年"),
    YEARLY("每年");

    private final String label;

    ReportingCycle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A code (YEARLY) or a Chinese label (每年, 年度, 半年, 季度). */
    public static Optional<ReportingCycle> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return switch (t) {
            case "年度", "每年", "年" -> Optional.of(YEARLY);
            case "半年", "每半年", "半年度" -> Optional.of(HALF_YEARLY);
            case "季度", "每季度", "季" -> Optional.of(QUARTERLY);
            default -> Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(t) || c.label.equals(t)).findFirst();
        };
    }
}
