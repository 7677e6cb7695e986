package cn.fazhi.platform.metrics;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgNode;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The metric catalogue: every {@link MetricSource} bean's definitions under one registry of unique names, joined by
 * the {@link DeclaredMetricDefinitions} (figures units declare). A duplicate computed name or a malformed name fails
 * the application at startup; a computed metric takes precedence over a declared definition of the same name. Values and records are computed for a caller who holds
 * {@code metrics:read} and whose data scope covers the queried organisation (and, with subordinates, its whole
 * subtree): an organisation outside the scope is "not found" (404), as elsewhere in the platform; asking for the
 * subordinates of a unit one may see only by itself is refused (403).
 */
@Service
public class MetricCatalogue {

    /** Largest page of records one call returns. */
    public static final int MAX_PAGE_SIZE = 200;

    /** A registered metric: computed by {@code source}, or declared (source null, value from {@link DeclaredValues}). */
    private record Entry(MetricDefinition definition, MetricSource source) {
        boolean declared() {
            return source == null;
        }
    }

    private final Map<String, Entry> entries;
    private final OrgUnits orgUnits;
    private final java.util.function.Supplier<DeclaredValues> declaredValues;

    public MetricCatalogue(List<MetricSource> sources, OrgUnits orgUnits) {
        this(sources, List.of(), () -> null, orgUnits);
    }

    @Autowired
    public MetricCatalogue(List<MetricSource> sources, List<DeclaredMetricDefinitions> declared,
            ObjectProvider<DeclaredValues> declaredValues, OrgUnits orgUnits) {
        this(sources, declared, (java.util.function.Supplier<DeclaredValues>) declaredValues::getIfAvailable,
                orgUnits);
    }

    /**
     * @param declared       declared definitions (a computed source of the same name takes precedence)
     * @param declaredValues where declared values come from; supplies null when no module stores declarations (values
     *                       are then null = 未申报); asked lazily, at the first declared value
     */
    public MetricCatalogue(List<MetricSource> sources, List<DeclaredMetricDefinitions> declared,
            java.util.function.Supplier<DeclaredValues> declaredValues, OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
        this.declaredValues = declaredValues;
        Map<String, Entry> map = register(sources);
        addDeclared(map, declared);
        Map<String, Entry> sorted = new LinkedHashMap<>();
        map.keySet().stream().sorted().forEach(k -> sorted.put(k, map.get(k)));
        this.entries = Collections.unmodifiableMap(sorted);
    }

    /**
     * Adds the declared definitions that no computed source defines. Two declared definitions of one name, or a
     * malformed name, fail the startup like computed ones.
     */
    static void addDeclared(Map<String, Entry> map, List<DeclaredMetricDefinitions> declared) {
        Map<String, MetricDefinition> seen = new LinkedHashMap<>();
        for (DeclaredMetricDefinitions provider : declared == null ? List.<DeclaredMetricDefinitions>of() : declared) {
            for (MetricDefinition d : provider.declaredDefinitions()) {
                if (!MetricDefinition.isValidName(d.name())) {
                    throw new IllegalStateException("Metric name is not lower-case dotted: " + d.name());
                }
                if (seen.putIfAbsent(d.name(), d) != null) {
                    throw new IllegalStateException("Declared metric " + d.name() + " is defined twice");
                }
                Entry computed = map.get(d.name());
                if (computed == null) {
                    map.put(d.name(), new Entry(d, null));
                }
                // else: a module computes it now; the computed definition wins
            }
        }
    }

    /** Builds the registry; fails on a duplicate or malformed name (so a bad contribution stops the startup). */
    static Map<String, Entry> register(List<MetricSource> sources) {
        Map<String, Entry> map = new LinkedHashMap<>();
        List<Entry> all = new ArrayList<>();
        for (MetricSource source : sources) {
            for (MetricDefinition d : source.definitions()) {
                all.add(new Entry(d, source));
            }
        }
        all.sort(Comparator.comparing(e -> e.definition().name()));
        for (Entry e : all) {
            String name = e.definition().name();
            if (!MetricDefinition.isValidName(name)) {
                throw new IllegalStateException("Metric name is not lower-case dotted: " + name);
            }
            Entry previous = map.putIfAbsent(name, e);
            if (previous != null) {
                throw new IllegalStateException("Metric " + name + " is defined twice: by "
                        + previous.source().getClass().getName() + " and by " + e.source().getClass().getName());
            }
        }
        return map;
    }

    /** Every definition, ordered by name. */
    public List<MetricDefinition> definitions() {
        return entries.values().stream().map(Entry::definition).toList();
    }

    /** Whether the metric is declared by units (true) or computed from records by a module (false); 404 if unknown. */
    public boolean isDeclared(String name) {
        return entry(name).declared();
    }

    public Optional<MetricDefinition> find(String name) {
        return Optional.ofNullable(entries.get(name)).map(Entry::definition);
    }

    /** The definition, or 404 with a Chinese message. */
    public MetricDefinition get(String name) {
        return entry(name).definition();
    }

    /** The value for the query, computed for {@code actor} (permission and data scope checked). */
    @Transactional(readOnly = true)
    public MetricValue value(String name, MetricQuery query, FazhiPrincipal actor) {
        Entry e = entry(name);
        checkAccess(query, actor);
        return compute(e, name, query);
    }

    /**
     * The values of several metrics for one query, for {@code actor} (permission and data scope checked once): what a
     * report or dashboard shows at once. Each source computes its metrics together ({@link MetricSource#values}), so
     * a city-year of all metrics costs a few grouped queries per source, not one query per metric. Keyed by name, in
     * the order asked; an unknown name is a 404.
     */
    @Transactional(readOnly = true)
    public Map<String, MetricValue> values(List<String> names, MetricQuery query, FazhiPrincipal actor) {
        names.forEach(this::entry);
        checkAccess(query, actor);
        return computeAll(names, query);
    }

    /** {@link #values} without a caller, as {@link #valueAsSystem}: never with a user's input. */
    @Transactional(readOnly = true)
    public Map<String, MetricValue> valuesAsSystem(List<String> names, MetricQuery query) {
        names.forEach(this::entry);
        orgUnits.find(query.orgId()).orElseThrow(() -> BusinessException.notFound("单位"));
        return computeAll(names, query);
    }

    private Map<String, MetricValue> computeAll(List<String> names, MetricQuery query) {
        Map<MetricSource, List<String>> bySource = new java.util.IdentityHashMap<>();
        List<String> declared = new ArrayList<>();
        for (String name : new java.util.LinkedHashSet<>(names)) {
            Entry e = entries.get(name);
            if (e.declared()) {
                declared.add(name);
            } else {
                bySource.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(name);
            }
        }
        Map<String, MetricValue> computed = new java.util.HashMap<>();
        bySource.forEach((source, ns) -> computed.putAll(source.values(ns, query)));
        if (!declared.isEmpty()) {
            DeclaredValues values = declaredValues.get();
            if (values != null) {
                computed.putAll(values.values(declared, query));
            } else {
                declared.forEach(n -> computed.put(n, new MetricValue(n, null, null, null, query)));
            }
        }
        Map<String, MetricValue> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, computed.get(name));
        }
        return out;
    }

    /** The value without any check or organisation lookup: unit tests of the registry only. */
    MetricValue declaredValueForTest(String name, MetricQuery query) {
        return compute(entry(name), name, query);
    }

    private MetricValue compute(Entry e, String name, MetricQuery query) {
        if (!e.declared()) {
            return e.source().value(name, query);
        }
        DeclaredValues values = declaredValues.get();
        return values == null ? new MetricValue(name, null, null, null, query) : values.value(name, query);
    }

    /** A page (0-based) of the records behind the value, for {@code actor} (permission and data scope checked). */
    @Transactional(readOnly = true)
    public MetricRecordPage records(String name, MetricQuery query, int page, int size, FazhiPrincipal actor) {
        Entry e = entry(name);
        if (page < 0) {
            throw BusinessException.invalid("page", "页码不能为负数");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw BusinessException.invalid("size", "每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        checkAccess(query, actor);
        if (e.declared()) {
            DeclaredValues values = declaredValues.get();
            return values == null ? new MetricRecordPage(List.of(), page, size, 0)
                    : values.records(name, query, page, size);
        }
        return e.source().records(name, query, page, size);
    }

    /**
     * The value without a caller: for system jobs that act on behalf of an organisation already authorised
     * elsewhere (e.g. freezing the figures of a report being published). Never call it with a user's input.
     */
    @Transactional(readOnly = true)
    public MetricValue valueAsSystem(String name, MetricQuery query) {
        Entry e = entry(name);
        orgUnits.find(query.orgId()).orElseThrow(() -> BusinessException.notFound("单位"));
        return compute(e, name, query);
    }

    private Entry entry(String name) {
        Entry e = name == null ? null : entries.get(name);
        if (e == null) {
            throw new BusinessException("METRIC_NOT_FOUND", "统计指标“" + abbreviate(name) + "”不存在", 404);
        }
        return e;
    }

    private void checkAccess(MetricQuery query, FazhiPrincipal actor) {
        Access.require(actor, MetricsPermissions.READ);
        DataScope scope = actor.scope();
        OrgUnit unit = orgUnits.find(query.orgId())
                .filter(u -> scope.coversOrg(u.id(), u.path()))
                .orElseThrow(() -> BusinessException.notFound("单位"));
        if (!query.withSubordinates() || scope.all()
                || scope.subtreePaths().stream().anyMatch(unit.path()::startsWith)) {
            return;
        }
        // seen by itself only (本单位 / 自定义): its subordinates must each be in scope too
        for (OrgNode n : orgUnits.tree()) {
            OrgUnit u = n.unit();
            if (u.id() != unit.id() && u.path().startsWith(unit.path()) && !scope.coversOrg(u.id(), u.path())) {
                throw BusinessException.forbidden("无权查看“" + unit.name() + "”下级单位的统计指标(数据权限范围只含本单位)");
            }
        }
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
