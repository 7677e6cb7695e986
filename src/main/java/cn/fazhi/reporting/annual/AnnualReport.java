package cn.fazhi.reporting.annual;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.reporting.ReportingPermission;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One version of an organisation's annual report on 法治政府建设 for a year (issue 5 §3).
 * <pre>
 * DRAFT ─submit─▶ IN_REVIEW ─approve-review─▶ AWAITING_APPROVAL ─approve─▶ APPROVED ─publish─▶ PUBLISHED (frozen)
 *   ▲  (起草)        │ (审核, report:review)        │ (领导审定, report:approve)   │ (report:publish)
 *   └────── return with a comment ◀──────────────┴─────────────────────────────┘
 * </pre>
 * Submission is refused while a figure has no value (unless the office dropped its sentence). At publication the
 * rendered text, every figure and the records behind it are frozen with a SHA-256 hash; a published version never
 * changes again. A correction is a new version that references the previous one and says what changed.
 */
public final class AnnualReport {

    /** Who acts: user id and permission codes (the domain stays free of Spring). */
    public record Actor(long userId, Set<String> permissions) {
        boolean can(String permission) {
            return permissions.contains(permission);
        }
    }

    private final long orgId;
    private final UUID id;
    private final int year;
    private final int versionNo;
    private final UUID previousId;
    private final String correctionNote;
    private AnnualReportStatus status;
    private ReportContent content;
    private String frozen;
    private String frozenHash;
    private OffsetDateTime publishedAt;
    private Long publishedBy;
    private final long createdBy;
    private final OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    private final int version;

    public AnnualReport(long orgId, UUID id, int year, int versionNo, UUID previousId, String correctionNote,
            AnnualReportStatus status, ReportContent content, String frozen, String frozenHash,
            OffsetDateTime publishedAt, Long publishedBy, long createdBy, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, int version) {
        this.orgId = orgId;
        this.id = id;
        this.year = year;
        this.versionNo = versionNo;
        this.previousId = previousId;
        this.correctionNote = correctionNote;
        this.status = status;
        this.content = content;
        this.frozen = frozen;
        this.frozenHash = frozenHash;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A first version, drafted from the template. */
    public static AnnualReport draft(long orgId, int year, ReportContent content, Actor actor, OffsetDateTime now) {
        requirePermission(actor, ReportingPermission.COMPOSE, "起草年度报告");
        return new AnnualReport(orgId, UUID.randomUUID(), year, 1, null, null, AnnualReportStatus.DRAFT, content, null,
                null, null, null, actor.userId(), now, now, 0);
    }

    /** 更正: a new version of this published report, with the note saying what changed. */
    public AnnualReport correction(String note, Actor actor, OffsetDateTime now) {
        requirePermission(actor, ReportingPermission.COMPOSE, "发起更正");
        if (status != AnnualReportStatus.PUBLISHED) {
            throw state("发起更正", "只有已发布的报告可以更正");
        }
        String n = note == null ? "" : note.strip();
        if (n.isEmpty()) {
            throw BusinessException.invalid("note", "更正须说明更正了哪些内容");
        }
        if (n.length() > 2000) {
            throw BusinessException.invalid("note", "更正说明不能超过2000字");
        }
        ReportContent c = content.copy();
        return new AnnualReport(orgId, UUID.randomUUID(), year, versionNo + 1, id, n, AnnualReportStatus.DRAFT, c, null,
                null, null, null, actor.userId(), now, now, 0);
    }

    public void editNarrative(ReportTemplate template, String sectionKey, String text, Actor actor, OffsetDateTime now) {
        requirePermission(actor, ReportingPermission.COMPOSE, "编辑年度报告");
        requireDraft("编辑");
        if (template.section(sectionKey).isEmpty()) {
            throw BusinessException.notFound("报告章节");
        }
        content.setNarrative(sectionKey, text);
        updatedAt = now;
    }

    /**
     * 修改标题和发文机关署名: only while the report is a draft (once submitted, the reviewers and the leader approve
     * a fixed text). The 成文日期 is not edited: it is the day of 领导审定 (GB/T 9704-2012 §7.3.5.1).
     */
    public void editHeader(String title, String signature, Actor actor, OffsetDateTime now) {
        requirePermission(actor, ReportingPermission.COMPOSE, "修改报告标题和署名");
        requireDraft("修改标题和署名");
        content.setHeader(title, signature);
        updatedAt = now;
    }

    /** The office drops a figure sentence (the place does not report it) or restores it. */
    public void dropSentence(ReportTemplate template, String sentenceKey, boolean drop, Actor actor, OffsetDateTime now) {
        requirePermission(actor, ReportingPermission.COMPOSE, "编辑年度报告");
        requireDraft(drop ? "删去数据句" : "恢复数据句");
        if (template.sentence(sentenceKey).isEmpty()) {
            throw BusinessException.notFound("数据句");
        }
        content.setDropped(sentenceKey, drop);
        updatedAt = now;
    }

    /** 提交审核: refused while a figure has no value, listing the missing figures. */
    public void submit(List<Rendered.Figure> missing, Actor actor, OffsetDateTime now) {
        requirePermission(actor, ReportingPermission.COMPOSE, "提交审核");
        requireDraft("提交审核");
        if (!missing.isEmpty()) {
            String list = missing.stream().map(f -> f.label() + "(" + f.metric() + ")").distinct()
                    .collect(Collectors.joining("、"));
            throw new BusinessException("REPORT_FIGURES_MISSING", "以下数据尚无数值(未统计或未申报),不能提交审核:" + list
                    + "。请先申报并审核通过,或删去相应的数据句", 409);
        }
        move(AnnualReportStatus.IN_REVIEW, now);
    }

    /** 审核通过 → 领导审定. */
    public void approveReview(Actor actor, OffsetDateTime now) {
        requirePermission(actor, ReportingPermission.REVIEW, "审核年度报告");
        requireState(AnnualReportStatus.IN_REVIEW, "审核通过");
        move(AnnualReportStatus.AWAITING_APPROVAL, now);
    }

    /** 领导审定: sets the 成文日期. */
    public void approve(Actor actor, OffsetDateTime now) {
        requirePermission(actor, ReportingPermission.APPROVE, "审定年度报告");
        requireState(AnnualReportStatus.AWAITING_APPROVAL, "审定");
        content.setApprovedOn(now.toLocalDate());
        move(AnnualReportStatus.APPROVED, now);
    }

    /** 发布: freezes the rendered report (text, figures, records) with its hash. */
    public void publish(String frozenJson, String hash, Actor actor, OffsetDateTime now) {
        requirePermission(actor, ReportingPermission.PUBLISH, "发布年度报告");
        requireState(AnnualReportStatus.APPROVED, "发布");
        this.frozen = frozenJson;
        this.frozenHash = hash;
        this.publishedAt = now;
        this.publishedBy = actor.userId();
        move(AnnualReportStatus.PUBLISHED, now);
    }

    /** 退回修改: back to the draft with a comment, by whoever holds the current step. */
    public void returnToDraft(String comment, Actor actor, OffsetDateTime now) {
        String needed = switch (status) {
            case IN_REVIEW -> ReportingPermission.REVIEW;
            case AWAITING_APPROVAL -> ReportingPermission.APPROVE;
            case APPROVED -> ReportingPermission.PUBLISH;
            default -> throw state("退回", "只有审核中、待领导审定或待发布的报告可以退回");
        };
        if (!(actor.can(needed) || (status == AnnualReportStatus.APPROVED && actor.can(ReportingPermission.APPROVE)))) {
            throw BusinessException.forbidden("没有退回该报告的权限(需要“" + needed + "”)");
        }
        if (comment == null || comment.isBlank()) {
            throw BusinessException.invalid("comment", "退回须填写意见");
        }
        content.setApprovedOn(null);
        move(AnnualReportStatus.DRAFT, now);
    }

    private void move(AnnualReportStatus to, OffsetDateTime now) {
        this.status = to;
        this.updatedAt = now;
    }

    private void requireDraft(String verb) {
        requireState(AnnualReportStatus.DRAFT, verb);
    }

    private void requireState(AnnualReportStatus expected, String verb) {
        if (status != expected) {
            throw state(verb, "须为“" + expected.label() + "”");
        }
    }

    private BusinessException state(String verb, String why) {
        return new BusinessException("REPORT_STATE", "报告当前状态为“" + status.label() + "”,不能" + verb + "(" + why + ")", 409);
    }

    private static void requirePermission(Actor actor, String permission, String verb) {
        if (!actor.can(permission)) {
            throw BusinessException.forbidden("没有" + verb + "的权限(需要“" + permission + "”)");
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("versionNo", versionNo);
        m.put("status", status.name());
        if (previousId != null) {
            m.put("previousId", previousId.toString());
            m.put("correctionNote", correctionNote);
        }
        if (frozenHash != null) {
            m.put("frozenHash", frozenHash);
        }
        return m;
    }

    public LocalDate approvedOn() {
        return content.getApprovedOn();
    }

    public long orgId() { return orgId; }
    public UUID id() { return id; }
    public int year() { return year; }
    public int versionNo() { return versionNo; }
    public UUID previousId() { return previousId; }
    public String correctionNote() { return correctionNote; }
    public AnnualReportStatus status() { return status; }
    public ReportContent content() { return content; }
    public String frozen() { return frozen; }
    public String frozenHash() { return frozenHash; }
    public OffsetDateTime publishedAt() { return publishedAt; }
    public Long publishedBy() { return publishedBy; }
    public long createdBy() { return createdBy; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public int version() { return version; }
}
