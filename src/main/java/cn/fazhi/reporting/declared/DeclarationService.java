package cn.fazhi.reporting.declared;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.files.AttachmentInfo;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricKind;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.reporting.ReportingPermission;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declaring figures (申报数据, issue 5 §2): a unit holding {@code report:declare} declares a value of a declared
 * metric for its own organisation (within its data scope) and a year, half or quarter, with an evidence attachment;
 * a holder of {@code report:review} whose scope covers the declaring unit accepts or returns it. Every change is
 * audited in the same transaction.
 */
@Service
public class DeclarationService {

    static final String ENTITY = "declaration";
    private static final Set<Character> PERIOD_KINDS = Set.of('Y', 'H', 'Q');

    private final Declarations declarations;
    private final DeclaredMetrics metrics;
    private final OrgUnits orgUnits;
    private final Attachments attachments;
    private final AuditLog audit;
    private final Clock clock;

    DeclarationService(Declarations declarations, DeclaredMetrics metrics, OrgUnits orgUnits, Attachments attachments,
            AuditLog audit, Clock clock) {
        this.declarations = declarations;
        this.metrics = metrics;
        this.orgUnits = orgUnits;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a unit declares. orgId null = the declarer's own organisation. */
    public record DeclarationInput(String metric, Long orgId, String period, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, String note, UUID evidenceId) {
    }

    @Transactional
    public Declaration create(DeclarationInput in, FazhiPrincipal actor) {
        Access.require(actor, ReportingPermission.DECLARE);
        MetricDefinition def = metrics.find(in.metric()).orElseThrow(() -> BusinessException.invalid("metric",
                "“" + (in.metric() == null ? "" : in.metric()) + "”不是需申报的指标(计算类指标由系统统计,不能申报)"));
        long orgId = in.orgId() == null ? actor.orgId() : in.orgId();
        OrgUnit unit = orgUnits.find(orgId).filter(u -> actor.scope().coversOrg(u.id(), u.path()))
                .orElseThrow(() -> BusinessException.notFound("单位"));
        MetricPeriod period = period(in.period());
        Declaration.Figures figures = Declaration.Figures.checked(def.kind() == MetricKind.RATE, in.value(),
                in.numerator(), in.denominator());
        AttachmentInfo evidence = evidence(in.evidenceId());
        Declaration d = Declaration.draft(unit.id(), def.name(), period, figures, in.note(),
                evidence == null ? null : evidence.orgId(), evidence == null ? null : evidence.id(), actor.userId(), now());
        declarations.insert(d);
        audit.record("CREATE", ENTITY, d.id().toString(), null, d.snapshot());
        return d;
    }

    @Transactional
    public Declaration edit(UUID id, DeclarationInput in, FazhiPrincipal actor) {
        Access.require(actor, ReportingPermission.DECLARE);
        Declaration d = declarations.get(id, actor);
        MetricDefinition def = metrics.find(d.metric()).orElseThrow(() -> BusinessException.invalid("metric", "指标已不需申报"));
        var before = d.snapshot();
        AttachmentInfo evidence = evidence(in.evidenceId());
        d.edit(Declaration.Figures.checked(def.kind() == MetricKind.RATE, in.value(), in.numerator(), in.denominator()),
                in.note(), evidence == null ? null : evidence.orgId(), evidence == null ? null : evidence.id(), now());
        declarations.update(d);
        audit.record("UPDATE", ENTITY, d.id().toString(), before, d.snapshot());
        return d;
    }

    @Transactional
    public Declaration submit(UUID id, FazhiPrincipal actor) {
        Access.require(actor, ReportingPermission.DECLARE);
        Declaration d = declarations.get(id, actor);
        var before = d.snapshot();
        d.submit(now());
        declarations.update(d);
        audit.record("TRANSITION:SUBMIT", ENTITY, d.id().toString(), before, d.snapshot());
        return d;
    }

    @Transactional
    public Declaration accept(UUID id, FazhiPrincipal actor) {
        Declaration d = reviewable(id, actor);
        var before = d.snapshot();
        OffsetDateTime now = now();
        d.accept(actor.userId(), now);
        for (Declaration older : declarations.currentAccepted(d.metric(), d.orgId(), d.period().code())) {
            if (!older.id().equals(d.id())) {
                var ob = older.snapshot();
                older.supersede(d.id(), now);
                declarations.update(older);
                audit.record("SUPERSEDE", ENTITY, older.id().toString(), ob, older.snapshot());
            }
        }
        declarations.update(d);
        declarations.insertReview(d, DeclarationStatus.ACCEPTED.name(), null, actor.userId(), now);
        audit.record("TRANSITION:ACCEPT", ENTITY, d.id().toString(), before, d.snapshot());
        return d;
    }

    @Transactional
    public Declaration returnForSupplement(UUID id, String reason, FazhiPrincipal actor) {
        Declaration d = reviewable(id, actor);
        var before = d.snapshot();
        OffsetDateTime now = now();
        d.returnForSupplement(actor.userId(), reason, now);
        declarations.update(d);
        declarations.insertReview(d, DeclarationStatus.RETURNED.name(), d.returnReason(), actor.userId(), now);
        audit.record("TRANSITION:RETURN", ENTITY, d.id().toString(), before, d.snapshot());
        return d;
    }

    /** A reviewer holds report:review and a scope covering the declaring unit (else: not found). */
    private Declaration reviewable(UUID id, FazhiPrincipal actor) {
        Access.require(actor, ReportingPermission.REVIEW);
        Declaration d = declarations.get(id, actor);
        OrgUnit unit = orgUnits.find(d.orgId()).orElseThrow(() -> BusinessException.notFound("单位"));
        if (!actor.scope().coversOrg(unit.id(), unit.path())) {
            throw BusinessException.notFound("申报数据");
        }
        return d;
    }

    private AttachmentInfo evidence(UUID evidenceId) {
        if (evidenceId == null) {
            return null;
        }
        return attachments.find(evidenceId).orElseThrow(() -> BusinessException.invalid("evidenceId", "佐证材料不存在或不在数据权限范围内"));
    }

    /** Declarations cover a year, a half or a quarter. */
    static MetricPeriod period(String text) {
        MetricPeriod p = MetricPeriod.parse(text);
        char kind = p.code().length() == 4 ? 'Y' : p.code().charAt(4);
        if (!PERIOD_KINDS.contains(kind)) {
            throw BusinessException.invalid("period", "申报期间须为年度、半年或季度(如 2025、2025H1、2025Q3)");
        }
        return p;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
