package cn.fazhi.platform.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Implemented by each module that contributes metrics (a Spring bean; {@link MetricCatalogue} collects them all).
 * The catalogue has already checked the caller's permission and data scope and that {@code name} is one of this
 * source's definitions; a source only computes. A value and its records are computed by the same conditions, so
 * that the records listed are exactly those counted.
 */
public interface MetricSource {

    /** The metrics this source computes. Names must be unique across the whole catalogue. */
    List<MetricDefinition> definitions();

    /** The value of metric {@code name} for the query. */
    MetricValue value(String name, MetricQuery query);

    /**
     * The values of several of this source's metrics for one query, keyed by name in the order asked: what a report
     * needs at once. By default one {@link #value} each; a source overrides it to compute metrics that share a table
     * and a date column in one grouped query, with the very conditions {@link #value} uses (so both give the same
     * figures). Bench: CityYearMetricsBench.
     */
    default Map<String, MetricValue> values(List<String> names, MetricQuery query) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, value(name, query));
        }
        return out;
    }

    /**
     * The records behind the value, ordered stably, page {@code page} (0-based) of {@code size}. For a rate these
     * are the denominator's records, each marked whether it counts in the numerator.
     */
    MetricRecordPage records(String name, MetricQuery query, int page, int size);
}
