package cn.fazhi.disputes.petition;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.disputes.support.CaseMetric;
import cn.fazhi.disputes.support.GroupedCounts;
import cn.fazhi.disputes.support.OrgPeriodCondition;
import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricKind;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricRecord;
import cn.fazhi.platform.metrics.MetricRecordPage;
import cn.fazhi.platform.metrics.MetricSource;
import cn.fazhi.platform.metrics.MetricUnit;
import cn.fazhi.platform.metrics.MetricValue;
import cn.fazhi.platform.org.OrgUnits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * petition.* metrics (issue 6 §5). received counts by the registering organ (org_id); closed and on time by the
 * responsible unit (handling_org_id); with subordinates, every unit of the subtree. Each value and its records come from the same condition ({@link CaseMetric#where}).
 */
@Component
public class PetitionMetrics implements MetricSource {

    static final String SOURCE = "信访工作条例(2022)第二十二条、第二十三条、第三十四条、第四十一条";

    /**
     * Replies with their handling deadline (at most one: the key is organisation, petition and step), joined rather
     * than looked up per petition so that a year's on-time figures are one pass over the replies.
     */
    private static final String REPLIES = "petition c left join petition_deadline d on d.petition_org_id = c.org_id"
            + " and d.petition_id = c.id and d.step = 'HANDLING'";
    private static final String ON_TIME = "c.replied_on <= d.due";
    private static final String REPLIED_IN = "c.replied_on >= ? and c.replied_on <= ?";

    private static final List<CaseMetric> DEFS = List.of(
            new CaseMetric(new MetricDefinition("petition.received", "信访事项受理登记数", MetricUnit.CASES, MetricKind.COUNT,
                    "登记机关为所选单位(含下级时为其下级全部单位)、收到(登记)日期在统计期间内的信访事项,含其后不予受理而告知其他途径的。",
                    1, SOURCE), "petition c", "c.org_id", "c.received_on >= ? and c.received_on <= ?", null, null),
            new CaseMetric(new MetricDefinition("petition.closed", "信访事项办结数", MetricUnit.CASES, MetricKind.COUNT,
                    "责任单位为所选单位(含下级时为其下级全部单位)、书面答复(处理意见)日期在统计期间内的信访事项。", 1, SOURCE),
                    REPLIES, "c.handling_org_id", REPLIED_IN, null, null),
            new CaseMetric(new MetricDefinition("petition.closed_on_time", "信访事项按期办结数", MetricUnit.CASES, MetricKind.COUNT,
                    "办结数口径内,答复日期不晚于办理期限(受理之日起六十日,经批准延长的含延长期限,信访工作条例第三十四条)的信访事项。",
                    1, SOURCE), REPLIES, "c.handling_org_id", REPLIED_IN, ON_TIME, null),
            new CaseMetric(new MetricDefinition("petition.on_time_rate", "信访事项按期办结率", MetricUnit.PERCENT, MetricKind.RATE,
                    "按期办结数 ÷ 办结数 × 100%,两位小数;分母为 0 时无值。", 1, SOURCE),
                    REPLIES, "c.handling_org_id", REPLIED_IN, null, ON_TIME));

    private final JdbcTemplate jdbc;
    private final OrgUnits orgUnits;

    public PetitionMetrics(JdbcTemplate jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    @Override
    public List<MetricDefinition> definitions() {
        return DEFS.stream().map(CaseMetric::definition).toList();
    }

    private static CaseMetric def(String name) {
        return DEFS.stream().filter(d -> d.definition().name().equals(name)).findFirst()
                .orElseThrow(() -> new BusinessException("METRIC_NOT_FOUND", "统计指标“" + name + "”不存在", 404));
    }

    private OrgPeriodCondition where(CaseMetric d, MetricQuery q) {
        return OrgPeriodCondition.of(orgUnits, q, d.orgColumn(), d.where());
    }

    /** Received in one query; closed, closed on time and the on-time rate together in another. */
    @Override
    public Map<String, MetricValue> values(List<String> names, MetricQuery q) {
        return GroupedCounts.values(jdbc, orgUnits, q, names.stream().map(n -> def(n).spec(List.of())).toList());
    }

    @Override
    public MetricValue value(String name, MetricQuery q) {
        CaseMetric d = def(name);
        OrgPeriodCondition w = where(d, q);
        if (d.numerator() == null) {
            Long n = jdbc.queryForObject("select count(*) from " + d.table() + " where " + w.sql(), Long.class, w.params().toArray());
            return MetricValue.count(name, n == null ? 0 : n, q);
        }
        List<Object> params = new ArrayList<>();
        params.addAll(w.params());
        long[] r = jdbc.queryForObject("select coalesce(sum(" + d.numerator() + "), 0) as num, count(*) as den from " + d.table()
                + " where " + w.sql(), (rs, i) -> new long[] {rs.getLong("num"), rs.getLong("den")}, params.toArray());
        return MetricValue.rate(name, r[0], r[1], q);
    }

    @Override
    public MetricRecordPage records(String name, MetricQuery q, int page, int size) {
        CaseMetric d = def(name);
        OrgPeriodCondition w = where(d, q);
        Long total = jdbc.queryForObject("select count(*) from " + d.table() + " where " + w.sql(), Long.class, w.params().toArray());
        List<Object> params = new ArrayList<>();
        params.addAll(w.params());
        params.add(size);
        params.add((long) page * size);
        String num = d.numerator() == null ? "0" : d.numerator();
        List<MetricRecord> items = jdbc.query("select c.id, c.petitioner, c.matter, c.received_on, c.replied_on,"
                + " (select o.name from org_unit o where o.id = coalesce(c.handling_org_id, c.org_id)) as org_name, " + num
                + " as in_num from " + d.table() + " where " + w.sql() + " order by c.received_on, c.replied_on, c.id limit ? offset ?",
                (rs, i) -> {
                    String matter = rs.getString("matter");
                    String label = rs.getString("petitioner") + " 反映:" + (matter.length() > 30 ? matter.substring(0, 30) + "…" : matter)
                            + "(" + rs.getString("org_name") + ";收到 " + rs.getString("received_on")
                            + (rs.getString("replied_on") == null ? "" : ";答复 " + rs.getString("replied_on")) + ")";
                    return new MetricRecord("petition", rs.getString("id"), label, "/petitions/" + rs.getString("id"),
                            d.numerator() == null ? null : rs.getInt("in_num") == 1);
                }, params.toArray());
        return new MetricRecordPage(items, page, size, total == null ? 0 : total);
    }
}
