package cn.fazhi.plan.supervision;

import cn.fazhi.platform.kernel.BusinessException;
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

/**
 * supervision_notice rows. A notice is visible to a user whose scope covers the target unit, the issuing office or
 * the plan's organisation; otherwise it is "not found".
 */
@Repository
public class SupervisionNotices {

    static final String COLUMNS = """
            n.org_id, n.id, n.number, n.level, n.plan_id, n.task_id, n.target_org_id, n.issuer_org_id, n.reason,
            n.issued_on, n.reply_due, n.reply_due_basis, n.reply_due_provisional, n.status, n.reply_text, n.replied_at,
            n.replied_by, n.document_attachment_id, n.closed_at, n.closed_by, n.close_remark, n.created_by, n.created_at,
            n.version""";

    private final JdbcTemplate jdbc;

    SupervisionNotices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static DataScope.SqlCondition scope(FazhiPrincipal user) {
        DataScope s = user.scope();
        DataScope.SqlCondition a = s.filter("n.target_org_id", null);
        DataScope.SqlCondition b = s.filter("n.issuer_org_id", null);
        DataScope.SqlCondition c = s.filter("n.org_id", null);
        List<Object> params = new ArrayList<>(a.params());
        params.addAll(b.params());
        params.addAll(c.params());
        return new DataScope.SqlCondition("(" + a.sql() + " or " + b.sql() + " or " + c.sql() + ")", params);
    }

    public SupervisionNotice get(UUID id, FazhiPrincipal user) {
        DataScope.SqlCondition c = scope(user);
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(c.params());
        List<SupervisionNotice> l = jdbc.query("select " + COLUMNS + " from supervision_notice n where n.id = ? and " + c.sql(),
                SupervisionNotices::map, params.toArray());
        if (l.isEmpty()) {
            throw BusinessException.notFound("督办通知");
        }
        return l.get(0);
    }

    public List<SupervisionNotice> forTask(long orgId, UUID taskId) {
        return jdbc.query("select " + COLUMNS + " from supervision_notice n where n.org_id = ? and n.task_id = ? order by n.created_at",
                SupervisionNotices::map, orgId, taskId);
    }

    /** Open notices addressed to a unit (its 待办). */
    public List<SupervisionNotice> openForUnit(long unitOrgId) {
        return jdbc.query("select " + COLUMNS + " from supervision_notice n where n.target_org_id = ? and n.status = 'ISSUED' order by n.reply_due",
                SupervisionNotices::map, unitOrgId);
    }

    List<NoticeLevel> levelsOnTask(long orgId, UUID taskId) {
        return jdbc.queryForList("select level from supervision_notice where org_id = ? and task_id = ?", String.class, orgId, taskId)
                .stream().map(NoticeLevel::valueOf).toList();
    }

    List<String> numbersLike(long orgId, String prefix) {
        return jdbc.queryForList("select number from supervision_notice where org_id = ? and number like ?", String.class,
                orgId, prefix + "%");
    }

    /** Notices in scope, filtered; newest first. */
    public List<SupervisionNotice> search(FazhiPrincipal user, NoticeLevel level, NoticeStatus status, Long targetOrgId,
            int limit) {
        DataScope.SqlCondition c = scope(user);
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from supervision_notice n where " + c.sql());
        List<Object> params = new ArrayList<>(c.params());
        if (level != null) {
            sql.append(" and n.level = ?");
            params.add(level.name());
        }
        if (status != null) {
            sql.append(" and n.status = ?");
            params.add(status.name());
        }
        if (targetOrgId != null) {
            sql.append(" and n.target_org_id = ?");
            params.add(targetOrgId);
        }
        sql.append(" order by n.issued_on desc, n.created_at desc limit ").append(Math.max(1, Math.min(limit, 5000)));
        return jdbc.query(sql.toString(), SupervisionNotices::map, params.toArray());
    }

    void insert(SupervisionNotice n) {
        jdbc.update("""
                insert into supervision_notice (org_id, id, number, level, plan_id, task_id, report_id, target_org_id,
                  issuer_org_id, reason, issued_on, reply_due, reply_due_basis, reply_due_provisional, status, created_by,
                  created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                n.orgId(), n.id(), n.number(), n.level().name(), n.planId(), n.taskId(), n.targetOrgId(), n.issuerOrgId(),
                n.reason(), n.issuedOn(), n.replyDue(), n.replyDueBasis(), n.replyDueProvisional(), n.status().name(),
                n.createdBy(), n.createdAt(), n.createdAt());
    }

    void update(SupervisionNotice n, OffsetDateTime now) {
        int c = jdbc.update("""
                update supervision_notice set status = ?, reply_text = ?, replied_at = ?, replied_by = ?,
                  document_attachment_id = ?, closed_at = ?, closed_by = ?, close_remark = ?, updated_at = ?, version = version + 1
                where org_id = ? and id = ? and version = ?""",
                n.status().name(), n.replyText(), n.repliedAt(), n.repliedBy(), n.documentAttachmentId(), n.closedAt(),
                n.closedBy(), n.closeRemark(), now, n.orgId(), n.id(), n.version());
        if (c != 1) {
            throw new BusinessException("CONCURRENT_CHANGE", "通知已被他人修改,请刷新后重试", 409);
        }
    }

    void addReplyFile(SupervisionNotice n, long attachmentOrgId, UUID attachmentId) {
        jdbc.update("insert into supervision_notice_reply_file (supervision_notice_org_id, supervision_notice_id, attachment_org_id, attachment_id) values (?, ?, ?, ?)",
                n.orgId(), n.id(), attachmentOrgId, attachmentId);
    }

    public List<UUID> replyFileIds(SupervisionNotice n) {
        return jdbc.queryForList("select attachment_id from supervision_notice_reply_file where supervision_notice_org_id = ? and supervision_notice_id = ?",
                UUID.class, n.orgId(), n.id());
    }

    static SupervisionNotice map(ResultSet rs, int i) throws SQLException {
        long rb = rs.getLong("replied_by");
        Long repliedBy = rs.wasNull() ? null : rb;
        long cb = rs.getLong("closed_by");
        Long closedBy = rs.wasNull() ? null : cb;
        return new SupervisionNotice(rs.getLong("org_id"), rs.getObject("id", UUID.class), rs.getString("number"),
                NoticeLevel.valueOf(rs.getString("level")), rs.getObject("plan_id", UUID.class),
                rs.getObject("task_id", UUID.class), rs.getLong("target_org_id"), rs.getLong("issuer_org_id"),
                rs.getString("reason"), rs.getObject("issued_on", LocalDate.class), rs.getObject("reply_due", LocalDate.class),
                rs.getString("reply_due_basis"), rs.getBoolean("reply_due_provisional"),
                NoticeStatus.valueOf(rs.getString("status")), rs.getString("reply_text"),
                rs.getObject("replied_at", OffsetDateTime.class), repliedBy, rs.getObject("document_attachment_id", UUID.class),
                rs.getObject("closed_at", OffsetDateTime.class), closedBy, rs.getString("close_remark"),
                rs.getLong("created_by"), rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
