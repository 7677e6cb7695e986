package cn.fazhi.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.support.FazhiIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** docs/metrics.md and the running catalogue list the same metric names, with the same version. */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class MetricCatalogueDocTests {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_.]+)` \\|[^|]*\\|[^|]*\\| (\\d+) \\|", Pattern.MULTILINE);

    @Autowired
    MetricCatalogue catalogue;

    @Test
    void docsMetricsMdListsExactlyTheRegisteredMetrics() throws Exception {
        String doc = Files.readString(Path.of("docs/metrics.md"));
        Set<String> documented = new TreeSet<>();
        Matcher m = ROW.matcher(doc);
        while (m.find()) {
            documented.add(m.group(1) + " v" + m.group(2));
        }
        Set<String> registered = new TreeSet<>();
        catalogue.definitions().forEach(d -> registered.add(d.name() + " v" + d.definitionVersion()));
        assertThat(documented).isEqualTo(registered);
        assertThat(registered).contains("plan.task.total v1", "plan.task.completed v1", "plan.task.overdue v1",
                "plan.task.completion_rate v1", "plan.report.on_time_rate v1");
    }
}
