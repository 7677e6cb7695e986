package cn.fazhi.platform.metrics;

/**
 * One record behind a metric value, as a link: a report sentence links to these, a published report freezes their ids.
 *
 * @param type        record type, e.g. {@code plan_task}, {@code progress_report}
 * @param id          the record's opaque id
 * @param label       Chinese label that says what the record is
 * @param link        the record's page, e.g. {@code /plans/{planId}/tasks/12}
 * @param inNumerator for a rate: whether the record counts in the numerator (the list is the denominator's
 *                    records); null for counts
 */
public record MetricRecord(String type, String id, String label, String link, Boolean inNumerator) {
}
