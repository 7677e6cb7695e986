package cn.fazhi.disputes.litigation;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * litigation.* metrics (issue 6 §5). The organisation is the defendant organ (org_id); with subordinates, every organ
 * of its subtree. Each value and its records come from the same condition ({@link CaseMetric#where}).
 */
@Component
public class LitigationMetrics implements MetricSource {

    static final String SOURCE = "行政诉讼法;最高人民法院关于行政机关负责人出庭应诉若干问题的规定(2020);法治政府建设年度报告(seed 000)";

    private static final String EFFECTIVE_IN = "c.effective_on >= ? and c.effective_on <= ?";
    private static final String RECEIVED_IN = "c.received_on >= ? and c.received_on <= ?";

    private static final String HEARD_IN_PERIOD = "exists (select 1 from litigation_hearing h where h.litigation_case_org_id = c.org_id"
            + " and h.litigation_case_id = c.id and h.held_on >= ? and h.held_on <= ? and h.appearance in (%s))";

    private static final List<CaseMetric> DEFS = List.of(
            CaseMetric.of(new MetricDefinition("litigation.cases", "行政应诉案件数(新收)", MetricUnit.CASES, MetricKind.COUNT,
                    "被告机关为所选单位(含下级时为其下级全部单位)、收到起诉状副本日期在统计期间内的应诉案件。", 1, SOURCE),
                    "litigation_case c", "c.complaint_received_on >= ? and c.complaint_received_on <= ?", null, null),
            CaseMetric.of(new MetricDefinition("litigation.concluded", "行政应诉案件审结数", MetricUnit.CASES, MetricKind.COUNT,
                    "裁判(判决或裁定)生效日期在统计期间内的应诉案件:二审裁判和不可上诉的裁定以送达日为生效日;可上诉的裁判无人上诉的,"
                            + "以上诉期届满次日为生效日。发回重审的不计,重审后生效时再计。", 1, SOURCE),
                    "litigation_case c", EFFECTIVE_IN, "c.lost is not null", null),
            CaseMetric.of(new MetricDefinition("litigation.lost", "行政诉讼败诉案件数", MetricUnit.CASES, MetricKind.COUNT,
                    "审结案件中,生效裁判为撤销或部分撤销、确认违法、确认无效、判决履行法定职责、判决给付、变更、赔偿或补救的案件"
                            + "(二审维持原判或准予撤回上诉的,按一审结果);驳回诉讼请求、驳回起诉、准予撤诉、终结诉讼不计败诉。", 1, SOURCE),
                    "litigation_case c", EFFECTIVE_IN, "c.lost = true", null),
            CaseMetric.of(new MetricDefinition("litigation.loss_rate", "行政诉讼败诉率", MetricUnit.PERCENT, MetricKind.RATE,
                    "败诉案件数 ÷ 审结案件数 × 100%,两位小数(domain-rules §2.3);分母为 0 时无值。", 1, SOURCE),
                    "litigation_case c", EFFECTIVE_IN, "c.lost is not null", "c.lost = true"),
            CaseMetric.of(new MetricDefinition("litigation.head_appearance", "行政机关负责人出庭应诉案件数", MetricUnit.CASES, MetricKind.COUNT,
                    "统计期间内有开庭、且期间内至少一次开庭由行政机关负责人(规定第二条所列正职、副职、分管负责人)出庭的案件。"
                            + "一个审级出庭一次即可(规定第七条),按案件计。", 1, SOURCE),
                    "litigation_case c", HEARD_IN_PERIOD.formatted("'HEAD'"), null, null),
            CaseMetric.of(new MetricDefinition("litigation.head_appearance_rate", "行政机关负责人出庭应诉率", MetricUnit.PERCENT, MetricKind.RATE,
                    "分母:统计期间内有开庭的案件中应由负责人出庭的案件,即期间内有负责人出庭或记为“负责人未出庭”(工作人员出庭但无第八条"
                            + "正当理由或无第九条证明材料,或无人出庭)的开庭的案件;期间内每次开庭负责人均依第八条、第九条有正当理由并提交证明的案件不计入。"
                            + "分子:其中负责人出庭的案件。× 100%,两位小数。seed 000“出庭应诉案件39件,按时出庭38件”即 38 ÷ 39。", 1, SOURCE),
                    "litigation_case c", HEARD_IN_PERIOD.formatted("'HEAD', 'HEAD_ABSENT'"), null, HEARD_IN_PERIOD.formatted("'HEAD'")),
            CaseMetric.of(new MetricDefinition("litigation.judicial_recommendations", "收到司法建议数", MetricUnit.CASES, MetricKind.COUNT,
                    "收到单位为所选单位(含下级时为其下级全部单位)、收到日期在统计期间内的司法建议。", 1, SOURCE + ";行政诉讼法第六十六条"),
                    "litigation_recommendation c", RECEIVED_IN, "c.kind = 'JUDICIAL'", null),
            CaseMetric.of(new MetricDefinition("litigation.procuratorial_recommendations", "收到检察建议数", MetricUnit.CASES, MetricKind.COUNT,
                    "收到单位为所选单位(含下级时为其下级全部单位)、收到日期在统计期间内的检察建议。", 1, SOURCE + ";人民检察院组织法第二十一条"),
                    "litigation_recommendation c", RECEIVED_IN, "c.kind = 'PROCURATORIAL'", null));

    private final JdbcTemplate jdbc;
    private final OrgUnits orgUnits;

    public LitigationMetrics(JdbcTemplate jdbc, OrgUnits orgUnits) {
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

    private List<Object> periodParams(MetricQuery q) {
        return List.of(Date.valueOf(q.period().start()), Date.valueOf(q.period().end()));
    }

    /**
     * The head-appearance figures straight from the hearings, grouped by case: the same cases as {@link #HEARD_IN_PERIOD}
     * (a case counts once when it has a hearing in the period with HEAD, or with HEAD or HEAD_ABSENT for the
     * denominator), without a correlated sub-query per case (bench: 4.4× → about 1× the raw SQL on PostgreSQL).
     */
    private long[] headFigures(MetricQuery q) {
        OrgPeriodCondition w = where(def("litigation.cases"), q);
        String org = w.sql().substring(0, w.sql().indexOf(" and c.complaint_received_on")).replace("c.org_id", "h.litigation_case_org_id");
        List<Object> params = new ArrayList<>(w.params());
        return jdbc.queryForObject("select count(*) filter (where x.has_head = 1) as num, count(*) as den from ("
                + " select h.litigation_case_org_id, h.litigation_case_id, max(case when h.appearance = 'HEAD' then 1 else 0 end) as has_head"
                + " from litigation_hearing h where " + org + " and h.held_on >= ? and h.held_on <= ?"
                + " and h.appearance in ('HEAD', 'HEAD_ABSENT') group by h.litigation_case_org_id, h.litigation_case_id) x",
                (rs, i) -> new long[] {rs.getLong("num"), rs.getLong("den")}, params.toArray());
    }

    /**
     * The head-appearance figures by one query over the hearings ({@link #headFigures}); the others by table and date
     * column, one query each (cases received; concluded, lost and loss rate; the two kinds of recommendation).
     */
    @Override
    public Map<String, MetricValue> values(List<String> names, MetricQuery q) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, null));
        List<GroupedCounts.Spec> specs = new ArrayList<>();
        long[] head = null;
        for (String name : names) {
            if (name.equals("litigation.head_appearance") || name.equals("litigation.head_appearance_rate")) {
                head = head == null ? headFigures(q) : head;
                out.put(name, name.endsWith("_rate") ? MetricValue.rate(name, head[0], head[1], q) : MetricValue.count(name, head[0], q));
            } else {
                specs.add(def(name).spec(List.of()));
            }
        }
        out.putAll(GroupedCounts.values(jdbc, orgUnits, q, specs));
        return out;
    }

    @Override
    public MetricValue value(String name, MetricQuery q) {
        if (name.equals("litigation.head_appearance")) {
            return MetricValue.count(name, headFigures(q)[0], q);
        }
        if (name.equals("litigation.head_appearance_rate")) {
            long[] f = headFigures(q);
            return MetricValue.rate(name, f[0], f[1], q);
        }
        CaseMetric d = def(name);
        OrgPeriodCondition w = where(d, q);
        if (d.numerator() == null) {
            Long n = jdbc.queryForObject("select count(*) from " + d.table() + " where " + w.sql(), Long.class, w.params().toArray());
            return MetricValue.count(name, n == null ? 0 : n, q);
        }
        List<Object> params = new ArrayList<>();
        if (d.numerator().contains("?")) {
            params.addAll(periodParams(q));
        }
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
        if (d.numerator() != null && d.numerator().contains("?")) {
            params.addAll(periodParams(q));
        }
        params.addAll(w.params());
        params.add(size);
        params.add((long) page * size);
        boolean recommendation = d.table().startsWith("litigation_recommendation");
        String select = recommendation
                ? "select c.id, c.case_id, c.doc_number as title, c.issuer as extra, c.received_on as rec_day, (select o.name from org_unit o where o.id = c.org_id) as org_name"
                : "select c.id, c.id as case_id, c.case_number as title, c.plaintiff as extra, c.complaint_received_on as rec_day, (select o.name from org_unit o where o.id = c.org_id) as org_name";
        String num = d.numerator() == null ? "0" : d.numerator();
        List<MetricRecord> items = jdbc.query(select + ", " + num + " as in_num from " + d.table() + " where " + w.sql()
                + " order by rec_day, title, c.id limit ? offset ?", (rs, i) -> {
                    String id = rs.getString("id");
                    String label = recommendation
                            ? rs.getString("org_name") + " 收到" + rs.getString("extra") + "建议 " + rs.getString("title") + "(" + rs.getString("rec_day") + ")"
                            : rs.getString("title") + " " + rs.getString("extra") + " 诉 " + rs.getString("org_name") + "(收到起诉状副本 " + rs.getString("rec_day") + ")";
                    String caseId = rs.getString("case_id");
                    String link = recommendation ? (caseId == null ? "/litigation/recommendations" : "/litigation/cases/" + caseId)
                            : "/litigation/cases/" + id;
                    return new MetricRecord(recommendation ? "litigation_recommendation" : "litigation_case", id, label, link,
                            d.numerator() == null ? null : rs.getInt("in_num") == 1);
                }, params.toArray());
        return new MetricRecordPage(items, page, size, total == null ? 0 : total);
    }
}
