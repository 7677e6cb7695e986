package cn.fazhi.platform.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A computed metric value. A rate keeps its numerator and denominator so that a report can print "12 / 140" and an
 * indicator can recompute across units; its value is the percentage rounded to two decimals, or null when the
 * denominator is zero (nothing to rate).
 */
public record MetricValue(String name, BigDecimal value, BigDecimal numerator, BigDecimal denominator, MetricQuery query) {

    public static MetricValue count(String name, long count, MetricQuery query) {
        return new MetricValue(name, BigDecimal.valueOf(count), null, null, query);
    }

    public static MetricValue amount(String name, BigDecimal amount, MetricQuery query) {
        return new MetricValue(name, amount, null, null, query);
    }

    public static MetricValue rate(String name, long numerator, long denominator, MetricQuery query) {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("rate " + name + ": bad fraction " + numerator + "/" + denominator);
        }
        BigDecimal value = denominator == 0 ? null
                : BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        return new MetricValue(name, value, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), query);
    }

    public boolean isRate() {
        return denominator != null;
    }
}
