package cn.fazhi.reporting.declared;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.metrics.DeclaredValues;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricRecord;
import cn.fazhi.platform.metrics.MetricRecordPage;
import cn.fazhi.platform.metrics.MetricValue;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DeclaredValues} from accepted declarations: per organisation, the declaration of exactly the queried period,
 * or else its quarters, or else its halves inside the period (never two granularities at once, so nothing is counted
 * twice); with subordinates, the sum over the subtree. A rate sums numerators and denominators and divides once.
 */
@Component
public class DeclaredFigures implements DeclaredValues {

    private final Declarations declarations;
    private final OrgUnits orgUnits;

    DeclaredFigures(Declarations declarations, OrgUnits orgUnits) {
        this.declarations = declarations;
        this.orgUnits = orgUnits;
    }

    @Override
    @Transactional(readOnly = true)
    public MetricValue value(String name, MetricQuery query) {
        return value(name, used(name, query), query);
    }

    /** All the metrics' declarations by one query, then each value as {@link #value} computes it. */
    @Override
    @Transactional(readOnly = true)
    public Map<String, MetricValue> values(List<String> names, MetricQuery query) {
        OrgUnit unit = orgUnits.find(query.orgId()).orElseThrow(() -> BusinessException.notFound("单位"));
        Map<String, List<Declaration>> byMetric = new LinkedHashMap<>();
        for (Declaration d : declarations.accepted(names, unit.id(), unit.path(), query.withSubordinates(),
                query.period().start(), query.period().end())) {
            byMetric.computeIfAbsent(d.metric(), k -> new ArrayList<>()).add(d);
        }
        Map<String, MetricValue> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, value(name, used(byMetric.getOrDefault(name, List.of()), query), query));
        }
        return out;
    }

    private static MetricValue value(String name, List<Declaration> used, MetricQuery query) {
        if (used.isEmpty()) {
            return new MetricValue(name, null, null, null, query);
        }
        boolean rate = used.get(0).denominator() != null;
        if (rate) {
            BigDecimal num = BigDecimal.ZERO;
            BigDecimal den = BigDecimal.ZERO;
            for (Declaration d : used) {
                num = num.add(d.numerator());
                den = den.add(d.denominator());
            }
            BigDecimal value = den.signum() == 0 ? null
                    : num.multiply(BigDecimal.valueOf(100)).divide(den, 2, RoundingMode.HALF_UP);
            return new MetricValue(name, value, num.stripTrailingZeros(), den.stripTrailingZeros(), query);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Declaration d : used) {
            sum = sum.add(d.amount());
        }
        return new MetricValue(name, plain(sum), null, null, query);
    }

    @Override
    @Transactional(readOnly = true)
    public MetricRecordPage records(String name, MetricQuery query, int page, int size) {
        List<Declaration> used = used(name, query);
        List<MetricRecord> all = new ArrayList<>();
        for (Declaration d : used) {
            String orgName = orgUnits.find(d.orgId()).map(OrgUnit::name).orElse("");
            String figure = d.denominator() != null ? plain(d.numerator()) + "/" + plain(d.denominator())
                    : plain(d.amount()).toPlainString();
            all.add(new MetricRecord("declaration", d.id().toString(),
                    orgName + " 申报 " + d.period().code() + ":" + figure, "/reports/declarations/" + d.id(),
                    d.denominator() != null ? Boolean.TRUE : null));
        }
        int from = Math.min(all.size(), page * size);
        int to = Math.min(all.size(), from + size);
        return new MetricRecordPage(all.subList(from, to), page, size, all.size());
    }

    private List<Declaration> used(String name, MetricQuery query) {
        OrgUnit unit = orgUnits.find(query.orgId()).orElseThrow(() -> BusinessException.notFound("单位"));
        return used(declarations.accepted(name, unit.id(), unit.path(), query.withSubordinates(),
                query.period().start(), query.period().end()), query);
    }

    /** Of one metric's accepted declarations in the period, those that count (per organisation, one granularity). */
    private static List<Declaration> used(List<Declaration> inPeriod, MetricQuery query) {
        Map<Long, List<Declaration>> byOrg = new LinkedHashMap<>();
        for (Declaration d : inPeriod) {
            byOrg.computeIfAbsent(d.orgId(), k -> new ArrayList<>()).add(d);
        }
        List<Declaration> out = new ArrayList<>();
        for (List<Declaration> ds : byOrg.values()) {
            List<Declaration> exact = ds.stream().filter(d -> d.period().code().equals(query.period().code())).toList();
            if (!exact.isEmpty()) {
                out.addAll(exact);
                continue;
            }
            List<Declaration> quarters = ds.stream().filter(d -> d.period().code().contains("Q")).toList();
            out.addAll(!quarters.isEmpty() ? quarters : ds.stream().filter(d -> d.period().code().contains("H")).toList());
        }
        return out;
    }

    private static BigDecimal plain(BigDecimal b) {
        if (b == null) {
            return null;
        }
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
