package cn.fazhi.disputes.petition;

import cn.fazhi.disputes.DisputesPermission;
import cn.fazhi.disputes.petition.PetitionEnums.Category;
import cn.fazhi.disputes.petition.PetitionEnums.Channel;
import cn.fazhi.disputes.petition.PetitionEnums.ReplyOutcome;
import cn.fazhi.disputes.petition.PetitionEnums.Route;
import cn.fazhi.disputes.petition.PetitionEnums.Satisfaction;
import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.documents.OfficialDocument;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgNameResolver;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Petitions (信访): intake, acceptance and assignment, extension, written reply, evaluation, review and re-review,
 * closure. Changes need petition:handle; reading petition:handle or disputes:read; scope covers the registering organ
 * or the responsible unit.
 */
@Service
public class PetitionService {

    private final Petitions petitions;
    private final StatutoryCalendar calendar;
    private final AuditLog audit;
    private final OrgUnits orgUnits;
    private final OrgNameResolver names;
    private final Clock clock;

    PetitionService(Petitions petitions, StatutoryCalendar calendar, AuditLog audit, OrgUnits orgUnits,
            OrgNameResolver names, Clock clock) {
        this.petitions = petitions;
        this.calendar = calendar;
        this.audit = audit;
        this.orgUnits = orgUnits;
        this.names = names;
        this.clock = clock;
    }

    public record NewPetition(String organ, String channel, String petitioner, String matter, String category,
            LocalDate receivedOn) {
    }

    public record AcceptRequest(LocalDate acceptedOn, String handlingOrg) {
    }

    public record RouteRequest(LocalDate routedOn, String route, String reason) {
    }

    /** 转送/交办: the receiving organ (id or exact name), TRANSFER or ASSIGN (default TRANSFER), the day, the reason. */
    public record ForwardRequest(LocalDate forwardedOn, String toOrg, String kind, String reason) {
    }

    public record ExtendRequest(Integer days, String reason, Boolean headApproved) {
    }

    public record ReplyRequest(LocalDate repliedOn, String outcome, String text) {
    }

    public record DatedText(LocalDate on, String text) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private Petition.Calendar cal() {
        return calendar::due;
    }

    long organ(String field, String organ, FazhiPrincipal user, boolean mustBeInScope) {
        if (organ == null || organ.isBlank()) {
            if (field.equals("handlingOrg")) {
                throw BusinessException.invalid(field, "请选择责任单位");
            }
            return user.orgId();
        }
        String d = organ.strip();
        Long id = d.matches("\\d{1,18}") ? Long.valueOf(d) : names.resolve(d).map(OrgNameResolver.OrgMatch::orgId).orElse(null);
        Optional<OrgUnit> u = id == null ? Optional.empty() : orgUnits.find(id);
        if (u.isEmpty() || (mustBeInScope && !user.scope().coversOrg(u.get().id(), u.get().path()))) {
            throw BusinessException.invalid(field, "单位“" + d + "”不存在或不在您的数据权限范围内");
        }
        return id;
    }

    @Transactional
    public Petition receive(NewPetition req, FazhiPrincipal user) {
        Access.require(user, DisputesPermission.PETITION_HANDLE);
        if (req == null) {
            throw BusinessException.invalid("matter", "请填写信访事项");
        }
        Petition p = Petition.receive(organ("organ", req.organ(), user, true), UUID.randomUUID(),
                parse(Channel.class, "channel", req.channel()), req.petitioner(), req.matter(),
                parse(Category.class, "category", req.category()), req.receivedOn(), today(), cal());
        petitions.insert(p, user.userId(), now());
        audit.record("CREATE", "petition", p.id().toString(), null, p.snapshot());
        return petitions.get(p.id(), user);
    }

    @Transactional(readOnly = true)
    public Petition get(UUID id, FazhiPrincipal user) {
        Access.requireAny(user, DisputesPermission.PETITION_HANDLE, DisputesPermission.DISPUTES_READ);
        return petitions.get(id, user);
    }

    @Transactional(readOnly = true)
    public List<Petitions.Row> list(FazhiPrincipal user, String state, Long orgId, String q, int page, int size) {
        Access.requireAny(user, DisputesPermission.PETITION_HANDLE, DisputesPermission.DISPUTES_READ);
        return petitions.search(user, parse(PetitionState.class, "state", state), orgId, q, Math.max(0, page), Math.max(1, Math.min(size, 200)));
    }

    @Transactional(readOnly = true)
    public long count(FazhiPrincipal user, String state, Long orgId, String q) {
        Access.requireAny(user, DisputesPermission.PETITION_HANDLE, DisputesPermission.DISPUTES_READ);
        return petitions.count(user, parse(PetitionState.class, "state", state), orgId, q);
    }

    private interface Step {
        void apply(Petition p);
    }

    private Petition transition(UUID id, String action, FazhiPrincipal user, Step step) {
        Access.require(user, DisputesPermission.PETITION_HANDLE);
        Petition p = petitions.get(id, user);
        Map<String, Object> before = p.snapshot();
        step.apply(p);
        petitions.update(p, now());
        audit.record("TRANSITION:" + action, "petition", p.id().toString(), before, p.snapshot());
        return petitions.get(id, user);
    }

    @Transactional
    public Petition accept(UUID id, AcceptRequest req, FazhiPrincipal user) {
        return transition(id, "ACCEPT", user, p -> {
            requireDecidingOrgan(p, user, "受理");
            p.accept(req == null ? null : req.acceptedOn(),
                    organ("handlingOrg", req == null ? null : req.handlingOrg(), user, false), today(), cal());
        });
    }

    @Transactional
    public Petition route(UUID id, RouteRequest req, FazhiPrincipal user) {
        return transition(id, "ROUTE", user, p -> {
            requireDecidingOrgan(p, user, "不予受理");
            p.routeElsewhere(req == null ? null : req.routedOn(),
                    parse(Route.class, "route", req == null ? null : req.route()), req == null ? null : req.reason(), today());
        });
    }

    /**
     * 转送/交办 to the organ with the power to handle the matter (信访工作条例 第二十二条、第二十三条): only before the
     * acceptance decision and only by the organ that holds the petition now; the receiving organ then sees it in its
     * list and to-dos and decides within 15 days of receipt (第二十三条第三款).
     */
    @Transactional
    public Petition forward(UUID id, ForwardRequest req, FazhiPrincipal user) {
        if (req == null) {
            throw BusinessException.invalid("toOrg", "请选择接收的机关");
        }
        PetitionEnums.ForwardKind kind = req.kind() == null || req.kind().isBlank() ? PetitionEnums.ForwardKind.TRANSFER
                : parse(PetitionEnums.ForwardKind.class, "kind", req.kind());
        String action = kind == PetitionEnums.ForwardKind.ASSIGN ? "ASSIGN_TO_ORGAN" : "FORWARD";
        return transition(id, action, user, p -> {
            requireDecidingOrgan(p, user, kind.label());
            if (req.toOrg() == null || req.toOrg().isBlank()) {
                throw BusinessException.invalid("toOrg", "请选择接收" + kind.label() + "的机关(有权处理的机关)");
            }
            p.forward(req.forwardedOn(), organ("toOrg", req.toOrg(), user, false), p.decidingOrgId(), kind, req.reason(),
                    today(), cal());
        });
    }

    /** After a forwarding, only the receiving organ decides (信访工作条例 第二十三条第三款). */
    private void requireDecidingOrgan(Petition p, FazhiPrincipal user, String action) {
        long deciding = p.decidingOrgId();
        OrgUnit u = orgUnits.find(deciding).orElseThrow(() -> BusinessException.notFound("单位"));
        if (!user.scope().coversOrg(u.id(), u.path())) {
            if (p.forwardedOn() == null) {
                throw new BusinessException("NOT_DECIDING_ORGAN", "信访事项由登记机关“" + u.name() + "”决定是否受理,本机关不能"
                        + action + "(信访工作条例第二十三条)", 409);
            }
            throw new BusinessException("NOT_DECIDING_ORGAN", "信访事项已于" + p.forwardedOn() + p.forwardKind().label()
                    + "至“" + u.name() + "”,由该机关决定是否受理,本机关不能" + action + "(信访工作条例第二十三条第三款)", 409);
        }
    }

    /** Whether the user's organ may decide on acceptance (or forward) now. */
    public boolean decides(Petition p, FazhiPrincipal user) {
        return p.state() == PetitionState.RECEIVED && user.can(DisputesPermission.PETITION_HANDLE)
                && orgUnits.find(p.decidingOrgId()).map(u -> user.scope().coversOrg(u.id(), u.path())).orElse(false);
    }

    @Transactional
    public Petition assign(UUID id, String handlingOrg, FazhiPrincipal user) {
        return transition(id, "ASSIGN", user, p -> p.assign(organ("handlingOrg", handlingOrg, user, false)));
    }

    @Transactional
    public Petition extend(UUID id, ExtendRequest req, FazhiPrincipal user) {
        if (req == null) {
            throw BusinessException.invalid("days", "请填写延长天数");
        }
        return transition(id, "EXTEND", user, p -> p.extend(req.days() == null ? 0 : req.days(), req.reason(),
                Boolean.TRUE.equals(req.headApproved()), cal()));
    }

    @Transactional
    public Petition reply(UUID id, ReplyRequest req, FazhiPrincipal user) {
        return transition(id, "REPLY", user, p -> p.reply(req == null ? null : req.repliedOn(),
                parse(ReplyOutcome.class, "outcome", req == null ? null : req.outcome()), req == null ? null : req.text(), today(), cal()));
    }

    @Transactional
    public Petition evaluate(UUID id, String satisfaction, FazhiPrincipal user) {
        return transition(id, "EVALUATE", user, p -> p.evaluate(parse(Satisfaction.class, "satisfaction", satisfaction)));
    }

    @Transactional
    public Petition requestReview(UUID id, LocalDate on, FazhiPrincipal user) {
        return transition(id, "REVIEW_REQUEST", user, p -> p.requestReview(on, today(), cal()));
    }

    @Transactional
    public Petition reviewOpinion(UUID id, DatedText req, FazhiPrincipal user) {
        return transition(id, "REVIEW_OPINION", user, p -> p.reviewOpinion(req == null ? null : req.on(),
                req == null ? null : req.text(), today(), cal()));
    }

    @Transactional
    public Petition requestRereview(UUID id, LocalDate on, FazhiPrincipal user) {
        return transition(id, "REREVIEW_REQUEST", user, p -> p.requestRereview(on, today(), cal()));
    }

    @Transactional
    public Petition rereviewOpinion(UUID id, DatedText req, FazhiPrincipal user) {
        return transition(id, "REREVIEW_OPINION", user, p -> p.rereviewOpinion(req == null ? null : req.on(),
                req == null ? null : req.text(), today()));
    }

    @Transactional
    public Petition close(UUID id, LocalDate on, FazhiPrincipal user) {
        return transition(id, "CLOSE", user, p -> p.close(on, today()));
    }

    public String orgName(Long orgId) {
        return petitions.orgName(orgId);
    }

    /** 信访事项处理意见书(答复意见书) as .docx in the GB/T 9704 layout. */
    @Transactional(readOnly = true)
    public byte[] replyLetter(UUID id, FazhiPrincipal user) {
        Petition p = get(id, user);
        if (p.repliedOn() == null) {
            throw new BusinessException("NOT_REPLIED", "信访事项当前状态为“" + p.state().label() + "”,尚未作出书面答复,不能生成答复意见书", 409);
        }
        String organ = orgName(p.handlingOrgId() == null ? p.orgId() : p.handlingOrgId());
        OfficialDocument doc = OfficialDocument.builder()
                .title("信访事项处理意见书")
                .addressee(p.petitioner() + ":")
                .paragraph("你于" + OfficialDocument.chineseDate(p.receivedOn()) + "通过" + p.channel().label() + "反映的信访事项已于"
                        + OfficialDocument.chineseDate(p.acceptedOn()) + "受理。现将处理意见答复如下:")
                .heading("一、信访事项")
                .paragraph(p.matter())
                .heading("二、处理意见")
                .paragraph("处理结论:" + p.replyOutcome().label() + "。")
                .paragraph(p.replyText())
                .heading("三、救济途径")
                .paragraph("如对本处理意见不服,可以自收到本意见书之日起三十日内请求原办理行政机关的上一级行政机关复查(信访工作条例第三十五条)。");
        return doc.signature(organ).date(p.repliedOn()).toBytes();
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
}
