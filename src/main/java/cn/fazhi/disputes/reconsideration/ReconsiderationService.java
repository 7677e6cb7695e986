package cn.fazhi.disputes.reconsideration;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.disputes.DisputesPermission;
import cn.fazhi.disputes.support.DeadlineProcess;
import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.documents.DocumentReader;
import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.kernel.TimeConfig;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgKind;
import cn.fazhi.platform.org.OrgNameResolver;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application service of reconsideration: scope and permission checks, loading, one call per transition (the rules
 * are the aggregate's), the timeline, deadlines, audit, documents and events in one transaction.
 */
@Service
public class ReconsiderationService {

    private static final String ENTITY = "recon_case";
    private static final char[] CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final ReconsiderationCases cases;
    private final CaseDeadlines deadlines;
    private final OrgUnits orgUnits;
    private final OrgNameResolver resolver;
    private final AuditLog audit;
    private final Attachments attachments;
    private final ReconsiderationDocuments documents;
    private final DocumentReader reader;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ReconsiderationService(ReconsiderationCases cases, CaseDeadlines deadlines, OrgUnits orgUnits,
            OrgNameResolver resolver, AuditLog audit, Attachments attachments, ReconsiderationDocuments documents,
            DocumentReader reader, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.orgUnits = orgUnits;
        this.resolver = resolver;
        this.audit = audit;
        this.attachments = attachments;
        this.documents = documents;
        this.reader = reader;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfig.CHINA));
    }

    // ---- visibility --------------------------------------------------------------------------------------------

    public ReconsiderationCases.Visibility visibility(FazhiPrincipal actor) {
        boolean handle = actor.can(DisputesPermission.RECONSIDERATION_HANDLE);
        boolean respond = actor.can(DisputesPermission.RECONSIDERATION_READ)
                || actor.can(DisputesPermission.RECONSIDERATION_RESPOND);
        if (!handle && !respond) {
            throw BusinessException.forbidden("没有查看行政复议案件的权限");
        }
        return ReconsiderationCases.scopeCondition(actor.scope(), handle, respond, "c");
    }

    /** The office's view: only cases of organs in the actor's handling scope. */
    ReconsiderationCases.Visibility handling(FazhiPrincipal actor) {
        Access.require(actor, DisputesPermission.RECONSIDERATION_HANDLE);
        return ReconsiderationCases.scopeCondition(actor.scope(), true, false, "c");
    }

    /** The respondent's view: only cases against organs in the actor's scope. */
    ReconsiderationCases.Visibility responding(FazhiPrincipal actor) {
        Access.require(actor, DisputesPermission.RECONSIDERATION_RESPOND);
        return ReconsiderationCases.scopeCondition(actor.scope(), false, true, "c");
    }

    public ReconsiderationCase get(UUID id, FazhiPrincipal actor) {
        return cases.find(id, visibility(actor)).orElseThrow(() -> BusinessException.notFound("行政复议案件"));
    }

    public boolean canHandle(ReconsiderationCase c, FazhiPrincipal actor) {
        return actor.can(DisputesPermission.RECONSIDERATION_HANDLE)
                && orgUnits.find(c.orgId()).map(o -> actor.scope().coversOrg(o.id(), o.path())).orElse(false);
    }

    public boolean canRespond(ReconsiderationCase c, FazhiPrincipal actor) {
        return actor.can(DisputesPermission.RECONSIDERATION_RESPOND) && orgUnits.find(c.respondentOrgId())
                .map(o -> actor.scope().coversOrg(o.id(), o.path())).orElse(false);
    }

    // ---- receipt -----------------------------------------------------------------------------------------------

    /** The application as received by the office or through the portal. */
    public record Application(LocalDate receivedOn, String applicant, String contact, String respondent,
            String actDescription, Channel channel, Long organId) {
    }

    /** 收到申请 by the office: the organ is the government the office works for. */
    @Transactional
    public ReconsiderationCase receive(Application a, FazhiPrincipal actor) {
        Access.require(actor, DisputesPermission.RECONSIDERATION_HANDLE);
        OrgUnit organ = a.organId() != null ? orgUnits.getInScope(a.organId(), actor) : organOf(actor.orgId());
        if (!actor.scope().coversOrg(organ.id(), organ.path())) {
            throw BusinessException.forbidden("不能为数据权限范围以外的复议机关登记案件");
        }
        return create(a, organ, actor.displayName());
    }

    /** An online application from the public portal (no login): channel ONLINE, a tracking code. */
    @Transactional
    public ReconsiderationCase applyOnline(Application a) {
        if (a.organId() == null) {
            throw BusinessException.invalid("organId", "请选择行政复议机关");
        }
        OrgUnit organ = orgUnits.find(a.organId()).filter(o -> o.kind() == OrgKind.GOVERNMENT)
                .orElseThrow(() -> BusinessException.invalid("organId", "请选择行政复议机关(人民政府)"));
        if (a.contact() == null || !a.contact().strip().matches("[0-9+\\- ]{7,20}")) {
            throw BusinessException.invalid("contact", "请填写有效的联系电话(7–20 位数字)");
        }
        Application online = new Application(today(), a.applicant(), a.contact(), a.respondent(), a.actDescription(),
                Channel.ONLINE, organ.id());
        return create(online, organ, "社会公众(网上申请)");
    }

    private ReconsiderationCase create(Application a, OrgUnit organ, String actor) {
        OrgUnit respondent = resolveRespondent(a.respondent());
        LocalDate today = today();
        LocalDate receivedOn = a.receivedOn();
        String caseNo = cases.nextCaseNo(organ.id(), receivedOn == null ? today.getYear() : receivedOn.getYear());
        ReconsiderationCase c = ReconsiderationCase.receive(organ.id(), caseNo, a.channel() == null ? Channel.IN_PERSON
                : a.channel(), respondent.id(), a.applicant(), a.contact(), a.actDescription(), receivedOn, today,
                trackingCode());
        Instant now = clock.instant();
        cases.insert(c, now);
        finish(c, actor, now, null, "CREATE");
        return c;
    }

    /** 被申请人: an organisation id or its exact name / short name / alias. */
    OrgUnit resolveRespondent(String respondent) {
        if (respondent == null || respondent.isBlank()) {
            throw BusinessException.invalid("respondent", "请填写被申请人(作出行政行为的行政机关)");
        }
        String r = respondent.strip();
        if (r.matches("\\d{1,18}")) {
            return orgUnits.find(Long.parseLong(r)).orElseThrow(() -> BusinessException.invalid("respondent",
                    "被申请人“" + r + "”不存在,请填写行政机关的全称"));
        }
        return resolver.resolve(r).flatMap(m -> orgUnits.find(m.orgId())).orElseThrow(() -> BusinessException.invalid(
                "respondent", "找不到被申请人“" + abbreviate(r) + "”,请填写行政机关的全称(如“市公安局”)"));
    }

    /** The reconsideration organ of an office: the nearest people's government above (or at) the unit. */
    OrgUnit organOf(long orgId) {
        OrgUnit u = orgUnits.find(orgId).orElseThrow(() -> BusinessException.notFound("单位"));
        while (u.kind() != OrgKind.GOVERNMENT && u.parentId() != null) {
            u = orgUnits.find(u.parentId()).orElseThrow();
        }
        if (u.kind() != OrgKind.GOVERNMENT) {
            throw BusinessException.invalid("organId", "所在单位不隶属任何人民政府,不能作为行政复议机关登记案件");
        }
        return u;
    }

    private String trackingCode() {
        StringBuilder sb = new StringBuilder("FY");
        for (int i = 0; i < 10; i++) {
            sb.append(CODE_CHARS[random.nextInt(CODE_CHARS.length)]);
        }
        return sb.toString();
    }

    // ---- transitions -------------------------------------------------------------------------------------------

    /** Runs an office transition on a case within the actor's handling scope. */
    @Transactional
    public ReconsiderationCase handle(UUID id, FazhiPrincipal actor, String action, Consumer<ReconsiderationCase> step) {
        ReconsiderationCase c = cases.findForUpdate(id, handling(actor))
                .orElseThrow(() -> BusinessException.notFound("行政复议案件"));
        return run(c, actor, action, step);
    }

    /** Runs the respondent's transition (答复) on a case against an organ in the actor's scope. */
    @Transactional
    public ReconsiderationCase respond(UUID id, FazhiPrincipal actor, Consumer<ReconsiderationCase> step) {
        ReconsiderationCase c = cases.findForUpdate(id, responding(actor))
                .orElseThrow(() -> BusinessException.notFound("行政复议案件"));
        return run(c, actor, "ANSWER", step);
    }

    private ReconsiderationCase run(ReconsiderationCase c, FazhiPrincipal actor, String action,
            Consumer<ReconsiderationCase> step) {
        Map<String, Object> before = snapshot(c);
        if (!List.of("ACCEPT", "REJECT", "SUPPLEMENT_REQUEST").contains(action)) {
            applyDeemedAcceptance(c); // 第三十条: the next step of a case whose review period ran out
        }
        step.accept(c);
        Instant now = clock.instant();
        cases.update(c, now);
        finish(c, actor.displayName(), now, before, "TRANSITION:" + action);
        return c;
    }

    /** 第三十条: a case whose review period ran out without a decision is accepted as of that day. */
    void applyDeemedAcceptance(ReconsiderationCase c) {
        if (c.state() == CaseState.RECEIVED) {
            LocalDate due = deadlines.acceptanceReview(c).due();
            if (today().isAfter(due)) {
                c.deemAccepted(due, today());
            }
        }
    }

    /** The day the case is deemed accepted, when the review period ran out without a decision; else null. */
    public LocalDate deemedAcceptanceOn(ReconsiderationCase c) {
        if (c.deemedAccepted()) {
            return c.acceptedOn();
        }
        if (c.state() == CaseState.RECEIVED) {
            LocalDate due = deadlines.acceptanceReview(c).due();
            return today().isAfter(due) ? due : null;
        }
        return null;
    }

    private void finish(ReconsiderationCase c, String actor, Instant now, Map<String, Object> before, String action) {
        List<ReconsiderationCase.Entry> entries = c.drainEntries();
        cases.appendTimeline(c, entries, actor, now);
        cases.replaceDeadlines(c, deadlinesOf(c));
        generateDocuments(c, entries, now);
        if (before == null) {
            audit.recordAs(actor, null, null, null, action, ENTITY, c.id().toString(), null, snapshot(c));
        } else {
            audit.record(action, ENTITY, c.id().toString(), before, snapshot(c));
        }
        c.drainEvents().forEach(events::publishEvent);
    }

    private void generateDocuments(ReconsiderationCase c, List<ReconsiderationCase.Entry> entries, Instant now) {
        if (cn.fazhi.platform.security.CurrentUser.find().isEmpty()) {
            return; // the public portal: documents are generated by the office when it acts
        }
        for (ReconsiderationCase.Entry e : entries) {
            ReconsiderationDocuments.Generated g = documents.forEntry(c, e, orgName(c.orgId()), orgName(c.respondentOrgId()),
                    deadlines.all(c, today()));
            if (g == null) {
                continue;
            }
            AttachmentRef ref = attachments.store(c.orgId(), g.filename(),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    new ByteArrayInputStream(g.bytes()), "reconsideration");
            cases.addDocument(c, g.kind(), g.title(), ref.id(), now);
        }
    }

    /** The respondent's written answer with an optional uploaded file, which must be a readable document. */
    @Transactional
    public ReconsiderationCase answer(UUID id, FazhiPrincipal actor, LocalDate on, String summary, String filename,
            byte[] file) {
        if (file != null && file.length > 0) {
            reader.read(file, filename); // refuses anything that is not a .docx/.pdf/.txt document, in Chinese
        }
        ReconsiderationCase c = respond(id, actor, k -> k.respondentAnswered(on, summary,
                today()));
        if (file != null && file.length > 0) {
            AttachmentRef ref = attachments.store(c.respondentOrgId(), filename, null, new ByteArrayInputStream(file),
                    "reconsideration-answer");
            cases.addDocument(c, "ANSWER", "行政复议答复书(被申请人提交)", ref.id(), clock.instant());
        }
        return c;
    }

    /** 第二十四条至第二十八条: whether, and why, the case's organ hears a case against its respondent. */
    public Jurisdiction jurisdiction(ReconsiderationCase c) {
        OrgUnit organ = orgUnits.find(c.orgId()).orElseThrow(() -> BusinessException.notFound("行政复议机关"));
        OrgUnit respondent = orgUnits.find(c.respondentOrgId()).orElseThrow(() -> BusinessException.notFound("被申请人"));
        return Jurisdiction.assess(organ, respondent, orgUnits::find);
    }

    /** The case as the API and pages show it, with the transitions this actor may run now. */
    public CaseView view(ReconsiderationCase c, FazhiPrincipal actor) {
        List<String> actions = new java.util.ArrayList<>();
        if (canHandle(c, actor)) {
            actions.addAll(c.officeActions());
            if (c.state() == CaseState.RECEIVED && deemedAcceptanceOn(c) != null) {
                actions.removeAll(List.of("accept", "reject", "supplement-request"));
                actions.add("copy-to-respondent");
            }
        }
        if (canRespond(c, actor) && c.state() == CaseState.COPY_SENT) {
            actions.add("answer");
        }
        return CaseView.of(c, this, actions);
    }

    public String orgName(long orgId) {
        return orgUnits.find(orgId).map(OrgUnit::name).orElse("—");
    }

    /** The case's deadlines now: recomputed from the case, those already met as stored when they were met. */
    public List<CaseDeadline> deadlinesOf(ReconsiderationCase c) {
        return DeadlineProcess.keepDone(cases.storedDeadlines(c), deadlines.all(c, today()));
    }

    public CaseDeadlines deadlines() {
        return deadlines;
    }

    public ReconsiderationCases store() {
        return cases;
    }

    private static Map<String, Object> snapshot(ReconsiderationCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseNo", c.caseNo());
        m.put("state", c.state().name());
        m.put("procedure", c.procedure() == null ? null : c.procedure().name());
        m.put("acceptedOn", String.valueOf(c.acceptedOn()));
        m.put("decisionType", c.decisionType() == null ? null : c.decisionType().name());
        m.put("concludedOn", String.valueOf(c.concludedOn()));
        m.put("suspendedDays", c.suspendedDays());
        m.put("extendedDays", c.extendedDays());
        return m;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
