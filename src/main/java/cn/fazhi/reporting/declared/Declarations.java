package cn.fazhi.reporting.declared;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Declarations in the database; reads by users are limited to their data scope (out of scope = not found). */
@Repository
public class Declarations {

    static final String COLUMNS = """
            d.org_id, d.id, d.metric, d.period_code, d.period_start, d.period_end, d.amount, d.numerator, d.denominator,
            d.note, d.evidence_org_id, d.evidence_id, d.status, d.declared_by, d.declared_at, d.submitted_at,
            d.reviewed_by, d.reviewed_at, d.return_reason, d.accepted_at, d.superseded_by, d.updated_at, d.version""";

    private final JdbcTemplate jdbc;

    Declarations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Declaration get(UUID id, FazhiPrincipal user) {
        DataScope.SqlCondition c = user.scope().filter("d.org_id", "d.declared_by");
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(c.params());
        List<Declaration> l = jdbc.query("select " + COLUMNS + " from declaration d where d.id = ? and " + c.sql(),
                Declarations::map, params.toArray());
        if (l.isEmpty()) {
            throw BusinessException.notFound("申报数据");
        }
        return l.get(0);
    }

    /** A line of the declaration list. */
    public record Row(UUID id, long orgId, String orgName, String metric, String periodCode, java.math.BigDecimal amount,
            java.math.BigDecimal numerator, java.math.BigDecimal denominator, String status, String statusLabel,
            String declaredByName, OffsetDateTime declaredAt, boolean superseded, String returnReason) {
    }

    /** Declarations in scope, with optional filters, newest first. */
    public List<Row> list(FazhiPrincipal user, String metric, String periodCode, DeclarationStatus status, Long orgId,
            int limit) {
        DataScope.SqlCondition c = user.scope().filter("d.org_id", "d.declared_by");
        StringBuilder sql = new StringBuilder("""
                select d.id, d.org_id, o.name, d.metric, d.period_code, d.amount, d.numerator, d.denominator, d.status,
                       u.display_name, d.declared_at, d.superseded_by, d.return_reason
                from declaration d join org_unit o on o.id = d.org_id left join app_user u on u.id = d.declared_by
                where """).append(c.sql());
        List<Object> params = new ArrayList<>(c.params());
        if (metric != null && !metric.isBlank()) {
            sql.append(" and d.metric = ?");
            params.add(metric.strip());
        }
        if (periodCode != null && !periodCode.isBlank()) {
            sql.append(" and d.period_code = ?");
            params.add(MetricPeriod.parse(periodCode).code());
        }
        if (status != null) {
            sql.append(" and d.status = ?");
            params.add(status.name());
        }
        if (orgId != null) {
            sql.append(" and d.org_id = ?");
            params.add(orgId);
        }
        sql.append(" order by d.declared_at desc, d.id limit ").append(Math.max(1, Math.min(limit, 1000)));
        return jdbc.query(sql.toString(), (rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                rs.getString(9), DeclarationStatus.valueOf(rs.getString(9)).label(), rs.getString(10),
                rs.getObject(11, OffsetDateTime.class), rs.getObject(12, UUID.class) != null, rs.getString(13)),
                params.toArray());
    }

    /** The accepted, current declarations of a metric for organisations under {@code orgPath} (or the org alone). */
    List<Declaration> accepted(String metric, long orgId, String orgPath, boolean withSubordinates, LocalDate from,
            LocalDate to) {
        String orgCond = withSubordinates ? "d.org_id in (select s.id from org_unit s where s.path like ?)" : "d.org_id = ?";
        Object orgParam = withSubordinates ? orgPath + "%" : orgId;
        return jdbc.query("select " + COLUMNS + " from declaration d where d.metric = ? and d.status = 'ACCEPTED'"
                + " and d.superseded_by is null and d.period_start >= ? and d.period_end <= ? and " + orgCond
                + " order by d.org_id, d.period_start, d.id", Declarations::map, metric, from, to, orgParam);
    }

    /** {@link #accepted} for several metrics at once (one query), in the same order within each metric. */
    List<Declaration> accepted(List<String> metrics, long orgId, String orgPath, boolean withSubordinates, LocalDate from,
            LocalDate to) {
        if (metrics.isEmpty()) {
            return List.of();
        }
        String orgCond = withSubordinates ? "d.org_id in (select s.id from org_unit s where s.path like ?)" : "d.org_id = ?";
        List<Object> params = new java.util.ArrayList<>(metrics);
        params.add(from);
        params.add(to);
        params.add(withSubordinates ? orgPath + "%" : orgId);
        return jdbc.query("select " + COLUMNS + " from declaration d where d.metric in ("
                + String.join(", ", java.util.Collections.nCopies(metrics.size(), "?")) + ") and d.status = 'ACCEPTED'"
                + " and d.superseded_by is null and d.period_start >= ? and d.period_end <= ? and " + orgCond
                + " order by d.metric, d.org_id, d.period_start, d.id", Declarations::map, params.toArray());
    }

    /** The accepted, current declaration of exactly this metric, organisation and period, if any. */
    List<Declaration> currentAccepted(String metric, long orgId, String periodCode) {
        return jdbc.query("select " + COLUMNS + " from declaration d where d.org_id = ? and d.metric = ? and d.period_code = ?"
                + " and d.status = 'ACCEPTED' and d.superseded_by is null", Declarations::map, orgId, metric, periodCode);
    }

    void insert(Declaration d) {
        jdbc.update("""
                insert into declaration (org_id, id, metric, period_code, period_start, period_end, amount, numerator,
                  denominator, note, evidence_org_id, evidence_id, status, declared_by, declared_at, submitted_at,
                  reviewed_by, reviewed_at, return_reason, accepted_at, superseded_by, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                d.orgId(), d.id(), d.metric(), d.period().code(), d.period().start(), d.period().end(), d.amount(),
                d.numerator(), d.denominator(), d.note(), d.evidenceOrgId(), d.evidenceId(), d.status().name(),
                d.declaredBy(), d.declaredAt(), d.submittedAt(), d.reviewedBy(), d.reviewedAt(), d.returnReason(),
                d.acceptedAt(), d.supersededBy(), d.updatedAt());
    }

    void update(Declaration d) {
        int n = jdbc.update("""
                update declaration set amount = ?, numerator = ?, denominator = ?, note = ?, evidence_org_id = ?,
                  evidence_id = ?, status = ?, submitted_at = ?, reviewed_by = ?, reviewed_at = ?, return_reason = ?,
                  accepted_at = ?, superseded_by = ?, updated_at = ?, version = version + 1
                where org_id = ? and id = ? and version = ?""",
                d.amount(), d.numerator(), d.denominator(), d.note(), d.evidenceOrgId(), d.evidenceId(),
                d.status().name(), d.submittedAt(), d.reviewedBy(), d.reviewedAt(), d.returnReason(), d.acceptedAt(),
                d.supersededBy(), d.updatedAt(), d.orgId(), d.id(), d.version());
        if (n != 1) {
            throw new BusinessException("CONCURRENT_CHANGE", "申报数据已被他人修改,请刷新后重试", 409);
        }
    }

    void insertReview(Declaration d, String decision, String reason, long reviewerId, OffsetDateTime at) {
        Integer seq = jdbc.queryForObject("select coalesce(max(seq), 0) + 1 from declaration_review where declaration_org_id = ? and declaration_id = ?",
                Integer.class, d.orgId(), d.id());
        jdbc.update("insert into declaration_review (declaration_org_id, declaration_id, seq, decision, reason, reviewer_id, reviewed_at) values (?, ?, ?, ?, ?, ?, ?)",
                d.orgId(), d.id(), seq, decision, reason, reviewerId, at);
    }

    /** A review decision as the history shows it. */
    public record ReviewRow(int seq, String decision, String decisionLabel, String reason, String reviewerName,
            OffsetDateTime reviewedAt) {
    }

    public List<ReviewRow> reviews(long orgId, UUID id) {
        return jdbc.query("""
                select v.seq, v.decision, v.reason, u.display_name, v.reviewed_at from declaration_review v
                left join app_user u on u.id = v.reviewer_id
                where v.declaration_org_id = ? and v.declaration_id = ? order by v.seq""",
                (rs, i) -> new ReviewRow(rs.getInt(1), rs.getString(2), DeclarationStatus.valueOf(rs.getString(2)).label(),
                        rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class)), orgId, id);
    }

    static Declaration map(ResultSet rs, int i) throws SQLException {
        long rb = rs.getLong("reviewed_by");
        Long reviewedBy = rs.wasNull() ? null : rb;
        long eo = rs.getLong("evidence_org_id");
        Long evidenceOrg = rs.wasNull() ? null : eo;
        MetricPeriod period = MetricPeriod.parse(rs.getString("period_code"));
        return new Declaration(rs.getLong("org_id"), rs.getObject("id", UUID.class), rs.getString("metric"), period,
                rs.getBigDecimal("amount"), rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"),
                rs.getString("note"), evidenceOrg, rs.getObject("evidence_id", UUID.class),
                DeclarationStatus.valueOf(rs.getString("status")), rs.getLong("declared_by"),
                rs.getObject("declared_at", OffsetDateTime.class), rs.getObject("submitted_at", OffsetDateTime.class),
                reviewedBy, rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("return_reason"),
                rs.getObject("accepted_at", OffsetDateTime.class), rs.getObject("superseded_by", UUID.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
