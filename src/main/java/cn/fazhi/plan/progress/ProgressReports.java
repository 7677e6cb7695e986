package cn.fazhi.plan.progress;

import cn.fazhi.plan.TaskStatus;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Progress reports and their children (reviews, contributions, evidence) in the database. A report is visible to a
 * user whose scope covers the reporting unit, a unit on the task, or the plan's organisation; otherwise it is "not
 * found" — a unit cannot read another unit's report by id.
 */
@Repository
public class ProgressReports {

    static final String COLUMNS = """
            r.org_id, r.id, r.task_id, r.period_code, r.period_end, r.due_on, r.due_provisional, r.reporting_org_id,
            r.status, r.task_status, r.completion, r.narrative, r.figures, r.submitted_at, r.submitted_by, r.reviewed_at,
            r.reviewed_by, r.return_reason, r.created_at, r.updated_at, r.version""";

    private final JdbcTemplate jdbc;

    ProgressReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Condition on alias r (progress_report) and t (plan_task). */
    static DataScope.SqlCondition scope(FazhiPrincipal user) {
        DataScope s = user.scope();
        DataScope.SqlCondition own = s.filter("r.reporting_org_id", null);
        DataScope.SqlCondition task = PlanTaskLookup.taskScope(s, "t");
        List<Object> params = new ArrayList<>(own.params());
        params.addAll(task.params());
        return new DataScope.SqlCondition("(" + own.sql() + " or " + task.sql() + ")", params);
    }

    public ProgressReport get(UUID id, FazhiPrincipal user) {
        DataScope.SqlCondition c = scope(user);
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(c.params());
        List<ProgressReport> l = jdbc.query("select " + COLUMNS + " from progress_report r join plan_task t on t.org_id = r.org_id and t.id = r.task_id where r.id = ? and "
                + c.sql(), ProgressReports::map, params.toArray());
        if (l.isEmpty()) {
            throw BusinessException.notFound("进展报告");
        }
        return l.get(0);
    }

    public Optional<ProgressReport> forPeriod(long orgId, UUID taskId, String periodCode) {
        List<ProgressReport> l = jdbc.query("select " + COLUMNS + " from progress_report r where r.org_id = ? and r.task_id = ? and r.period_code = ?",
                ProgressReports::map, orgId, taskId, periodCode);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    public List<ProgressReport> forTask(long orgId, UUID taskId) {
        return jdbc.query("select " + COLUMNS + " from progress_report r where r.org_id = ? and r.task_id = ? order by r.period_end desc",
                ProgressReports::map, orgId, taskId);
    }

    /** All reports of the tasks of active plans (the scan's input). */
    public List<ProgressReport> ofActivePlans() {
        return jdbc.query("select " + COLUMNS + """
                 from progress_report r join plan_task t on t.org_id = r.org_id and t.id = r.task_id
                join plan p on p.org_id = t.org_id and p.id = t.plan_id where p.status in ('ISSUED', 'IN_FORCE')""",
                ProgressReports::map);
    }

    /** One line of a report list (a unit's reports, the review queue). */
    public record ReportRow(UUID id, UUID taskId, int taskNumber, String taskText, String planTitle, String periodCode,
            LocalDate dueOn, String status, String statusLabel, String taskStatusLabel, boolean completion,
            String reportingOrgName, OffsetDateTime submittedAt, String returnReason) {
    }

    /** Reports in the user's scope, optionally of one status and one reporting unit, newest period first. */
    public List<ReportRow> list(FazhiPrincipal user, ReportStatus status, Long reportingOrgId, boolean reviewQueue, int limit) {
        DataScope.SqlCondition c = scope(user);
        StringBuilder sql = new StringBuilder("""
                select r.id, r.task_id, t.number, t.text, p.title, r.period_code, r.due_on, r.status, r.task_status,
                       r.completion, o.name, r.submitted_at, r.return_reason, p.supervisor_org_id
                from progress_report r join plan_task t on t.org_id = r.org_id and t.id = r.task_id
                join plan p on p.org_id = t.org_id and p.id = t.plan_id
                join org_unit o on o.id = r.reporting_org_id where """).append(c.sql());
        List<Object> params = new ArrayList<>(c.params());
        if (status != null) {
            sql.append(" and r.status = ?");
            params.add(status.name());
        }
        if (reportingOrgId != null) {
            sql.append(" and r.reporting_org_id = ?");
            params.add(reportingOrgId);
        }
        if (reviewQueue) {
            // reviewers see the reports of plans whose supervising office lies within their scope
            DataScope.SqlCondition sup = user.scope().filter("p.supervisor_org_id", null);
            sql.append(" and ").append(sup.sql());
            params.addAll(sup.params());
        }
        sql.append(" order by r.due_on, t.number limit ").append(Math.max(1, Math.min(limit, 1000)));
        return jdbc.query(sql.toString(), (rs, i) -> new ReportRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                rs.getString(8), ReportStatus.valueOf(rs.getString(8)).label(), TaskStatus.valueOf(rs.getString(9)).label(),
                rs.getBoolean(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class), rs.getString(13)), params.toArray());
    }

    void insert(ProgressReport r) {
        try {
            insertRow(r);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new BusinessException("CONCURRENT_CHANGE", "该报告期的进展报告已由他人同时创建,请刷新后重试", 409);
        }
    }

    private void insertRow(ProgressReport r) {
        jdbc.update("""
                insert into progress_report (org_id, id, task_id, period_code, period_end, due_on, due_provisional,
                  reporting_org_id, status, task_status, completion, narrative, figures, submitted_at, submitted_by,
                  reviewed_at, reviewed_by, return_reason, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                r.orgId(), r.id(), r.taskId(), r.periodCode(), r.periodEnd(), r.dueOn(), r.dueProvisional(),
                r.reportingOrgId(), r.status().name(), r.content().taskStatus().name(), r.content().completion(),
                r.content().narrative(), Figure.toJson(r.content().figures()), r.submittedAt(), r.submittedBy(),
                r.reviewedAt(), r.reviewedBy(), r.returnReason(), r.createdAt(), r.updatedAt());
    }

    /** Writes the changed report; a concurrent change in between is refused (optimistic lock on version). */
    void update(ProgressReport r) {
        int n = jdbc.update("""
                update progress_report set status = ?, task_status = ?, completion = ?, narrative = ?, figures = ?,
                  submitted_at = ?, submitted_by = ?, reviewed_at = ?, reviewed_by = ?, return_reason = ?, updated_at = ?,
                  version = version + 1
                where org_id = ? and id = ? and version = ?""",
                r.status().name(), r.content().taskStatus().name(), r.content().completion(), r.content().narrative(),
                Figure.toJson(r.content().figures()), r.submittedAt(), r.submittedBy(), r.reviewedAt(), r.reviewedBy(),
                r.returnReason(), r.updatedAt(), r.orgId(), r.id(), r.version());
        if (n != 1) {
            throw new BusinessException("CONCURRENT_CHANGE", "报告已被他人修改,请刷新后重试", 409);
        }
    }

    void insertReview(ProgressReport r, String decision, String reason, long reviewerId, OffsetDateTime at) {
        Integer seq = jdbc.queryForObject("select coalesce(max(seq), 0) + 1 from progress_review where progress_report_org_id = ? and progress_report_id = ?",
                Integer.class, r.orgId(), r.id());
        jdbc.update("insert into progress_review (progress_report_org_id, progress_report_id, seq, decision, reason, reviewer_id, reviewed_at) values (?, ?, ?, ?, ?, ?, ?)",
                r.orgId(), r.id(), seq, decision, reason, reviewerId, at);
    }

    /** A review decision as the history shows it. */
    public record ReviewRow(int seq, String decision, String decisionLabel, String reason, String reviewerName,
            OffsetDateTime reviewedAt) {
    }

    public List<ReviewRow> reviews(long orgId, UUID reportId) {
        return jdbc.query("""
                select v.seq, v.decision, v.reason, u.display_name, v.reviewed_at from progress_review v
                left join app_user u on u.id = v.reviewer_id
                where v.progress_report_org_id = ? and v.progress_report_id = ? order by v.seq""",
                (rs, i) -> new ReviewRow(rs.getInt(1), rs.getString(2), ReportStatus.valueOf(rs.getString(2)).label(),
                        rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class)), orgId, reportId);
    }

    /** A responsible unit's contribution. */
    public record ContributionRow(long unitOrgId, String unitName, String text, String submittedByName,
            OffsetDateTime submittedAt) {
    }

    public List<ContributionRow> contributions(long orgId, UUID reportId) {
        return jdbc.query("""
                select c.unit_org_id, o.name, c.text, u.display_name, c.submitted_at from progress_contribution c
                join org_unit o on o.id = c.unit_org_id left join app_user u on u.id = c.submitted_by
                where c.progress_report_org_id = ? and c.progress_report_id = ? order by c.submitted_at""",
                (rs, i) -> new ContributionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)), orgId, reportId);
    }

    /** Inserts or replaces the unit's contribution; returns the previous text (null when new). */
    String putContribution(long orgId, UUID reportId, long unitOrgId, String text, long userId, OffsetDateTime at) {
        List<String> prev = jdbc.queryForList("select text from progress_contribution where progress_report_org_id = ? and progress_report_id = ? and unit_org_id = ?",
                String.class, orgId, reportId, unitOrgId);
        if (prev.isEmpty()) {
            jdbc.update("insert into progress_contribution (progress_report_org_id, progress_report_id, unit_org_id, text, submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?)",
                    orgId, reportId, unitOrgId, text, userId, at);
            return null;
        }
        jdbc.update("update progress_contribution set text = ?, submitted_by = ?, submitted_at = ? where progress_report_org_id = ? and progress_report_id = ? and unit_org_id = ?",
                text, userId, at, orgId, reportId, unitOrgId);
        return prev.get(0);
    }

    void addEvidence(long orgId, UUID reportId, long attachmentOrgId, UUID attachmentId) {
        jdbc.update("insert into progress_evidence (progress_report_org_id, progress_report_id, attachment_org_id, attachment_id) values (?, ?, ?, ?)",
                orgId, reportId, attachmentOrgId, attachmentId);
    }

    /** Evidence attachment ids of a report (names come from platform.files, within the reader's scope). */
    public List<UUID> evidenceIds(long orgId, UUID reportId) {
        return jdbc.queryForList("select attachment_id from progress_evidence where progress_report_org_id = ? and progress_report_id = ?",
                UUID.class, orgId, reportId);
    }

    static ProgressReport map(ResultSet rs, int i) throws SQLException {
        ReportContent content = new ReportContent(TaskStatus.valueOf(rs.getString("task_status")),
                rs.getBoolean("completion"), rs.getString("narrative"), Figure.fromJson(rs.getString("figures")));
        long submittedBy = rs.getLong("submitted_by");
        Long sb = rs.wasNull() ? null : submittedBy;
        long reviewedBy = rs.getLong("reviewed_by");
        Long rb = rs.wasNull() ? null : reviewedBy;
        return new ProgressReport(rs.getLong("org_id"), rs.getObject("id", UUID.class), rs.getObject("task_id", UUID.class),
                rs.getString("period_code"), rs.getObject("period_end", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getBoolean("due_provisional"), rs.getLong("reporting_org_id"), ReportStatus.valueOf(rs.getString("status")),
                content, rs.getObject("submitted_at", OffsetDateTime.class), sb, rs.getObject("reviewed_at", OffsetDateTime.class),
                rb, rs.getString("return_reason"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
