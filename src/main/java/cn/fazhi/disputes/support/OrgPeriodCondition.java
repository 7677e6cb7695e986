package cn.fazhi.disputes.support;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * The condition every disputes metric shares: the record's organisation is the queried one (or, with subordinates,
 * any organisation of its subtree), and the metric's own period condition with the period's first and last day as
 * its two parameters. Used by the mediation, petition and litigation metrics so the value and its records agree.
 *
 * @param sql    the SQL condition
 * @param params its bind parameters, in order
 */
public record OrgPeriodCondition(String sql, List<Object> params) {

    public OrgPeriodCondition {
        params = List.copyOf(params);
    }

    /**
     * @param orgColumn       the record's organisation column, e.g. {@code c.org_id}
     * @param periodCondition the metric's condition with two {@code ?} for the period's first and last day
     */
    public static OrgPeriodCondition of(OrgUnits orgUnits, MetricQuery q, String orgColumn, String periodCondition) {
        List<Object> params = new ArrayList<>();
        String org;
        if (q.withSubordinates()) {
            OrgUnit u = orgUnits.find(q.orgId()).orElseThrow(() -> BusinessException.notFound("单位"));
            org = orgColumn + " in (select s.id from org_unit s where s.path like ?)";
            params.add(u.path() + "%");
        } else {
            org = orgColumn + " = ?";
            params.add(q.orgId());
        }
        params.add(Date.valueOf(q.period().start()));
        params.add(Date.valueOf(q.period().end()));
        return new OrgPeriodCondition(org + " and " + periodCondition, params);
    }
}
