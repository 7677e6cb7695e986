package cn.fazhi.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue's registry, metric names, definitions, values and period parsing (no Spring context). */
class MetricCatalogueTests {

    private static MetricDefinition def(String name) {
        return new MetricDefinition(name, "测试指标", MetricUnit.CASES, MetricKind.COUNT, "测试口径", 1, "测试来源");
    }

    private static MetricSource source(MetricDefinition... defs) {
        return new MetricSource() {
            @Override
            public List<MetricDefinition> definitions() {
                return List.of(defs);
            }

            @Override
            public MetricValue value(String name, MetricQuery query) {
                return MetricValue.count(name, 7, query);
            }

            @Override
            public MetricRecordPage records(String name, MetricQuery query, int page, int size) {
                return new MetricRecordPage(List.of(), page, size, 0);
            }
        };
    }

    @Test
    void everySourcesDefinitionsAreRegisteredOrderedByName() {
        MetricCatalogue c = new MetricCatalogue(List.of(source(def("review.doc.filed"), def("a.b")),
                source(def("plan.task.total"))), null);
        assertThat(c.definitions()).extracting(MetricDefinition::name)
                .containsExactly("a.b", "plan.task.total", "review.doc.filed");
        assertThat(c.find("plan.task.total")).isPresent();
        assertThat(c.find("plan.task.other")).isEmpty();
        assertThat(c.get("a.b").module()).isEqualTo("a");
    }

    @Test
    void aDuplicateNameFailsTheRegistration() {
        assertThatThrownBy(() -> new MetricCatalogue(List.of(source(def("plan.task.total")),
                source(def("plan.task.total"))), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plan.task.total")
                .hasMessageContaining("defined twice");
    }

    @Test
    void anUnknownNameIsA404WithAChineseMessage() {
        MetricCatalogue c = new MetricCatalogue(List.of(source(def("plan.task.total"))), null);
        assertThatThrownBy(() -> c.get("plan.nope"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).isEqualTo("统计指标“plan.nope”不存在");
                });
    }

    @Test
    void namesAreLowerCaseDottedWithAtLeastTwoSegments() {
        assertThat(MetricDefinition.isValidName("plan.task.completion_rate")).isTrue();
        assertThat(MetricDefinition.isValidName("two_law.transferred")).isTrue();
        for (String bad : new String[] {null, "", "plan", "Plan.task", "plan..task", "plan.task.", ".plan.task",
                "plan.task-rate", "plan.1task", "plan.任务", "plan task.total", "a." + "b".repeat(100)}) {
            assertThat(MetricDefinition.isValidName(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> def("Plan.Task")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDefinitionNeedsLabelDefinitionSourceAndARateIsInPercent() {
        assertThatThrownBy(() -> new MetricDefinition("a.b", " ", MetricUnit.CASES, MetricKind.COUNT, "口径", 1, "来源"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetricDefinition("a.b", "标签", MetricUnit.CASES, MetricKind.COUNT, "", 1, "来源"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetricDefinition("a.b", "标签", MetricUnit.CASES, MetricKind.COUNT, "口径", 0, "来源"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetricDefinition("a.b", "标签", MetricUnit.CASES, MetricKind.COUNT, "口径", 1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetricDefinition("a.b", "标签", MetricUnit.CASES, MetricKind.RATE, "口径", 1, "来源"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodsParseYearsHalvesQuartersAndRanges() {
        assertThat(MetricPeriod.parse("2017")).isEqualTo(new MetricPeriod(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), "2017"));
        assertThat(MetricPeriod.parse("2017H1").end()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(MetricPeriod.parse("2017h2").start()).isEqualTo(LocalDate.of(2017, 7, 1));
        assertThat(MetricPeriod.parse("2017H2").code()).isEqualTo("2017H2");
        assertThat(MetricPeriod.parse("2017Q3")).isEqualTo(new MetricPeriod(LocalDate.of(2017, 7, 1), LocalDate.of(2017, 9, 30), "2017Q3"));
        assertThat(MetricPeriod.parse("2016Q1").end()).isEqualTo(LocalDate.of(2016, 3, 31));
        assertThat(MetricPeriod.parse(" 2017-01-01/2017-06-30 ")).isEqualTo(
                new MetricPeriod(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30), "2017-01-01/2017-06-30"));
        assertThat(MetricPeriod.parse("2017-03-05/2017-03-05").contains(LocalDate.of(2017, 3, 5))).isTrue();
        assertThat(MetricPeriod.year(2017).contains(LocalDate.of(2018, 1, 1))).isFalse();
    }

    @Test
    void aBadPeriodIsAValidationErrorNamingTheField() {
        for (String bad : new String[] {null, "", " ", "17", "2017Q0", "2017Q5", "2017H3", "2017-13-01/2017-12-31",
                "2017-02-29/2017-03-01", "2017-06-30/2017-01-01", "1800", "2017/2018", "2017年", "2017-01-01"}) {
            assertThatThrownBy(() -> MetricPeriod.parse(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.fieldErrors()).extracting(BusinessException.FieldError::field).containsExactly("period");
                    });
        }
    }

    @Test
    void aRateKeepsItsFractionAndHasNoValueWithoutADenominator() {
        MetricQuery q = new MetricQuery(1, false, MetricPeriod.year(2017));
        MetricValue v = MetricValue.rate("a.rate", 1, 3, q);
        assertThat(v.value()).isEqualByComparingTo("33.33");
        assertThat(v.numerator()).isEqualByComparingTo("1");
        assertThat(v.denominator()).isEqualByComparingTo("3");
        assertThat(v.isRate()).isTrue();
        assertThat(MetricValue.rate("a.rate", 0, 0, q).value()).isNull();
        assertThatThrownBy(() -> MetricValue.rate("a.rate", 4, 3, q)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MetricValue.count("a.count", 5, q).isRate()).isFalse();
    }

    @Test
    void aComputedSourceTakesPrecedenceOverADeclaredDefinitionOfTheSameName() {
        DeclaredMetricDefinitions declared = () -> List.of(def("litigation.cases"), def("hotline.calls"));
        MetricCatalogue c = new MetricCatalogue(List.of(source(def("litigation.cases"))), List.of(declared),
                () -> null, null);
        assertThat(c.definitions()).extracting(MetricDefinition::name)
                .containsExactly("hotline.calls", "litigation.cases");
        assertThat(c.isDeclared("litigation.cases")).isFalse();
        assertThat(c.isDeclared("hotline.calls")).isTrue();
    }

    @Test
    void aDeclaredMetricWithoutDeclaredValuesIsNullAndHasNoRecords() {
        DeclaredMetricDefinitions declared = () -> List.of(def("hotline.calls"));
        MetricCatalogue c = new MetricCatalogue(List.of(), List.of(declared), () -> null, null);
        MetricQuery q = new MetricQuery(1, false, MetricPeriod.year(2020));
        assertThat(c.declaredValueForTest("hotline.calls", q).value()).isNull();
    }

    @Test
    void aDeclaredMetricTakesItsValueFromDeclaredValues() {
        DeclaredMetricDefinitions declared = () -> List.of(def("hotline.calls"));
        DeclaredValues values = new DeclaredValues() {
            @Override
            public MetricValue value(String name, MetricQuery query) {
                return MetricValue.count(name, 42, query);
            }

            @Override
            public MetricRecordPage records(String name, MetricQuery query, int page, int size) {
                return new MetricRecordPage(List.of(new MetricRecord("declaration", "1", "申报", "/x", null)), page,
                        size, 1);
            }
        };
        MetricCatalogue c = new MetricCatalogue(List.of(), List.of(declared), () -> values, null);
        MetricQuery q = new MetricQuery(1, false, MetricPeriod.year(2020));
        assertThat(c.declaredValueForTest("hotline.calls", q).value()).isEqualByComparingTo("42");
    }

    @Test
    void twoDeclaredDefinitionsOfOneNameFail() {
        DeclaredMetricDefinitions a = () -> List.of(def("hotline.calls"));
        DeclaredMetricDefinitions b = () -> List.of(def("hotline.calls"));
        assertThatThrownBy(() -> new MetricCatalogue(List.of(), List.of(a, b), () -> null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("hotline.calls");
    }

    @Test
    void valuesHandsEachSourceAllItsNamesAtOnceAndKeepsTheOrderAsked() {
        List<List<String>> calls = new java.util.ArrayList<>();
        MetricSource grouped = new MetricSource() {
            @Override
            public List<MetricDefinition> definitions() {
                return List.of(def("a.one"), def("a.two"));
            }

            @Override
            public MetricValue value(String name, MetricQuery query) {
                throw new AssertionError("asked one by one: " + name);
            }

            @Override
            public java.util.Map<String, MetricValue> values(List<String> names, MetricQuery query) {
                calls.add(names);
                java.util.Map<String, MetricValue> out = new java.util.LinkedHashMap<>();
                names.forEach(n -> out.put(n, MetricValue.count(n, n.length(), query)));
                return out;
            }

            @Override
            public MetricRecordPage records(String name, MetricQuery query, int page, int size) {
                return new MetricRecordPage(List.of(), page, size, 0);
            }
        };
        DeclaredMetricDefinitions declared = () -> List.of(def("hotline.calls"));
        cn.fazhi.platform.org.OrgUnits orgUnits = org.mockito.Mockito.mock(cn.fazhi.platform.org.OrgUnits.class);
        org.mockito.Mockito.when(orgUnits.find(1L)).thenReturn(java.util.Optional.of(org.mockito.Mockito.mock(
                cn.fazhi.platform.org.OrgUnit.class)));
        MetricCatalogue c = new MetricCatalogue(List.of(grouped, source(def("b.seven"))), List.of(declared), () -> null,
                orgUnits);
        MetricQuery q = new MetricQuery(1, true, MetricPeriod.year(2020));

        java.util.Map<String, MetricValue> v = c.valuesAsSystem(List.of("b.seven", "a.two", "hotline.calls", "a.one"), q);

        assertThat(v.keySet()).containsExactly("b.seven", "a.two", "hotline.calls", "a.one");
        assertThat(calls).containsExactly(List.of("a.two", "a.one"));
        assertThat(v.get("a.two").value()).isEqualByComparingTo("5");
        assertThat(v.get("b.seven").value()).isEqualByComparingTo("7");
        assertThat(v.get("hotline.calls").value()).isNull(); // declared, no declarations module: 未申报
        assertThatThrownBy(() -> c.valuesAsSystem(List.of("a.one", "a.nope"), q))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> c.valuesAsSystem(List.of("a.one"), new MetricQuery(2, true, MetricPeriod.year(2020))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
