package cn.fazhi.platform.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of declared metrics ({@link DeclaredMetricDefinitions}): only declarations that passed review count. The
 * records behind a declared value are the declarations themselves (with their evidence), so a declared figure is
 * traceable like a computed one and always marked as declared.
 */
public interface DeclaredValues {

    /** The accepted declared value for the query, or a value whose {@code value} is null when nothing was declared. */
    MetricValue value(String name, MetricQuery query);

    /** The values of several declared metrics for one query (by default one {@link #value} each), keyed by name. */
    default Map<String, MetricValue> values(List<String> names, MetricQuery query) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, value(name, query));
        }
        return out;
    }

    /** The accepted declarations behind the value. */
    MetricRecordPage records(String name, MetricQuery query, int page, int size);
}
