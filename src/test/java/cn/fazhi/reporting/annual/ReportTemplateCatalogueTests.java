package cn.fazhi.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.platform.metrics.MetricCatalogue;
import cn.fazhi.support.FazhiIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report sentence is generated from metrics (a figure is never typed): every placeholder of the standard template
 * must name a metric of the catalogue, computed or declared — otherwise the sentence could never be filled.
 */
@FazhiIntegrationTest
class ReportTemplateCatalogueTests {

    @Autowired
    MetricCatalogue catalogue;

    @Test
    void everyFigureOfTheStandardTemplateIsAMetricOfTheCatalogue() {
        List<String> names = ReportTemplate.standard().sections().stream()
                .flatMap(s -> s.sentences().stream()).flatMap(s -> s.metrics().stream()).distinct().toList();
        assertThat(names).isNotEmpty();
        assertThat(names).allSatisfy(name -> assertThat(catalogue.find(name)).as(name).isPresent());
        // the disputes figures are computed by the disputes module, not declared
        assertThat(catalogue.isDeclared("reconsideration.received")).isFalse();
        assertThat(catalogue.isDeclared("hotline_12345.received")).isTrue();
    }
}
