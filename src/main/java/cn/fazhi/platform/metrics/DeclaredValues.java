package cn.fazhi.platform.metrics;

/**
 * Values of declared metrics ({@link DeclaredMetricDefinitions}): only declarations that passed review count. The
 * records behind a declared value are the declarations themselves (with their evidence), so a declared figure is
 * traceable like a computed one and always marked as declared.
 */
public interface DeclaredValues {

    /** The accepted declared value for the query, or a value whose {@code value} is null when nothing was declared. */
    MetricValue value(String name, MetricQuery query);

    /** The accepted declarations behind the value. */
    MetricRecordPage records(String name, MetricQuery query, int page, int size);
}
