package cn.fazhi.reporting.annual;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.reporting.ReportingPermission;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composing, reviewing, approving, publishing and correcting annual reports (issue 5 §3). Every transition is
 * audited in its transaction and leaves a comment on the report (the comment text, or the action alone).
 */
@Service
public class AnnualReportService {

    static final String ENTITY = "annual_report";

    private final AnnualReports reports;
    private final ReportComposer composer;
    private final OrgUnits orgUnits;
    private final AuditLog audit;
    private final Clock clock;

    AnnualReportService(AnnualReports reports, ReportComposer composer, OrgUnits orgUnits, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.composer = composer;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.clock = clock;
    }

    /** A report as the editor and the API show it. */
    public record ReportView(AnnualReport report, Rendered.Report rendered, List<Rendered.Figure> missing,
            List<AnnualReports.Comment> comments, List<AnnualReport> versions, boolean hashVerified) {
    }

    @Transactional
    public AnnualReport create(long orgId, int year, FazhiPrincipal actor) {
        Access.require(actor, ReportingPermission.COMPOSE);
        OrgUnit unit = orgUnits.find(orgId).filter(u -> actor.scope().coversOrg(u.id(), u.path()))
                .orElseThrow(() -> BusinessException.notFound("单位"));
        int thisYear = LocalDate.now(clock).getYear();
        if (year < 2000 || year > thisYear) {
            throw BusinessException.invalid("year", "报告年度应在 2000 至 " + thisYear + " 之间");
        }
        if (reports.latest(orgId, year).isPresent()) {
            throw new BusinessException("REPORT_EXISTS", unit.name() + year + "年度的报告已存在;已发布的报告请通过“更正”形成新版本", 409);
        }
        AnnualReport r = AnnualReport.draft(orgId, year, ReportContent.fromTemplate(composer.template(), unit.name(), year),
                actor(actor), now());
        reports.insert(r);
        reports.addComment(r, r.status(), "CREATE", null, actor.userId(), now());
        audit.record("CREATE", ENTITY, r.id().toString(), null, r.snapshot());
        return r;
    }

    @Transactional(readOnly = true)
    public ReportView view(UUID id, FazhiPrincipal actor) {
        Access.require(actor, ReportingPermission.READ);
        AnnualReport r = reports.get(id, actor);
        Rendered.Report rendered;
        boolean verified = false;
        if (r.status() == AnnualReportStatus.PUBLISHED) {
            rendered = ReportComposer.thaw(r.frozen());
            verified = ReportComposer.sha256(r.frozen()).equals(r.frozenHash());
        } else {
            rendered = composer.render(r, false, LocalDate.now(clock));
        }
        return new ReportView(r, rendered, rendered.missingFigures(), reports.comments(r.orgId(), r.id()),
                reports.versions(r.orgId(), r.year()), verified);
    }

    /** The rendered report for output (.docx/PDF): the frozen copy once published. */
    @Transactional(readOnly = true)
    public Rendered.Report rendered(UUID id, FazhiPrincipal actor) {
        return view(id, actor).rendered();
    }

    @Transactional
    public AnnualReport editSection(UUID id, String sectionKey, String narrative, FazhiPrincipal actor) {
        AnnualReport r = reports.get(id, actor);
        var before = r.content().narrative(sectionKey);
        r.editNarrative(composer.template(), sectionKey, narrative, actor(actor), now());
        reports.update(r);
        audit.record("UPDATE:SECTION", ENTITY, r.id().toString(), java.util.Map.of("section", sectionKey, "text", before),
                java.util.Map.of("section", sectionKey, "text", r.content().narrative(sectionKey)));
        return r;
    }

    /** 标题 and 发文机关署名 of a draft; blank restores the standard one. */
    @Transactional
    public AnnualReport editHeader(UUID id, String title, String signature, FazhiPrincipal actor) {
        AnnualReport r = reports.get(id, actor);
        java.util.Map<String, Object> before = header(r);
        r.editHeader(title, signature, actor(actor), now());
        reports.update(r);
        reports.addComment(r, r.status(), "EDIT_HEADER", null, actor.userId(), now());
        audit.record("UPDATE:HEADER", ENTITY, r.id().toString(), before, header(r));
        return r;
    }

    private static java.util.Map<String, Object> header(AnnualReport r) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("title", r.content().getTitle());
        m.put("signature", r.content().getSignature());
        return m;
    }

    @Transactional
    public AnnualReport dropSentence(UUID id, String sentenceKey, boolean drop, FazhiPrincipal actor) {
        AnnualReport r = reports.get(id, actor);
        r.dropSentence(composer.template(), sentenceKey, drop, actor(actor), now());
        reports.update(r);
        reports.addComment(r, r.status(), drop ? "DROP_SENTENCE" : "RESTORE_SENTENCE", sentenceKey, actor.userId(), now());
        audit.record(drop ? "UPDATE:DROP_SENTENCE" : "UPDATE:RESTORE_SENTENCE", ENTITY, r.id().toString(), null,
                java.util.Map.of("sentence", sentenceKey));
        return r;
    }

    public enum Step { SUBMIT, APPROVE_REVIEW, APPROVE, PUBLISH, RETURN }

    @Transactional
    public AnnualReport transition(UUID id, Step step, String comment, FazhiPrincipal actor) {
        Access.require(actor, ReportingPermission.READ);
        AnnualReport r = reports.get(id, actor);
        var before = r.snapshot();
        AnnualReportStatus from = r.status();
        OffsetDateTime now = now();
        String body = comment == null || comment.isBlank() ? null : comment.strip();
        if (body != null && body.length() > 4000) {
            throw BusinessException.invalid("comment", "意见不能超过4000字");
        }
        switch (step) {
            case SUBMIT -> r.submit(composer.render(r, false, now.toLocalDate()).missingFigures(), actor(actor), now);
            case APPROVE_REVIEW -> r.approveReview(actor(actor), now);
            case APPROVE -> r.approve(actor(actor), now);
            case PUBLISH -> {
                String frozen = r.status() == AnnualReportStatus.APPROVED ? composer.freeze(r, now.toLocalDate()) : null;
                r.publish(frozen, frozen == null ? null : ReportComposer.sha256(frozen), actor(actor), now);
            }
            case RETURN -> r.returnToDraft(body, actor(actor), now);
        }
        reports.update(r);
        reports.addComment(r, from, step.name(), body, actor.userId(), now);
        audit.record("TRANSITION:" + step.name(), ENTITY, r.id().toString(), before, r.snapshot());
        return r;
    }

    /** 更正: a new version of the latest published version. */
    @Transactional
    public AnnualReport correction(UUID id, String note, FazhiPrincipal actor) {
        AnnualReport r = reports.get(id, actor);
        AnnualReport latest = reports.latest(r.orgId(), r.year()).orElseThrow();
        if (!latest.id().equals(r.id())) {
            throw new BusinessException("REPORT_NOT_LATEST", "该报告已有第" + latest.versionNo() + "版(“"
                    + latest.status().label() + "”),请在最新版本上更正", 409);
        }
        AnnualReport v = r.correction(note, actor(actor), now());
        reports.insert(v);
        reports.addComment(v, v.status(), "CORRECTION", v.correctionNote(), actor.userId(), now());
        audit.record("CREATE:CORRECTION", ENTITY, v.id().toString(), null, v.snapshot());
        return v;
    }

    @Transactional(readOnly = true)
    public List<AnnualReports.Row> list(FazhiPrincipal actor) {
        Access.require(actor, ReportingPermission.READ);
        return reports.list(actor);
    }

    static AnnualReport.Actor actor(FazhiPrincipal p) {
        return new AnnualReport.Actor(p.userId(), p.permissions());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
