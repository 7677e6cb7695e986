package cn.fazhi.plan.supervision;

import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A supervision notice (督办通知) to a task's lead unit: issued with a number and a reply deadline, replied to by the
 * target unit, closed (办结) by the legal-affairs office.
 */
public final class SupervisionNotice {

    private final long orgId;
    private final UUID id;
    private final String number;
    private final NoticeLevel level;
    private final UUID planId;
    private final UUID taskId;
    private final long targetOrgId;
    private final long issuerOrgId;
    private final String reason;
    private final LocalDate issuedOn;
    private final LocalDate replyDue;
    private final String replyDueBasis;
    private final boolean replyDueProvisional;
    private NoticeStatus status;
    private String replyText;
    private OffsetDateTime repliedAt;
    private Long repliedBy;
    private UUID documentAttachmentId;
    private OffsetDateTime closedAt;
    private Long closedBy;
    private String closeRemark;
    private final long createdBy;
    private final OffsetDateTime createdAt;
    private final int version;

    public SupervisionNotice(long orgId, UUID id, String number, NoticeLevel level, UUID planId, UUID taskId,
            long targetOrgId, long issuerOrgId, String reason, LocalDate issuedOn, LocalDate replyDue, String replyDueBasis,
            boolean replyDueProvisional, NoticeStatus status, String replyText, OffsetDateTime repliedAt, Long repliedBy,
            UUID documentAttachmentId, OffsetDateTime closedAt, Long closedBy, String closeRemark, long createdBy,
            OffsetDateTime createdAt, int version) {
        this.orgId = orgId;
        this.id = id;
        this.number = number;
        this.level = level;
        this.planId = planId;
        this.taskId = taskId;
        this.targetOrgId = targetOrgId;
        this.issuerOrgId = issuerOrgId;
        this.reason = reason;
        this.issuedOn = issuedOn;
        this.replyDue = replyDue;
        this.replyDueBasis = replyDueBasis;
        this.replyDueProvisional = replyDueProvisional;
        this.status = status;
        this.replyText = replyText;
        this.repliedAt = repliedAt;
        this.repliedBy = repliedBy;
        this.documentAttachmentId = documentAttachmentId;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.closeRemark = closeRemark;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
    }

    static String cleanReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw BusinessException.invalid("reason", "请填写督办事由");
        }
        if (r.length() > 2000) {
            throw BusinessException.invalid("reason", "督办事由不能超过2000字");
        }
        return r;
    }

    /** The target unit replies (书面回复). */
    void reply(long actorOrgId, boolean canReport, long userId, String text, OffsetDateTime now) {
        if (!canReport) {
            throw BusinessException.forbidden("没有回复督办通知的权限(需要“plan:report”)");
        }
        if (actorOrgId != targetOrgId) {
            throw BusinessException.forbidden("只有被督办单位才能回复该通知");
        }
        if (status != NoticeStatus.ISSUED) {
            throw new BusinessException("NOTICE_STATE", "通知当前状态为“" + status.label() + "”,不能再回复", 409);
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw BusinessException.invalid("text", "请填写回复内容(整改落实情况)");
        }
        if (t.length() > 4000) {
            throw BusinessException.invalid("text", "回复内容不能超过4000字");
        }
        this.replyText = t;
        this.repliedAt = now;
        this.repliedBy = userId;
        this.status = NoticeStatus.REPLIED;
    }

    /** The legal-affairs office closes (办结) a replied notice. */
    void close(boolean canSupervise, boolean coversIssuer, long userId, String remark, OffsetDateTime now) {
        if (!canSupervise) {
            throw BusinessException.forbidden("没有办结督办通知的权限(需要“plan:supervise”)");
        }
        if (!coversIssuer) {
            throw BusinessException.forbidden("只有发文单位才能办结该通知");
        }
        if (status != NoticeStatus.REPLIED) {
            String why = status == NoticeStatus.ISSUED ? ",须待被督办单位回复后办结" : "";
            throw new BusinessException("NOTICE_STATE", "通知当前状态为“" + status.label() + "”,不能办结" + why, 409);
        }
        String r = remark == null || remark.isBlank() ? null : remark.strip();
        if (r != null && r.length() > 1000) {
            throw BusinessException.invalid("remark", "办结意见不能超过1000字");
        }
        this.closeRemark = r;
        this.closedAt = now;
        this.closedBy = userId;
        this.status = NoticeStatus.CLOSED;
    }

    void attachDocument(UUID attachmentId) {
        this.documentAttachmentId = attachmentId;
    }

    /** Reply still missing after the due date, or given after it. */
    public boolean replyOverdue(LocalDate today) {
        if (repliedAt == null) {
            return status == NoticeStatus.ISSUED && today.isAfter(replyDue);
        }
        return repliedAt.atZoneSameInstant(cn.fazhi.platform.kernel.TimeConfig.CHINA).toLocalDate().isAfter(replyDue);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("level", level.name());
        m.put("taskId", taskId == null ? null : taskId.toString());
        m.put("targetOrgId", targetOrgId);
        m.put("status", status.name());
        m.put("replyDue", replyDue.toString());
        if (replyText != null) {
            m.put("replyText", replyText);
        }
        if (closeRemark != null) {
            m.put("closeRemark", closeRemark);
        }
        return m;
    }

    public long orgId() { return orgId; }
    public UUID id() { return id; }
    public String number() { return number; }
    public NoticeLevel level() { return level; }
    public UUID planId() { return planId; }
    public UUID taskId() { return taskId; }
    public long targetOrgId() { return targetOrgId; }
    public long issuerOrgId() { return issuerOrgId; }
    public String reason() { return reason; }
    public LocalDate issuedOn() { return issuedOn; }
    public LocalDate replyDue() { return replyDue; }
    public String replyDueBasis() { return replyDueBasis; }
    public boolean replyDueProvisional() { return replyDueProvisional; }
    public NoticeStatus status() { return status; }
    public String replyText() { return replyText; }
    public OffsetDateTime repliedAt() { return repliedAt; }
    public Long repliedBy() { return repliedBy; }
    public UUID documentAttachmentId() { return documentAttachmentId; }
    public OffsetDateTime closedAt() { return closedAt; }
    public Long closedBy() { return closedBy; }
    public String closeRemark() { return closeRemark; }
    public long createdBy() { return createdBy; }
    public OffsetDateTime createdAt() { return createdAt; }
    public int version() { return version; }
}
