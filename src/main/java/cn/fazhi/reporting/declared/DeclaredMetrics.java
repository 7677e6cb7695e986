package cn.fazhi.reporting.declared;

import cn.fazhi.platform.metrics.DeclaredMetricDefinitions;
import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which metric names are declared (a {@link DeclaredMetricDefinitions} bean lists them and no {@link MetricSource}
 * computes them: a computed source wins over a declared definition of the same name).
 */
@Component
public class DeclaredMetrics {

    private final Map<String, MetricDefinition> declared;

    public DeclaredMetrics(List<DeclaredMetricDefinitions> definitions, List<MetricSource> sources) {
        Set<String> computed = sources.stream().flatMap(s -> s.definitions().stream()).map(MetricDefinition::name)
                .collect(Collectors.toSet());
        Map<String, MetricDefinition> map = new TreeMap<>();
        for (DeclaredMetricDefinitions d : definitions) {
            for (MetricDefinition def : d.declaredDefinitions()) {
                if (!computed.contains(def.name())) {
                    map.putIfAbsent(def.name(), def);
                }
            }
        }
        this.declared = new LinkedHashMap<>(map);
    }

    public List<MetricDefinition> definitions() {
        return List.copyOf(declared.values());
    }

    public Optional<MetricDefinition> find(String name) {
        return Optional.ofNullable(name == null ? null : declared.get(name));
    }

    public boolean isDeclared(String name) {
        return name != null && declared.containsKey(name);
    }
}
