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

    /** A figure mapping of a seed report: | seed | “figure” | value | `metric` | (or “—” for a context figure). */
    private static final Pattern MAPPING = Pattern.compile("^\\| (\\d{3}) \\| “[^|]+” \\| [^|]+ \\| (`([a-z0-9_.]+)`|—[^|]*) \\|$",
            Pattern.MULTILINE);

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
                "plan.task.completion_rate v1", "plan.report.on_time_rate v2");
        // declared metrics are registered and documented too, the disputes names among them
        assertThat(registered).contains("reconsideration.received v1", "litigation.head_appearance_rate v1",
                "mediation.success_rate v1", "petition.on_time_rate v1", "normative_doc.filed_on_time_rate v1",
                "hotline_12345.closed v1", "law_popularisation.activities v1");
    }

    @Test
    void everyFigureMappingOfTheSeedReportsNamesARegisteredMetric() throws Exception {
        String doc = Files.readString(Path.of("docs/metrics.md"));
        Matcher m = MAPPING.matcher(doc);
        Set<String> seeds = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        int mappings = 0;
        int withMetric = 0;
        while (m.find()) {
            mappings++;
            seeds.add(m.group(1));
            if (m.group(3) != null) {
                withMetric++;
                if (catalogue.find(m.group(3)).isEmpty()) {
                    unknown.add(m.group(3));
                }
            }
        }
        assertThat(unknown).as("metrics named in docs/metrics.md but not registered").isEmpty();
        assertThat(seeds).containsExactly("000", "001", "003", "004");
        assertThat(mappings).isGreaterThanOrEqualTo(60);
        assertThat(withMetric).isGreaterThanOrEqualTo(60);
        // the rows that do not match the pattern would escape the check: every seed row must match it
        long seedRows = doc.lines().filter(l -> l.matches("^\\| \\d{3} \\|.*")).count();
        assertThat(seedRows).isEqualTo(mappings);
    }

    @Test
    void theCatalogueApiSaysWhichMetricsAreDeclared() {
        assertThat(catalogue.isDeclared("plan.task.total")).isFalse();
        assertThat(catalogue.isDeclared("hotline_12345.closed")).isTrue();
    }
}
