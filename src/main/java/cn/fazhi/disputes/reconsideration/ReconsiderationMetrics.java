package cn.fazhi.disputes.reconsideration;

import cn.fazhi.disputes.support.GroupedCounts;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricKind;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricRecord;
import cn.fazhi.platform.metrics.MetricRecordPage;
import cn.fazhi.platform.metrics.MetricSource;
import cn.fazhi.platform.metrics.MetricUnit;
import cn.fazhi.platform.metrics.MetricValue;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * reconsideration.* metrics. The organisation is the reconsideration organ (复议机关, the case's org_id); with
 * subordinates, every organ in its subtree. Receipt figures (received, accepted, not_accepted) count by the receipt
 * date; conclusion figures (concluded and each decision type, terminated, mediated) by the conclusion date; pending
 * is the stock at the period's end. A value and its records use the same condition ({@link #CONDITIONS}).
 */
@Component
public class ReconsiderationMetrics implements MetricSource {

    static final String SOURCE = "行政复议法(2023) 第三十条、第四十一条、第五章;法治政府建设年度报告(seed 000、004)";
    static final String CORRECTION_TYPES = "('CHANGED','REVOKED','CONFIRMED_ILLEGAL','ORDERED_TO_PERFORM','CONFIRMED_INVALID')";

    /** A metric's condition: the date column the period applies to and the extra SQL condition. */
    record Condition(String dateColumn, String where) {
    }

    static final String CONCLUDED = "c.accepted_on is not null and c.concluded_on is not null";

    static final Map<String, Condition> CONDITIONS = new LinkedHashMap<>();
    static final List<MetricDefinition> DEFINITIONS = new ArrayList<>();

    static {
        count("reconsideration.received", "收到行政复议申请数", "received_on", "1=1",
                "复议机关为所选机关(含下级时为其下级全部机关)、收到申请日期在统计期间内的行政复议申请(含当面、邮寄、网上申请;含其后补正、不予受理的)。");
        count("reconsideration.accepted", "受理行政复议案件数", "received_on", "c.accepted_on is not null",
                "收到日期在统计期间内、已决定受理或依第三十条视为受理的案件。");
        count("reconsideration.not_accepted", "不予受理数", "received_on", "c.state = 'NOT_ACCEPTED'",
                "收到日期在统计期间内、作出不予受理决定的申请(第三十条)。");
        count("reconsideration.concluded", "审结行政复议案件数", "concluded_on", CONCLUDED,
                "已受理、且在统计期间内审结的案件:作出行政复议决定(含驳回申请)、调解结案或终止审理;按审结日期(决定、调解书或终止决定日期)计。");
        decision("reconsideration.upheld", "维持数", "UPHELD", "第六十八条");
        decision("reconsideration.changed", "变更数", "CHANGED", "第六十三条");
        decision("reconsideration.revoked", "撤销数", "REVOKED", "第六十四条");
        decision("reconsideration.confirmed_illegal", "确认违法数", "CONFIRMED_ILLEGAL", "第六十五条");
        decision("reconsideration.ordered_to_perform", "责令履行数", "ORDERED_TO_PERFORM", "第六十六条");
        decision("reconsideration.confirmed_invalid", "确认无效数", "CONFIRMED_INVALID", "第六十七条");
        decision("reconsideration.claim_rejected", "驳回行政复议请求数", "CLAIM_REJECTED", "第六十九条");
        count("reconsideration.terminated", "终止审理数", "concluded_on", CONCLUDED + " and c.termination_ground is not null",
                "审结口径内,以终止结案的案件(第四十一条各项,含撤回申请、经调解或和解后撤回)。");
        count("reconsideration.terminated_after_mediation", "经调解(和解)撤回申请而终止数", "concluded_on",
                CONCLUDED + " and c.after_mediation = true",
                "终止数中,经调解或和解后申请人撤回申请、准予撤回而终止审理的案件(第四十一条第(一)项、第七十三条、第七十四条)。");
        count("reconsideration.mediated", "调解结案数", "concluded_on",
                CONCLUDED + " and c.decision_type is null and c.termination_ground is null",
                "审结口径内,制作行政复议调解书结案的案件(第七十三条);经调解后撤回的计入终止数,不计入本数。");
        CONDITIONS.put("reconsideration.pending", new Condition(null,
                "c.accepted_on is not null and c.accepted_on <= ? and (c.concluded_on is null or c.concluded_on > ?)"));
        DEFINITIONS.add(new MetricDefinition("reconsideration.pending", "未审结(在审)案件数", MetricUnit.CASES,
                MetricKind.COUNT, "受理日期不晚于统计期末、且至统计期末尚未审结的案件(期末存量)。", 1, SOURCE));
        CONDITIONS.put("reconsideration.direct_correction_rate", new Condition("concluded_on", CONCLUDED));
        DEFINITIONS.add(new MetricDefinition("reconsideration.direct_correction_rate", "直接纠错率", MetricUnit.PERCENT,
                MetricKind.RATE, "(变更+撤销+确认违法+责令履行+确认无效)÷ 审结案件数 × 100%,两位小数;分子分母同一机关、同一期间(按审结日期);"
                        + "分母为 0 时无值。此为年度报告和考核中通行的实务口径,非法律规定的定义。", 1,
                "行政复议法(2023) 第六十三条至第六十七条;实务口径(domain-rules §1.9,未经全国统一定义确认)"));
    }

    private static void count(String name, String label, String dateColumn, String where, String text) {
        CONDITIONS.put(name, new Condition(dateColumn, where));
        DEFINITIONS.add(new MetricDefinition(name, label, MetricUnit.CASES, MetricKind.COUNT, text, 1, SOURCE));
    }

    private static void decision(String name, String label, String type, String article) {
        count(name, label, "concluded_on", CONCLUDED + " and c.decision_type = '" + type + "'",
                "审结口径内,作出“" + label.replace("数", "") + "”行政复议决定(第" + article.substring(1) + ")的案件,按决定日期计。");
    }

    private final JdbcTemplate jdbc;
    private final OrgUnits orgUnits;

    public ReconsiderationMetrics(JdbcTemplate jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    @Override
    public List<MetricDefinition> definitions() {
        return List.copyOf(DEFINITIONS);
    }

    /** The FROM … WHERE of a metric and its parameters. */
    record Sql(String from, List<Object> params) {
    }

    Sql base(String name, MetricQuery q) {
        Condition cond = CONDITIONS.get(name);
        if (cond == null) {
            throw new BusinessException("METRIC_NOT_FOUND", "统计指标“" + name + "”不存在", 404);
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(" from recon_case c where ");
        if (q.withSubordinates()) {
            OrgUnit unit = orgUnits.find(q.orgId()).orElseThrow(() -> BusinessException.notFound("单位"));
            sql.append("c.org_id in (select s.id from org_unit s where s.path like ?)");
            params.add(unit.path() + "%");
        } else {
            sql.append("c.org_id = ?");
            params.add(q.orgId());
        }
        Date start = Date.valueOf(q.period().start());
        Date end = Date.valueOf(q.period().end());
        if (cond.dateColumn() != null) {
            sql.append(" and c.").append(cond.dateColumn()).append(" >= ? and c.").append(cond.dateColumn()).append(" <= ?");
            params.add(start);
            params.add(end);
            sql.append(" and ").append(cond.where());
        } else {
            sql.append(" and ").append(cond.where());
            params.add(end);
            params.add(end);
        }
        return new Sql(sql.toString(), params);
    }

    @Override
    public MetricValue value(String name, MetricQuery q) {
        Sql s = base(name, q);
        if (name.equals("reconsideration.direct_correction_rate")) {
            long[] r = jdbc.queryForObject("select count(*) filter (where c.decision_type in " + CORRECTION_TYPES
                    + ") as num, count(*) as den" + s.from(), (rs, i) -> new long[] {rs.getLong("num"), rs.getLong("den")},
                    s.params().toArray());
            return MetricValue.rate(name, r[0], r[1], q);
        }
        Long n = jdbc.queryForObject("select count(*)" + s.from(), Long.class, s.params().toArray());
        return MetricValue.count(name, n == null ? 0 : n, q);
    }

    /**
     * The metrics counted by the same date column (receipt; conclusion) in one query each, each by its own condition
     * from {@link #CONDITIONS}; the period-end stock (pending) by its own query.
     */
    @Override
    public Map<String, MetricValue> values(List<String> names, MetricQuery q) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        List<GroupedCounts.Spec> specs = new ArrayList<>();
        for (String name : names) {
            Condition cond = CONDITIONS.get(name);
            if (cond == null || cond.dateColumn() == null) {
                out.put(name, value(name, q));
                continue;
            }
            out.put(name, null);
            String column = "c." + cond.dateColumn();
            specs.add(new GroupedCounts.Spec(name, "recon_case c", "c.org_id", column + " >= ? and " + column + " <= ?",
                    cond.where(), name.equals("reconsideration.direct_correction_rate")
                            ? "c.decision_type in " + CORRECTION_TYPES : null, List.of()));
        }
        out.putAll(GroupedCounts.values(jdbc, orgUnits, q, specs));
        return out;
    }

    @Override
    public MetricRecordPage records(String name, MetricQuery q, int page, int size) {
        Sql s = base(name, q);
        boolean rate = name.equals("reconsideration.direct_correction_rate");
        Long total = jdbc.queryForObject("select count(*)" + s.from(), Long.class, s.params().toArray());
        List<Object> params = new ArrayList<>(s.params());
        params.add(size);
        params.add((long) page * size);
        List<MetricRecord> items = jdbc.query("select c.id, c.case_no, c.applicant, c.state, c.decision_type,"
                + " c.received_on, c.concluded_on, c.termination_ground,"
                + " (select o.name from org_unit o where o.id = c.respondent_org_id) as respondent_name"
                + s.from() + " order by c.received_on, c.case_no limit ? offset ?", (rs, i) -> {
                    String dt = rs.getString("decision_type");
                    String tg = rs.getString("termination_ground");
                    String outcome = dt != null ? DecisionType.valueOf(dt).label()
                            : tg != null ? "终止(" + TerminationGround.valueOf(tg).label() + ")"
                            : CaseState.valueOf(rs.getString("state")).label();
                    String label = rs.getString("case_no") + " " + rs.getString("applicant") + " 不服 "
                            + rs.getString("respondent_name") + " — 收到 " + rs.getObject("received_on", java.time.LocalDate.class)
                            + ";" + outcome
                            + (rs.getObject("concluded_on") != null ? "(" + rs.getObject("concluded_on", java.time.LocalDate.class) + ")" : "");
                    return new MetricRecord("recon_case", rs.getString("id"), label,
                            "/reconsideration/cases/" + rs.getString("id"),
                            rate ? dt != null && DecisionType.valueOf(dt).isCorrection() : null);
                }, params.toArray());
        return new MetricRecordPage(items, page, size, total == null ? 0 : total);
    }
}
