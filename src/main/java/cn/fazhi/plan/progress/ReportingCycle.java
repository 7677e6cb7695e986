package cn.fazhi.plan.progress;

/** How often a plan's lead units report progress (plan.reporting_cycle). */
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
}
