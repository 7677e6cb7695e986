package cn.fazhi.disputes.litigation;

import cn.fazhi.disputes.DisputesPermission;
import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.documents.OfficialDocument;
import cn.fazhi.platform.files.AttachmentInfo;
import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgNameResolver;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Litigation response (行政应诉): cases in which an organ is defendant, their hearings and who appeared, the judgment
 * or ruling, appeal, effect and performance; judicial and procuratorial recommendations and their replies. Reading
 * needs litigation:read (or litigation:handle); changes need litigation:handle; the data scope decides which organs'
 * cases one sees. Every change is audited in its transaction.
 */
@Service
public class LitigationService {

    private final LitigationCases cases;
    private final StatutoryCalendar calendar;
    private final Attachments attachments;
    private final AuditLog audit;
    private final OrgUnits orgUnits;
    private final OrgNameResolver names;
    private final Clock clock;
    private final int judicialReplyDays;

    LitigationService(LitigationCases cases, StatutoryCalendar calendar, Attachments attachments, AuditLog audit,
            OrgUnits orgUnits, OrgNameResolver names, Clock clock,
            @Value("${fazhi.litigation.judicial-reply-days:30}") int judicialReplyDays) {
        this.cases = cases;
        this.calendar = calendar;
        this.attachments = attachments;
        this.audit = audit;
        this.orgUnits = orgUnits;
        this.names = names;
        this.clock = clock;
        this.judicialReplyDays = judicialReplyDays;
    }

    /** A file sent with a step (evidence, proof). */
    public record Upload(String filename, String contentType, byte[] bytes) {
    }

    /** A new case. {@code defendant}: an organisation id or its exact name; empty = the user's own organ. */
    public record NewCase(String defendant, String caseNumber, String courtName, String plaintiff, String cause,
            LocalDate complaintReceivedOn) {
    }

    /** A hearing: appeared HEAD | STAFF | NONE, the head's name, post and role, or staff with the head's excuse. */
    public record HearingRequest(LocalDate heldOn, String appeared, String headName, String headPost, String headRole,
            String staffNames, String excuse, String excuseNote, UUID proofAttachmentId) {
    }

    public record DecisionRequest(String type, LocalDate decidedOn, LocalDate servedOn, Boolean retrialAppealable) {
    }

    public record NewRecommendation(String kind, UUID caseId, String defendant, String issuer, String docNumber,
            LocalDate receivedOn, String content, Integer statedReplyDays, Boolean urgent) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private LitigationCase.Calendar cal() {
        return calendar::due;
    }

    private static void requireRead(FazhiPrincipal user) {
        Access.requireAny(user, DisputesPermission.LITIGATION_READ, DisputesPermission.LITIGATION_HANDLE);
    }

    /** The organ a record is for: the given id or exact name, in the user's scope; by default the user's own organ. */
    long organ(String defendant, FazhiPrincipal user) {
        if (defendant == null || defendant.isBlank()) {
            return user.orgId();
        }
        String d = defendant.strip();
        Long id = null;
        if (d.matches("\\d{1,18}")) {
            id = Long.parseLong(d);
        } else {
            id = names.resolve(d).map(OrgNameResolver.OrgMatch::orgId).orElse(null);
        }
        if (id == null) {
            throw BusinessException.invalid("defendant", "找不到被告机关“" + d + "”,请填写单位全称、简称或单位编号");
        }
        Optional<OrgUnit> u = orgUnits.find(id);
        if (u.isEmpty() || !user.scope().coversOrg(u.get().id(), u.get().path())) {
            throw BusinessException.invalid("defendant", "被告机关“" + d + "”不在您的数据权限范围内");
        }
        return id;
    }

    @Transactional
    public LitigationCase receive(NewCase req, FazhiPrincipal user) {
        Access.require(user, DisputesPermission.LITIGATION_HANDLE);
        if (req == null) {
            throw BusinessException.invalid("caseNumber", "请填写案件信息");
        }
        long orgId = organ(req.defendant(), user);
        LitigationCase c = LitigationCase.receive(orgId, UUID.randomUUID(), req.caseNumber(), req.courtName(),
                req.plaintiff(), req.cause(), req.complaintReceivedOn(), today(), cal());
        try {
            cases.insert(c, user.userId(), now());
        } catch (DuplicateKeyException e) {
            throw new BusinessException("DUPLICATE_CASE", "案号“" + c.caseNumber() + "”已登记", 409);
        }
        audit.record("CREATE", "litigation_case", c.id().toString(), null, c.snapshot());
        return cases.get(c.id(), user);
    }

    @Transactional(readOnly = true)
    public LitigationCase get(UUID id, FazhiPrincipal user) {
        requireRead(user);
        return cases.get(id, user);
    }

    @Transactional(readOnly = true)
    public List<LitigationCases.Row> list(FazhiPrincipal user, String state, Long orgId, String q, int page, int size) {
        requireRead(user);
        return cases.search(user, parseState(state), orgId, q, Math.max(page, 0), Math.max(1, Math.min(size, 200)));
    }

    @Transactional(readOnly = true)
    public long count(FazhiPrincipal user, String state, Long orgId, String q) {
        requireRead(user);
        return cases.count(user, parseState(state), orgId, q);
    }

    static LitigationState parseState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return LitigationState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("state", "状态“" + state + "”无效");
        }
    }

    private interface Step {
        void apply(LitigationCase c);
    }

    private LitigationCase transition(UUID id, String action, FazhiPrincipal user, Step step) {
        Access.require(user, DisputesPermission.LITIGATION_HANDLE);
        LitigationCase c = cases.get(id, user);
        Map<String, Object> before = c.snapshot();
        step.apply(c);
        cases.update(c, user.userId(), now());
        audit.record("TRANSITION:" + action, "litigation_case", c.id().toString(), before, c.snapshot());
        return cases.get(id, user);
    }

    @Transactional
    public LitigationCase fileDefence(UUID id, LocalDate filedOn, List<Upload> evidence, FazhiPrincipal user) {
        return transition(id, "DEFENCE", user, c -> {
            c.fileDefence(filedOn, today());
            storeFiles(c, evidence, "DEFENCE_EVIDENCE");
        });
    }

    /** Stores files for the case (the platform refuses what is not a document or image, with a Chinese message). */
    private List<UUID> storeFiles(LitigationCase c, List<Upload> files, String purpose) {
        List<UUID> ids = new ArrayList<>();
        for (Upload f : files == null ? List.<Upload>of() : files) {
            if (f == null || f.bytes() == null || f.bytes().length == 0) {
                continue;
            }
            AttachmentRef ref = attachments.store(c.orgId(), f.filename(), f.contentType(), new ByteArrayInputStream(f.bytes()),
                    "litigation-" + purpose.toLowerCase(Locale.ROOT));
            cases.addFile(c, ref.id(), ref.orgId(), purpose);
            ids.add(ref.id());
        }
        return ids;
    }

    @Transactional
    public LitigationCase addFiles(UUID id, List<Upload> files, String purpose, FazhiPrincipal user) {
        Access.require(user, DisputesPermission.LITIGATION_HANDLE);
        LitigationCase c = cases.get(id, user);
        String p = purpose == null || purpose.isBlank() ? "OTHER" : purpose.strip().toUpperCase(Locale.ROOT);
        if (!List.of("DEFENCE_EVIDENCE", "DEFENCE_STATEMENT", "PROOF", "OTHER").contains(p)) {
            throw BusinessException.invalid("purpose", "文件用途无效,可选:DEFENCE_EVIDENCE、DEFENCE_STATEMENT、PROOF、OTHER");
        }
        if (files == null || files.stream().allMatch(f -> f == null || f.bytes() == null || f.bytes().length == 0)) {
            throw BusinessException.invalid("files", "请选择要上传的文件");
        }
        List<UUID> ids = storeFiles(c, files, p);
        audit.record("ATTACH", "litigation_case", c.id().toString(), null, Map.of("purpose", p, "files", ids.size()));
        return cases.get(id, user);
    }

    @Transactional
    public LitigationCase recordHearing(UUID id, HearingRequest req, Upload proof, FazhiPrincipal user) {
        if (req == null) {
            throw BusinessException.invalid("heldOn", "请填写开庭信息");
        }
        return transition(id, "HEARING", user, c -> {
            UUID proofId = req.proofAttachmentId();
            if (proofId != null && attachments.find(proofId).isEmpty()) {
                throw BusinessException.invalid("proofAttachmentId", "证明材料附件不存在或无权访问");
            }
            if (proof != null && proof.bytes() != null && proof.bytes().length > 0) {
                proofId = storeFiles(c, List.of(proof), "PROOF").get(0);
            }
            c.recordHearing(req.heldOn(), req.appeared(), req.headName(), req.headPost(), parse(HeadRole.class, "headRole",
                    req.headRole()), req.staffNames(), parse(Excuse.class, "excuse", req.excuse()), req.excuseNote(), proofId,
                    today());
        });
    }

    @Transactional
    public LitigationCase decide(UUID id, DecisionRequest req, FazhiPrincipal user) {
        if (req == null) {
            throw BusinessException.invalid("type", "请填写裁判信息");
        }
        return transition(id, "DECIDE", user, c -> c.decide(parse(OutcomeType.class, "type", req.type()), req.decidedOn(),
                req.servedOn(), req.retrialAppealable(), today(), cal()));
    }

    @Transactional
    public LitigationCase appeal(UUID id, LocalDate appealedOn, String by, FazhiPrincipal user) {
        return transition(id, "APPEAL", user, c -> c.appeal(appealedOn, by, today()));
    }

    @Transactional
    public LitigationCase becomeEffective(UUID id, FazhiPrincipal user) {
        return transition(id, "EFFECTIVE", user, c -> c.becomeEffective(today()));
    }

    @Transactional
    public LitigationCase perform(UUID id, LocalDate on, String note, FazhiPrincipal user) {
        return transition(id, "PERFORM", user, c -> c.perform(on, note, today()));
    }

    @Transactional
    public LitigationCase close(UUID id, LocalDate on, FazhiPrincipal user) {
        return transition(id, "CLOSE", user, c -> c.close(on, today()));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder b = new StringBuilder();
            for (E v : type.getEnumConstants()) {
                b.append(b.isEmpty() ? "" : "、").append(v.name());
            }
            throw BusinessException.invalid(field, "“" + value + "”无效,可选值:" + b);
        }
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> files(LitigationCase c) {
        List<AttachmentInfo> l = new ArrayList<>();
        cases.files(c).keySet().forEach(id -> attachments.find(id).ifPresent(l::add));
        return l;
    }

    // ---- recommendations ---------------------------------------------------------------------------------------

    @Transactional
    public Recommendation receiveRecommendation(NewRecommendation req, FazhiPrincipal user) {
        Access.require(user, DisputesPermission.LITIGATION_HANDLE);
        if (req == null) {
            throw BusinessException.invalid("kind", "请填写建议信息");
        }
        Recommendation.Kind kind = parse(Recommendation.Kind.class, "kind", req.kind());
        if (kind == null) {
            throw BusinessException.invalid("kind", "请选择建议类型:JUDICIAL(司法建议)或 PROCURATORIAL(检察建议)");
        }
        long orgId;
        if (req.caseId() != null) {
            orgId = cases.get(req.caseId(), user).orgId();
        } else {
            orgId = organ(req.defendant(), user);
        }
        Recommendation r = Recommendation.receive(orgId, UUID.randomUUID(), kind, req.caseId(), req.issuer(), req.docNumber(),
                req.receivedOn(), req.content(),
                Recommendation.replyPeriod(kind, req.statedReplyDays(), Boolean.TRUE.equals(req.urgent()), judicialReplyDays), today(), cal());
        cases.insert(r, user.userId(), now());
        audit.record("CREATE", "litigation_recommendation", r.id().toString(), null, r.snapshot());
        return cases.recommendation(r.id(), user);
    }

    @Transactional
    public Recommendation replyRecommendation(UUID id, LocalDate on, String text, FazhiPrincipal user) {
        Access.require(user, DisputesPermission.LITIGATION_HANDLE);
        Recommendation r = cases.recommendation(id, user);
        Map<String, Object> before = r.snapshot();
        r.answer(on, text, today());
        cases.update(r, now());
        audit.record("TRANSITION:REPLY", "litigation_recommendation", r.id().toString(), before, r.snapshot());
        return cases.recommendation(id, user);
    }

    @Transactional(readOnly = true)
    public Recommendation recommendation(UUID id, FazhiPrincipal user) {
        requireRead(user);
        return cases.recommendation(id, user);
    }

    @Transactional(readOnly = true)
    public List<Recommendation> recommendations(FazhiPrincipal user, UUID caseId, Boolean open, int page, int size) {
        requireRead(user);
        return cases.recommendations(user, caseId, open, Math.max(page, 0), Math.max(1, Math.min(size, 200)));
    }

    public String orgName(long orgId) {
        return cases.orgName(orgId);
    }

    // ---- documents ---------------------------------------------------------------------------------------------

    /** 行政机关负责人出庭应诉情况登记表 of a case, as .docx in the GB/T 9704 layout. */
    @Transactional(readOnly = true)
    public byte[] appearanceRecord(UUID id, FazhiPrincipal user) {
        LitigationCase c = get(id, user);
        String organ = cases.orgName(c.orgId());
        OfficialDocument doc = OfficialDocument.builder()
                .title("行政机关负责人出庭应诉情况登记表")
                .paragraph("案号:" + c.caseNumber() + ";受诉法院:" + c.courtName() + ";原告:" + c.plaintiff() + ";被告:" + organ + "。")
                .paragraph("被诉行政行为:" + c.cause() + "。收到起诉状副本日期:" + OfficialDocument.chineseDate(c.complaintReceivedOn())
                        + ";答辩期限届满日:" + Optional.ofNullable(c.deadline(LitigationCase.STEP_DEFENCE))
                                .map(d -> OfficialDocument.chineseDate(d.due())).orElse("—")
                        + "(行政诉讼法第六十七条);答辩日期:" + (c.defenceFiledOn() == null ? "尚未答辩" : OfficialDocument.chineseDate(c.defenceFiledOn())) + "。")
                .heading("一、开庭及出庭情况");
        if (c.hearings().isEmpty()) {
            doc.paragraph("尚未开庭。");
        }
        for (Hearing h : c.hearings()) {
            StringBuilder b = new StringBuilder(h.instance().label() + "第" + h.seq() + "次开庭(" + OfficialDocument.chineseDate(h.heldOn()) + "):"
                    + h.appearance().label());
            if (h.appearance() == Appearance.HEAD) {
                b.append(",出庭负责人:").append(h.headName()).append("(").append(h.headPost()).append(")");
            } else {
                b.append(h.staffNames() == null ? ",无人出庭" : ",出庭工作人员:" + h.staffNames());
                b.append(";未出庭理由:").append(h.excuse() == null ? "—" : h.excuse().label());
                if (h.excuseNote() != null) {
                    b.append("(").append(h.excuseNote()).append(")");
                }
                b.append(h.proofAttachmentId() == null ? ";未提交证明材料" : ";已提交证明材料");
            }
            doc.paragraph(b.append("。").toString());
        }
        doc.heading("二、裁判情况");
        doc.paragraph(c.outcomeType() == null ? "尚未作出裁判。" : c.outcomeInstance().label() + c.outcomeType().label() + "(" + OfficialDocument.chineseDate(c.outcomeOn())
                + "作出," + OfficialDocument.chineseDate(c.servedOn()) + "送达)" + (Boolean.TRUE.equals(c.lost()) ? ",本机关败诉。" : "。")
                + (c.effectiveOn() == null ? "" : "裁判于" + OfficialDocument.chineseDate(c.effectiveOn()) + "生效。"));
        doc.paragraph("依据:行政诉讼法第三条第三款;最高人民法院关于行政机关负责人出庭应诉若干问题的规定。");
        return doc.signature(organ).date(today()).toBytes();
    }
}
