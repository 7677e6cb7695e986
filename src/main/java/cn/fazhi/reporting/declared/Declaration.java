package cn.fazhi.reporting.declared;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.metrics.MetricPeriod;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's declared value (申报数据) of a declared metric for one period, with its evidence (issue 5 §2).
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──accept──▶ ACCEPTED (counts; supersedes an older accepted one)
 *   ▲                   │
 *   └──edit── RETURNED ◀┘ return (reason required) ── submit again ──▶ SUBMITTED …
 * </pre>
 * A count or amount has {@code amount}; a rate is declared as numerator and denominator (its value is computed).
 */
public final class Declaration {

    private final long orgId;
    private final UUID id;
    private final String metric;
    private final MetricPeriod period;
    private BigDecimal amount;
    private BigDecimal numerator;
    private BigDecimal denominator;
    private String note;
    private Long evidenceOrgId;
    private UUID evidenceId;
    private DeclarationStatus status;
    private final long declaredBy;
    private final OffsetDateTime declaredAt;
    private OffsetDateTime submittedAt;
    private Long reviewedBy;
    private OffsetDateTime reviewedAt;
    private String returnReason;
    private OffsetDateTime acceptedAt;
    private UUID supersededBy;
    private OffsetDateTime updatedAt;
    private final int version;

    public Declaration(long orgId, UUID id, String metric, MetricPeriod period, BigDecimal amount, BigDecimal numerator,
            BigDecimal denominator, String note, Long evidenceOrgId, UUID evidenceId, DeclarationStatus status,
            long declaredBy, OffsetDateTime declaredAt, OffsetDateTime submittedAt, Long reviewedBy,
            OffsetDateTime reviewedAt, String returnReason, OffsetDateTime acceptedAt, UUID supersededBy,
            OffsetDateTime updatedAt, int version) {
        this.orgId = orgId;
        this.id = id;
        this.metric = metric;
        this.period = period;
        this.amount = amount;
        this.numerator = numerator;
        this.denominator = denominator;
        this.note = note;
        this.evidenceOrgId = evidenceOrgId;
        this.evidenceId = evidenceId;
        this.status = status;
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
        this.submittedAt = submittedAt;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
        this.returnReason = returnReason;
        this.acceptedAt = acceptedAt;
        this.supersededBy = supersededBy;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** The figures of a declaration: an amount, or (for a rate) numerator and denominator. */
    public record Figures(BigDecimal amount, BigDecimal numerator, BigDecimal denominator) {

        /** Validates against the metric's kind; refusals name the field. */
        public static Figures checked(boolean rate, BigDecimal amount, BigDecimal numerator, BigDecimal denominator) {
            if (rate) {
                if (numerator == null || denominator == null) {
                    throw BusinessException.invalid("numerator", "比率类指标须申报分子和分母(比率由系统计算)");
                }
                if (numerator.signum() < 0 || denominator.signum() <= 0) {
                    throw BusinessException.invalid("denominator", "分子不能为负数,分母须大于0");
                }
                if (numerator.compareTo(denominator) > 0) {
                    throw BusinessException.invalid("numerator", "分子不能大于分母");
                }
                return new Figures(null, numerator, denominator);
            }
            if (amount == null) {
                throw BusinessException.invalid("value", "请填写申报数值");
            }
            if (amount.signum() < 0) {
                throw BusinessException.invalid("value", "申报数值不能为负数");
            }
            if (amount.abs().compareTo(new BigDecimal("1e15")) >= 0 || amount.scale() > 4) {
                throw BusinessException.invalid("value", "申报数值超出范围(最多15位整数、4位小数)");
            }
            return new Figures(amount, null, null);
        }
    }

    public static Declaration draft(long orgId, String metric, MetricPeriod period, Figures figures, String note,
            Long evidenceOrgId, UUID evidenceId, long userId, OffsetDateTime now) {
        return new Declaration(orgId, UUID.randomUUID(), metric, period, figures.amount(), figures.numerator(),
                figures.denominator(), checkedNote(note), evidenceOrgId, evidenceId, DeclarationStatus.DRAFT, userId, now,
                null, null, null, null, null, null, now, 0);
    }

    /** The declaring unit changes a draft or a returned declaration. */
    public void edit(Figures figures, String newNote, Long newEvidenceOrgId, UUID newEvidenceId, OffsetDateTime now) {
        requireEditable("修改");
        this.amount = figures.amount();
        this.numerator = figures.numerator();
        this.denominator = figures.denominator();
        this.note = checkedNote(newNote);
        if (newEvidenceId != null) {
            this.evidenceOrgId = newEvidenceOrgId;
            this.evidenceId = newEvidenceId;
        }
        this.updatedAt = now;
    }

    public void submit(OffsetDateTime now) {
        requireEditable("报送");
        if (evidenceId == null) {
            throw BusinessException.invalid("evidence", "申报数据须附佐证材料后才能报送审核");
        }
        this.status = DeclarationStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    public void accept(long reviewerId, OffsetDateTime now) {
        requireSubmitted("审核通过");
        this.status = DeclarationStatus.ACCEPTED;
        this.reviewedBy = reviewerId;
        this.reviewedAt = now;
        this.acceptedAt = now;
        this.returnReason = null;
        this.updatedAt = now;
    }

    public void returnForSupplement(long reviewerId, String reason, OffsetDateTime now) {
        requireSubmitted("退回");
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw BusinessException.invalid("reason", "退回补充须填写退回理由");
        }
        if (r.length() > 1000) {
            throw BusinessException.invalid("reason", "退回理由不能超过1000字");
        }
        this.status = DeclarationStatus.RETURNED;
        this.reviewedBy = reviewerId;
        this.reviewedAt = now;
        this.returnReason = r;
        this.updatedAt = now;
    }

    /** A newer accepted declaration of the same metric, organisation and period replaces this one (history kept). */
    void supersede(UUID newer, OffsetDateTime now) {
        this.supersededBy = newer;
        this.updatedAt = now;
    }

    private void requireEditable(String verb) {
        if (status != DeclarationStatus.DRAFT && status != DeclarationStatus.RETURNED) {
            throw new BusinessException("DECLARATION_STATE", "申报数据当前状态为“" + status.label() + "”,不能" + verb
                    + "(只有草稿或退回补充的申报可以" + verb + ")", 409);
        }
    }

    private void requireSubmitted(String verb) {
        if (status != DeclarationStatus.SUBMITTED) {
            throw new BusinessException("DECLARATION_STATE", "申报数据当前状态为“" + status.label() + "”,不能" + verb
                    + "(只有已报送的申报可以审核)", 409);
        }
    }

    private static String checkedNote(String note) {
        String n = note == null ? null : note.strip();
        if (n != null && n.length() > 2000) {
            throw BusinessException.invalid("note", "说明不能超过2000字");
        }
        return n == null || n.isEmpty() ? null : n;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", metric);
        m.put("period", period.code());
        m.put("amount", amount);
        m.put("numerator", numerator);
        m.put("denominator", denominator);
        m.put("status", status.name());
        m.put("evidenceId", evidenceId == null ? null : evidenceId.toString());
        if (returnReason != null) {
            m.put("returnReason", returnReason);
        }
        if (supersededBy != null) {
            m.put("supersededBy", supersededBy.toString());
        }
        return m;
    }

    public long orgId() { return orgId; }
    public UUID id() { return id; }
    public String metric() { return metric; }
    public MetricPeriod period() { return period; }
    public BigDecimal amount() { return amount; }
    public BigDecimal numerator() { return numerator; }
    public BigDecimal denominator() { return denominator; }
    public String note() { return note; }
    public Long evidenceOrgId() { return evidenceOrgId; }
    public UUID evidenceId() { return evidenceId; }
    public DeclarationStatus status() { return status; }
    public long declaredBy() { return declaredBy; }
    public OffsetDateTime declaredAt() { return declaredAt; }
    public OffsetDateTime submittedAt() { return submittedAt; }
    public Long reviewedBy() { return reviewedBy; }
    public OffsetDateTime reviewedAt() { return reviewedAt; }
    public String returnReason() { return returnReason; }
    public OffsetDateTime acceptedAt() { return acceptedAt; }
    public UUID supersededBy() { return supersededBy; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public int version() { return version; }
}
