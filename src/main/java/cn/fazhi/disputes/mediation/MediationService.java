package cn.fazhi.disputes.mediation;

import cn.fazhi.disputes.DisputesPermission;
import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.calendar.StatutoryCalendar;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrative mediation (行政调解): intake, acceptance with both parties' consent, sessions, extension, outcome.
 * Changes need mediation:handle; reading needs mediation:handle or disputes:read; the data scope decides the organs.
 */
@Service
public class MediationService {

    private final MediationCases cases;
    private final StatutoryCalendar calendar;
    private final AuditLog audit;
    private final OrgUnits orgUnits;
    private final OrgNameResolver names;
    private final Clock clock;
    private final int limitDays;
    private final int extensionDays;

    MediationService(MediationCases cases, StatutoryCalendar calendar, AuditLog audit, OrgUnits orgUnits,
            OrgNameResolver names, Clock clock, @Value("${fazhi.mediation.time-limit-days:30}") int limitDays,
            @Value("${fazhi.mediation.extension-days:30}") int extensionDays) {
        this.cases = cases;
        this.calendar = calendar;
        this.audit = audit;
        this.orgUnits = orgUnits;
        this.names = names;
        this.clock = clock;
        this.limitDays = limitDays;
        this.extensionDays = extensionDays;
    }

    public record NewCase(String organ, String applicant, String otherParty, String disputeType, String summary,
            LocalDate receivedOn) {
    }

    public record AcceptRequest(LocalDate acceptedOn, Boolean applicantConsents, Boolean otherPartyConsents) {
    }

    public record OutcomeRequest(String outcome, LocalDate closedOn, String agreement, String note) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private MediationCase.Calendar cal() {
        return calendar::due;
    }

    /** The configured time limit in days (the organ's rule). */
    public int limitDays() {
        return limitDays;
    }

    /** The organ's extension of the time limit, in natural days ({@code fazhi.mediation.extension-days}). */
    public int extensionDays() {
        return extensionDays;
    }

    long organ(String organ, FazhiPrincipal user) {
        if (organ == null || organ.isBlank()) {
            return user.orgId();
        }
        String d = organ.strip();
        Long id = d.matches("\\d{1,18}") ? Long.valueOf(d) : names.resolve(d).map(OrgNameResolver.OrgMatch::orgId).orElse(null);
        Optional<OrgUnit> u = id == null ? Optional.empty() : orgUnits.find(id);
        if (u.isEmpty() || !user.scope().coversOrg(u.get().id(), u.get().path())) {
            throw BusinessException.invalid("organ", "调解机关“" + d + "”不存在或不在您的数据权限范围内");
        }
        return id;
    }

    @Transactional
    public MediationCase receive(NewCase req, FazhiPrincipal user) {
        Access.require(user, DisputesPermission.MEDIATION_HANDLE);
        if (req == null) {
            throw BusinessException.invalid("applicant", "请填写调解申请");
        }
        MediationCase m = MediationCase.receive(organ(req.organ(), user), UUID.randomUUID(), req.applicant(),
                req.otherParty(), parse(DisputeType.class, "disputeType", req.disputeType()), req.summary(), req.receivedOn(), today());
        cases.insert(m, user.userId(), now());
        audit.record("CREATE", "mediation_case", m.id().toString(), null, m.snapshot());
        return cases.get(m.id(), user);
    }

    @Transactional(readOnly = true)
    public MediationCase get(UUID id, FazhiPrincipal user) {
        Access.requireAny(user, DisputesPermission.MEDIATION_HANDLE, DisputesPermission.DISPUTES_READ);
        return cases.get(id, user);
    }

    @Transactional(readOnly = true)
    public List<MediationCases.Row> list(FazhiPrincipal user, String state, Long orgId, String q, int page, int size) {
        Access.requireAny(user, DisputesPermission.MEDIATION_HANDLE, DisputesPermission.DISPUTES_READ);
        return cases.search(user, parse(MediationState.class, "state", state), orgId, q, Math.max(0, page), Math.max(1, Math.min(size, 200)));
    }

    @Transactional(readOnly = true)
    public long count(FazhiPrincipal user, String state, Long orgId, String q) {
        Access.requireAny(user, DisputesPermission.MEDIATION_HANDLE, DisputesPermission.DISPUTES_READ);
        return cases.count(user, parse(MediationState.class, "state", state), orgId, q);
    }

    private interface Step {
        void apply(MediationCase m);
    }

    private MediationCase transition(UUID id, String action, FazhiPrincipal user, Step step) {
        Access.require(user, DisputesPermission.MEDIATION_HANDLE);
        MediationCase m = cases.get(id, user);
        Map<String, Object> before = m.snapshot();
        step.apply(m);
        cases.update(m, now());
        audit.record("TRANSITION:" + action, "mediation_case", m.id().toString(), before, m.snapshot());
        return cases.get(id, user);
    }

    @Transactional
    public MediationCase accept(UUID id, AcceptRequest req, FazhiPrincipal user) {
        return transition(id, "ACCEPT", user, m -> m.accept(req == null ? null : req.acceptedOn(),
                req != null && Boolean.TRUE.equals(req.applicantConsents()), req != null && Boolean.TRUE.equals(req.otherPartyConsents()), limitDays, today(), cal()));
    }

    @Transactional
    public MediationCase decline(UUID id, LocalDate on, String reason, FazhiPrincipal user) {
        return transition(id, "DECLINE", user, m -> m.decline(on, reason, today()));
    }

    @Transactional
    public MediationCase addSession(UUID id, LocalDate heldOn, String mediator, String summary, FazhiPrincipal user) {
        return transition(id, "SESSION", user, m -> m.addSession(heldOn, mediator, summary, today()));
    }

    @Transactional
    public MediationCase extend(UUID id, String reason, FazhiPrincipal user) {
        return transition(id, "EXTEND", user, m -> m.extend(reason, extensionDays, limitDays, cal()));
    }

    @Transactional
    public MediationCase conclude(UUID id, OutcomeRequest req, FazhiPrincipal user) {
        if (req == null) {
            throw BusinessException.invalid("outcome", "请填写调解结果");
        }
        return transition(id, "CONCLUDE", user, m -> m.conclude(parse(MediationState.class, "outcome", req.outcome()),
                req.closedOn(), req.agreement(), req.note(), today(), cal()));
    }

    public String orgName(long orgId) {
        return cases.orgName(orgId);
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
