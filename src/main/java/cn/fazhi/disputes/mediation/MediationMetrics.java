package cn.fazhi.disputes.mediation;

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
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * mediation.* metrics (issue 6 §5). The organisation is the handling organ (org_id); with subordinates, every organ
 * of its subtree. Each value and its records come from the same condition ({@link CaseMetric#where}).
 */
@Component
public class MediationMetrics implements MetricSource {

    static final String SOURCE = "行政调解(本机关行政调解规则;参照人民调解法);法治政府建设年度报告(seed 000)";

    private static final String ACCEPTED_IN = "c.accepted_on >= ? and c.accepted_on <= ?";
    private static final String CLOSED_IN = "c.closed_on >= ? and c.closed_on <= ?";

    private static final List<CaseMetric> DEFS = List.of(
            CaseMetric.of(new MetricDefinition("mediation.received", "受理行政调解案件数", MetricUnit.CASES, MetricKind.COUNT,
                    "调解机关为所选单位(含下级时为其下级全部单位)、受理日期(双方当事人同意调解、机关受理之日)在统计期间内的行政调解案件;"
                            + "不予受理的申请不计。", 1, SOURCE),
                    "mediation_case c", ACCEPTED_IN, null, null),
            CaseMetric.of(new MetricDefinition("mediation.closed", "办结行政调解案件数", MetricUnit.CASES, MetricKind.COUNT,
                    "办结日期在统计期间内、结果为调解成功、调解不成或终止调解的行政调解案件。", 1, SOURCE),
                    "mediation_case c", CLOSED_IN, "c.state in ('SUCCEEDED', 'FAILED', 'TERMINATED')", null),
            CaseMetric.of(new MetricDefinition("mediation.succeeded", "调解成功案件数", MetricUnit.CASES, MetricKind.COUNT,
                    "办结日期在统计期间内、达成调解协议(调解成功)的行政调解案件。", 1, SOURCE),
                    "mediation_case c", CLOSED_IN, "c.state = 'SUCCEEDED'", null),
            CaseMetric.of(new MetricDefinition("mediation.success_rate", "调解率", MetricUnit.PERCENT, MetricKind.RATE,
                    "分母:统计期间内受理的行政调解案件(同 mediation.received);分子:其中至统计期末已调解成功(达成调解协议)的案件。"
                            + "× 100%,两位小数。此口径复现 seed 000“受理行政调解案件7531件,办结7385件,调解率98.06%”"
                            + "(7385 ÷ 7531 = 98.06%,办结的均为调解成功);以办结数为分母则为 100%,与原文不符。", 1, SOURCE),
                    "mediation_case c", ACCEPTED_IN, null, "c.state = 'SUCCEEDED' and c.closed_on <= ?"));

    private final JdbcTemplate jdbc;
    private final OrgUnits orgUnits;

    public MediationMetrics(JdbcTemplate jdbc, OrgUnits orgUnits) {
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
        return OrgPeriodCondition.of(orgUnits, q, "c.org_id", d.where());
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
        if (d.numerator().contains("?")) {
            params.add(Date.valueOf(q.period().end()));
        }
        params.addAll(w.params());
        long[] r = jdbc.queryForObject("select coalesce(sum(" + d.numerator() + "), 0) as num, count(*) as den from " + d.table()
                + " where " + w.sql(), (rs, i) -> new long[] {rs.getLong("num"), rs.getLong("den")}, params.toArray());
        return MetricValue.rate(name, r[0], r[1], q);
    }

    /** The metrics over the same date column in one query each (received and success rate; closed and succeeded). */
    @Override
    public Map<String, MetricValue> values(List<String> names, MetricQuery q) {
        List<Object> end = List.of(Date.valueOf(q.period().end()));
        return GroupedCounts.values(jdbc, orgUnits, q, names.stream().map(n -> def(n).spec(end)).toList());
    }

    @Override
    public MetricRecordPage records(String name, MetricQuery q, int page, int size) {
        CaseMetric d = def(name);
        OrgPeriodCondition w = where(d, q);
        Long total = jdbc.queryForObject("select count(*) from " + d.table() + " where " + w.sql(), Long.class, w.params().toArray());
        List<Object> params = new ArrayList<>();
        if (d.numerator() != null && d.numerator().contains("?")) {
            params.add(Date.valueOf(q.period().end()));
        }
        params.addAll(w.params());
        params.add(size);
        params.add((long) page * size);
        String num = d.numerator() == null ? "0" : d.numerator();
        List<MetricRecord> items = jdbc.query("select c.id, c.applicant, c.other_party, c.dispute_type, c.state, c.accepted_on, c.closed_on,"
                + " (select o.name from org_unit o where o.id = c.org_id) as org_name, " + num + " as in_num from " + d.table()
                + " where " + w.sql() + " order by c.accepted_on, c.closed_on, c.id limit ? offset ?", (rs, i) -> {
                    MediationState st = MediationState.valueOf(rs.getString("state"));
                    String label = rs.getString("org_name") + " 调解 " + rs.getString("applicant") + " 与 " + rs.getString("other_party")
                            + " " + DisputeType.valueOf(rs.getString("dispute_type")).label() + "(受理 " + rs.getString("accepted_on")
                            + ";" + st.label() + (rs.getString("closed_on") == null ? "" : " " + rs.getString("closed_on")) + ")";
                    return new MetricRecord("mediation_case", rs.getString("id"), label, "/mediation/cases/" + rs.getString("id"),
                            d.numerator() == null ? null : rs.getInt("in_num") == 1);
                }, params.toArray());
        return new MetricRecordPage(items, page, size, total == null ? 0 : total);
    }
}
