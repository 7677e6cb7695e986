package cn.fazhi.platform.metrics;

import java.util.List;

/**
 * Figures a report needs that no module computes (yet): they come from systems outside Fazhi (政务服务, 12345 热线,
 * 普法 activities) or from a business module the place does not use. A unit declares their values with evidence
 * ({@link DeclaredValues}). When a {@link MetricSource} computes a metric of the same name, the computed one wins and
 * the declared definition is not used (so a place can move from declaring a figure to computing it without renaming).
 */
public interface DeclaredMetricDefinitions {

    /** The declared metrics' definitions (names follow the same rules as computed ones). */
    List<MetricDefinition> declaredDefinitions();
}
