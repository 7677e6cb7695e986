package cn.fazhi.platform.metrics;

import java.util.Objects;

/**
 * What a metric value is asked for: an organisation, with or without its subordinates (a government's figure covers
 * its departments and towns), and a period.
 */
public record MetricQuery(long orgId, boolean withSubordinates, MetricPeriod period) {

    public MetricQuery {
        Objects.requireNonNull(period, "period");
    }
}
