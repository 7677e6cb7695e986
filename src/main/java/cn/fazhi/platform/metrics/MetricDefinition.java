package cn.fazhi.platform.metrics;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One metric of the catalogue (design.md, "the spine"): a stable name every dashboard, indicator and report uses,
 * its Chinese label and unit, its definition (口径) with a version, and the source it answers to (a statute or the
 * indicator it serves). A changed 口径 gets a new version so that a frozen report can say which one it used.
 *
 * @param name              lower-case dotted name, at least two segments, e.g. {@code plan.task.completion_rate}
 * @param label             Chinese label, e.g. 任务完成率
 * @param unit              the unit of the value (a RATE is in {@link MetricUnit#PERCENT})
 * @param kind              COUNT, RATE or AMOUNT
 * @param definition        the 口径 in words: what is counted, which records, which dates, as of when
 * @param definitionVersion version of the 口径, starting at 1
 * @param source            the statute, document or indicator the metric serves
 */
public record MetricDefinition(String name, String label, MetricUnit unit, MetricKind kind, String definition,
        int definitionVersion, String source) {

    /** Segments of [a-z][a-z0-9_]*, separated by dots, at least two segments, at most 100 characters. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    public MetricDefinition {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("metric name must be lower-case dotted (e.g. plan.task.total): " + name);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("metric " + name + " needs a Chinese label");
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        if (definition == null || definition.isBlank()) {
            throw new IllegalArgumentException("metric " + name + " needs its definition (口径)");
        }
        if (definitionVersion < 1) {
            throw new IllegalArgumentException("metric " + name + ": definition version starts at 1");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("metric " + name + " needs its source (statute or indicator)");
        }
        if (kind == MetricKind.RATE && unit != MetricUnit.PERCENT) {
            throw new IllegalArgumentException("rate metric " + name + " must be in percent");
        }
    }

    public static boolean isValidName(String name) {
        return name != null && name.length() <= 100 && NAME.matcher(name).matches();
    }

    /** The module prefix of the name ({@code plan} for {@code plan.task.total}). */
    public String module() {
        return name.substring(0, name.indexOf('.'));
    }
}
