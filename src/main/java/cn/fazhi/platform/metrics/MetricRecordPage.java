package cn.fazhi.platform.metrics;

import java.util.List;

/** One page (0-based) of the records behind a metric value. */
public record MetricRecordPage(List<MetricRecord> items, int page, int size, long total) {

    public MetricRecordPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
