package cn.fazhi.reporting.annual;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Annual report versions and their comments; reads by users are limited to their data scope. */
@Repository
public class AnnualReports {

    static final String COLUMNS = """
            r.org_id, r.id, r.report_year, r.version_no, r.previous_id, r.correction_note, r.status, r.content, r.frozen,
            r.frozen_hash, r.published_at, r.published_by, r.created_by, r.created_at, r.updated_at, r.version""";

    private final JdbcTemplate jdbc;

    AnnualReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public AnnualReport get(UUID id, FazhiPrincipal user) {
        DataScope.SqlCondition c = user.scope().filter("r.org_id", null);
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(c.params());
        List<AnnualReport> l = jdbc.query("select " + COLUMNS + " from annual_report r where r.id = ? and " + c.sql(),
                AnnualReports::map, params.toArray());
        if (l.isEmpty()) {
            throw BusinessException.notFound("年度报告");
        }
        return l.get(0);
    }

    /** A published version, for the public (no scope). */
    public Optional<AnnualReport> published(UUID id) {
        return jdbc.query("select " + COLUMNS + " from annual_report r where r.id = ? and r.status = 'PUBLISHED'",
                AnnualReports::map, id).stream().findFirst();
    }

    /** Every version of the organisation's report for the year, oldest first. */
    public List<AnnualReport> versions(long orgId, int year) {
        return jdbc.query("select " + COLUMNS + " from annual_report r where r.org_id = ? and r.report_year = ? order by r.version_no",
                AnnualReports::map, orgId, year);
    }

    public Optional<AnnualReport> latest(long orgId, int year) {
        List<AnnualReport> v = versions(orgId, year);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    /** A line of the report list. */
    public record Row(UUID id, long orgId, String orgName, int year, int versionNo, String status, String statusLabel,
            OffsetDateTime updatedAt, OffsetDateTime publishedAt, String correctionNote) {
    }

    public List<Row> list(FazhiPrincipal user) {
        DataScope.SqlCondition c = user.scope().filter("r.org_id", null);
        return jdbc.query("""
                select r.id, r.org_id, o.name, r.report_year, r.version_no, r.status, r.updated_at, r.published_at,
                       r.correction_note
                from annual_report r join org_unit o on o.id = r.org_id where """ + c.sql()
                + " order by r.report_year desc, o.sort_order, r.org_id, r.version_no desc", AnnualReports::row,
                c.paramArray());
    }

    /** Published versions, newest year first (the public portal). */
    public List<Row> publishedRows() {
        return jdbc.query("""
                select r.id, r.org_id, o.name, r.report_year, r.version_no, r.status, r.updated_at, r.published_at,
                       r.correction_note
                from annual_report r join org_unit o on o.id = r.org_id where r.status = 'PUBLISHED'
                order by r.report_year desc, o.sort_order, r.org_id, r.version_no desc""", AnnualReports::row);
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        AnnualReportStatus s = AnnualReportStatus.valueOf(rs.getString(6));
        return new Row(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5), s.name(),
                s.label(), rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class), rs.getString(9));
    }

    void insert(AnnualReport r) {
        try {
            jdbc.update("""
                    insert into annual_report (org_id, id, report_year, version_no, previous_id, correction_note, status,
                      content, frozen, frozen_hash, published_at, published_by, created_by, created_at, updated_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                    r.orgId(), r.id(), r.year(), r.versionNo(), r.previousId(), r.correctionNote(), r.status().name(),
                    r.content().toJson(), r.frozen(), r.frozenHash(), r.publishedAt(), r.publishedBy(), r.createdBy(),
                    r.createdAt(), r.updatedAt());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new BusinessException("REPORT_EXISTS", "该单位该年度的报告(第" + r.versionNo() + "版)已存在", 409);
        }
    }

    /** Writes the changed report; a published version is never written again (frozen). */
    void update(AnnualReport r) {
        int n = jdbc.update("""
                update annual_report set status = ?, content = ?, frozen = ?, frozen_hash = ?, published_at = ?,
                  published_by = ?, updated_at = ?, version = version + 1
                where org_id = ? and id = ? and version = ? and status <> 'PUBLISHED'""",
                r.status().name(), r.content().toJson(), r.frozen(), r.frozenHash(), r.publishedAt(), r.publishedBy(),
                r.updatedAt(), r.orgId(), r.id(), r.version());
        if (n != 1) {
            throw new BusinessException("CONCURRENT_CHANGE", "报告已被他人修改,请刷新后重试", 409);
        }
    }

    /** A comment on the report at a step of its workflow. */
    public record Comment(int seq, String status, String statusLabel, String action, String body, String authorName,
            OffsetDateTime createdAt) {

        private static final java.util.Map<String, String> ACTIONS = java.util.Map.ofEntries(
                java.util.Map.entry("CREATE", "起草"), java.util.Map.entry("SUBMIT", "提交审核"),
                java.util.Map.entry("APPROVE_REVIEW", "审核通过"), java.util.Map.entry("APPROVE", "领导审定"),
                java.util.Map.entry("PUBLISH", "发布"), java.util.Map.entry("RETURN", "退回修改"),
                java.util.Map.entry("CORRECTION", "发起更正"), java.util.Map.entry("DROP_SENTENCE", "删去数据句"),
                java.util.Map.entry("RESTORE_SENTENCE", "恢复数据句"), java.util.Map.entry("EDIT_HEADER", "修改标题和署名"));

        /** The action in Chinese, for the page (the API keeps the code). */
        public String actionLabel() {
            return ACTIONS.getOrDefault(action, action);
        }
    }

    void addComment(AnnualReport r, AnnualReportStatus at, String action, String body, long authorId, OffsetDateTime when) {
        Integer seq = jdbc.queryForObject("select coalesce(max(seq), 0) + 1 from annual_report_comment where annual_report_org_id = ? and annual_report_id = ?",
                Integer.class, r.orgId(), r.id());
        jdbc.update("""
                insert into annual_report_comment (annual_report_org_id, annual_report_id, seq, status, action, body,
                  author_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                r.orgId(), r.id(), seq, at.name(), action, body, authorId, when);
    }

    public List<Comment> comments(long orgId, UUID id) {
        return jdbc.query("""
                select c.seq, c.status, c.action, c.body, u.display_name, c.created_at from annual_report_comment c
                left join app_user u on u.id = c.author_id
                where c.annual_report_org_id = ? and c.annual_report_id = ? order by c.seq""",
                (rs, i) -> new Comment(rs.getInt(1), rs.getString(2), AnnualReportStatus.valueOf(rs.getString(2)).label(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)), orgId, id);
    }

    static AnnualReport map(ResultSet rs, int i) throws SQLException {
        long pb = rs.getLong("published_by");
        Long publishedBy = rs.wasNull() ? null : pb;
        return new AnnualReport(rs.getLong("org_id"), rs.getObject("id", UUID.class), rs.getInt("report_year"),
                rs.getInt("version_no"), rs.getObject("previous_id", UUID.class), rs.getString("correction_note"),
                AnnualReportStatus.valueOf(rs.getString("status")), ReportContent.fromJson(rs.getString("content")),
                rs.getString("frozen"), rs.getString("frozen_hash"), rs.getObject("published_at", OffsetDateTime.class),
                publishedBy, rs.getLong("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
