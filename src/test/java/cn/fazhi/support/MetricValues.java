package cn.fazhi.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.platform.metrics.MetricCatalogue;
import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricValue;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.util.List;

/**
 * A metric's value asked both ways: alone ({@link MetricCatalogue#value}) and together with every metric of its module
 * ({@link MetricCatalogue#values}, the grouped queries a report uses). Metric tests ask through this so that each of
 * their cases also checks that the grouped computation gives the very same value, numerator and denominator.
 */
public final class MetricValues {

    private MetricValues() {
    }

    public static MetricValue value(MetricCatalogue catalogue, String name, MetricQuery q, FazhiPrincipal actor) {
        MetricValue alone = catalogue.value(name, q, actor);
        String module = catalogue.get(name).module();
        List<String> together = catalogue.definitions().stream().map(MetricDefinition::name)
                .filter(n -> n.startsWith(module + ".")).toList();
        MetricValue grouped = catalogue.values(together, q, actor).get(name);
        assertThat(grouped).as("%s asked with the other %s metrics", name, module).isEqualTo(alone);
        return alone;
    }
}
