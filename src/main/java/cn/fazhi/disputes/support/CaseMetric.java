package cn.fazhi.disputes.support;

import cn.fazhi.platform.metrics.MetricDefinition;
import java.util.List;

/**
 * One disputes metric as the litigation, mediation and petition sources define it: its records (a table with alias
 * {@code c}, joins included), the organisation column, the period condition (two {@code ?}: the period's first and
 * last day), a further condition (or null), and for a rate the numerator's condition. The value, the grouped values
 * ({@link GroupedCounts}) and the records are all built from these, so they count the same records.
 */
public record CaseMetric(MetricDefinition definition, String table, String orgColumn, String period, String extra,
        String numeratorCondition) {

    /** A metric whose organisation is the record's {@code c.org_id}. */
    public static CaseMetric of(MetricDefinition definition, String table, String period, String extra,
            String numeratorCondition) {
        return new CaseMetric(definition, table, "c.org_id", period, extra, numeratorCondition);
    }

    public String name() {
        return definition.name();
    }

    /** The condition of the metric's records, after the organisation's. */
    public String where() {
        return extra == null ? period : period + " and " + extra;
    }

    /** For a rate, 1 for a record in the numerator and 0 otherwise, as SQL; null for a count. */
    public String numerator() {
        return numeratorCondition == null ? null : "case when " + numeratorCondition + " then 1 else 0 end";
    }

    /** What {@link GroupedCounts} needs, with the numerator's parameters. */
    public GroupedCounts.Spec spec(List<Object> numeratorParams) {
        return new GroupedCounts.Spec(name(), table, orgColumn, period, extra, numeratorCondition,
                numeratorCondition == null ? List.of() : numeratorParams);
    }
}
