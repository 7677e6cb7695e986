package cn.fazhi.reporting.annual;

import cn.fazhi.platform.metrics.DeclaredValues;
import cn.fazhi.platform.metrics.MetricCatalogue;
import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricKind;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricRecord;
import cn.fazhi.platform.metrics.MetricRecordPage;
import cn.fazhi.platform.metrics.MetricSource;
import cn.fazhi.platform.metrics.MetricValue;
import cn.fazhi.reporting.declared.DeclaredMetrics;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The figures of a report: a computed metric comes from its {@link MetricSource} (the catalogue's registry), a
 * declared metric from {@link DeclaredValues} (accepted declarations only). The report service has already checked
 * that the caller may see the report's organisation, so figures are computed for that organisation with its
 * subordinates for the report's year.
 */
@Component
public class ReportFigures {

    /** Shown in place of a figure that has no value. */
    public static final String GAP = "【未申报】";
    private static final int PAGE = MetricCatalogue.MAX_PAGE_SIZE;

    private final Map<String, MetricSource> computed = new HashMap<>();
    private final Map<String, MetricDefinition> computedDefinitions = new HashMap<>();
    private final DeclaredMetrics declared;
    private final DeclaredValues declaredValues;

    private final MetricCatalogue catalogue;

    ReportFigures(List<MetricSource> sources, DeclaredMetrics declared, DeclaredValues declaredValues,
            MetricCatalogue catalogue) {
        this.catalogue = catalogue;
        for (MetricSource s : sources) {
            for (MetricDefinition d : s.definitions()) {
                computed.putIfAbsent(d.name(), s);
                computedDefinitions.putIfAbsent(d.name(), d);
            }
        }
        this.declared = declared;
        this.declaredValues = declaredValues;
    }

    public Optional<MetricDefinition> definition(String name) {
        MetricDefinition d = computedDefinitions.get(name);
        return d != null ? Optional.of(d) : declared.find(name);
    }

    public boolean isDeclared(String name) {
        return !computed.containsKey(name) && declared.isDeclared(name);
    }

    /**
     * The figures of a whole report at once: the catalogue computes the known metrics together (a few grouped queries
     * per source, {@link MetricCatalogue#valuesAsSystem}); a name the catalogue does not know is a missing figure.
     */
    public Map<String, Rendered.Figure> figures(List<String> names, MetricQuery q, boolean withRecords) {
        List<String> known = names.stream().distinct().filter(n -> computed.containsKey(n) || isDeclared(n)).toList();
        Map<String, MetricValue> values = catalogue.valuesAsSystem(known, q);
        Map<String, Rendered.Figure> out = new java.util.LinkedHashMap<>();
        for (String name : names) {
            out.computeIfAbsent(name, n -> figure(n, q, withRecords, values.get(n)));
        }
        return out;
    }

    /** The figure for the query; {@code withRecords} lists every record behind it (all pages: for freezing). */
    public Rendered.Figure figure(String name, MetricQuery q, boolean withRecords) {
        MetricValue v = null;
        if (computed.containsKey(name)) {
            v = computed.get(name).value(name, q);
        } else if (isDeclared(name)) {
            v = declaredValues.value(name, q);
        }
        return figure(name, q, withRecords, v);
    }

    private Rendered.Figure figure(String name, MetricQuery q, boolean withRecords, MetricValue v) {
        Optional<MetricDefinition> def = definition(name);
        boolean isDeclared = isDeclared(name);
        boolean rate = def.map(d -> d.kind() == MetricKind.RATE).orElse(false);
        boolean missing = v == null || v.value() == null;
        String text = missing ? GAP : format(v.value(), rate);
        List<Rendered.FrozenRecord> records = null;
        if (withRecords && !missing) {
            records = new ArrayList<>();
            for (int page = 0; ; page++) {
                MetricRecordPage p = isDeclared ? declaredValues.records(name, q, page, PAGE)
                        : computed.get(name).records(name, q, page, PAGE);
                for (MetricRecord r : p.items()) {
                    records.add(new Rendered.FrozenRecord(r.type(), r.id(), r.label(), r.link(), r.inNumerator()));
                }
                if (p.items().isEmpty() || (long) (page + 1) * PAGE >= p.total()) {
                    break;
                }
            }
        }
        return new Rendered.Figure(name, def.map(MetricDefinition::label).orElse(name),
                def.map(d -> d.unit().symbol()).orElse(null), missing ? null : v.value(),
                v == null ? null : v.numerator(), v == null ? null : v.denominator(), isDeclared, missing,
                def.map(MetricDefinition::definitionVersion).orElse(null), text, recordsLink(name, q, isDeclared), records);
    }

    /** The internal page listing the records behind a figure. */
    public static String recordsLink(String name, MetricQuery q, boolean isDeclared) {
        String n = URLEncoder.encode(name, StandardCharsets.UTF_8);
        if (isDeclared) {
            return "/reports/declarations?metric=" + n + "&period=" + q.period().code() + "&orgId=" + q.orgId()
                    + "&status=ACCEPTED";
        }
        return "/metrics?name=" + n + "&orgId=" + q.orgId() + "&subordinates=" + q.withSubordinates() + "&period="
                + q.period().code();
    }

    /** "26", "1.5", or for a rate "98.5%". */
    static String format(BigDecimal value, boolean rate) {
        BigDecimal s = value.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString() + (rate ? "%" : "");
    }
}
