package cn.fazhi.platform.metrics;

/** What kind of figure a metric is: a count of records, a rate (numerator / denominator) or an amount. */
public enum MetricKind {
    COUNT("计数"),
    RATE("比率"),
    AMOUNT("金额");

    private final String label;

    MetricKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
