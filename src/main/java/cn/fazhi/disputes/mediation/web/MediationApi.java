package cn.fazhi.disputes.mediation.web;

import cn.fazhi.disputes.support.DeadlineView;
import cn.fazhi.disputes.mediation.MediationCase;
import cn.fazhi.disputes.mediation.MediationService;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrative mediation (行政调解) over HTTP. Rules live in {@link MediationService} and {@link MediationCase}. */
@RestController
@Tag(name = "行政调解", description = "与行政管理相关的民事纠纷的调解:申请、受理(双方自愿)、调解会、延期、调解成功/不成/终止")
class MediationApi {

    private final MediationService service;
    private final Clock clock;

    MediationApi(MediationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    record CaseDto(UUID id, long orgId, String orgName, String applicant, String otherParty, String disputeType,
            String disputeTypeLabel, String summary, LocalDate receivedOn, String state, String stateLabel,
            LocalDate acceptedOn, String declinedReason, boolean extended, String extensionReason, LocalDate closedOn,
            String agreementText, String closingNote, boolean closedInTime, List<MediationCase.Session> sessions,
            List<DeadlineView> deadlines) {
    }

    CaseDto dto(MediationCase m) {
        LocalDate today = LocalDate.now(clock);
        return new CaseDto(m.id(), m.orgId(), service.orgName(m.orgId()), m.applicant(), m.otherParty(), m.disputeType().name(),
                m.disputeType().label(), m.summary(), m.receivedOn(), m.state().name(), m.state().label(), m.acceptedOn(),
                m.declinedReason(), m.extended(), m.extensionReason(), m.closedOn(), m.agreementText(), m.closingNote(),
                m.closedInTime(), m.sessions(), m.deadlines().stream().map(d -> DeadlineView.of(d, today)).toList());
    }

    record RowDto(UUID id, long orgId, String orgName, String applicant, String otherParty, String disputeType,
            LocalDate receivedOn, String state, String stateLabel, LocalDate closedOn, LocalDate nextDue) {
    }

    record PageDto(List<RowDto> items, int page, int size, long total) {
    }

    record DeclineRequest(LocalDate declinedOn, String reason) {
    }

    record SessionRequest(LocalDate heldOn, String mediator, String summary) {
    }

    record ExtendRequest(String reason) {
    }

    @PostMapping("/api/mediation/cases")
    @Operation(summary = "收到调解申请", description = "请求体 {\"organ\":调解机关编号或全称(默认本单位),\"applicant\",\"otherParty\",\"disputeType\",\"summary\",\"receivedOn\"}")
    ResponseEntity<CaseDto> create(@RequestBody MediationService.NewCase req) {
        return ResponseEntity.status(HttpStatus.CREATED).body(dto(service.receive(req, CurrentUser.get())));
    }

    @GetMapping("/api/mediation/cases")
    @Operation(summary = "调解案件列表", description = "数据权限内;过滤 state、orgId、q;分页 page、size")
    PageDto list(@RequestParam(required = false) String state, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        FazhiPrincipal me = CurrentUser.get();
        List<RowDto> rows = service.list(me, state, orgId, q, page, size).stream().map(r -> new RowDto(r.id(), r.orgId(),
                r.orgName(), r.applicant(), r.otherParty(), r.disputeType().name(), r.receivedOn(), r.state().name(),
                r.state().label(), r.closedOn(), r.nextDue())).toList();
        return new PageDto(rows, page, size, service.count(me, state, orgId, q));
    }

    @GetMapping("/api/mediation/cases/{id}")
    @Operation(summary = "调解案件详情", description = "含 deadlines {step,due,unit,amount,basis,provisional}")
    CaseDto get(@PathVariable UUID id) {
        return dto(service.get(id, CurrentUser.get()));
    }

    @PostMapping("/api/mediation/cases/{id}/accept")
    @Operation(summary = "受理", description = "请求体 {\"acceptedOn\",\"applicantConsents\":true,\"otherPartyConsents\":true};须双方同意")
    CaseDto accept(@PathVariable UUID id, @RequestBody MediationService.AcceptRequest req) {
        return dto(service.accept(id, req, CurrentUser.get()));
    }

    @PostMapping("/api/mediation/cases/{id}/decline")
    @Operation(summary = "不予受理", description = "请求体 {\"declinedOn\",\"reason\"}")
    CaseDto decline(@PathVariable UUID id, @RequestBody DeclineRequest req) {
        return dto(service.decline(id, req == null ? null : req.declinedOn(), req == null ? null : req.reason(), CurrentUser.get()));
    }

    @PostMapping("/api/mediation/cases/{id}/sessions")
    @Operation(summary = "登记调解会", description = "请求体 {\"heldOn\",\"mediator\",\"summary\"}")
    CaseDto session(@PathVariable UUID id, @RequestBody SessionRequest req) {
        return dto(service.addSession(id, req == null ? null : req.heldOn(), req == null ? null : req.mediator(),
                req == null ? null : req.summary(), CurrentUser.get()));
    }

    @PostMapping("/api/mediation/cases/{id}/extend")
    @Operation(summary = "延长调解期限(一次)", description = "请求体 {\"reason\"}")
    CaseDto extend(@PathVariable UUID id, @RequestBody ExtendRequest req) {
        return dto(service.extend(id, req == null ? null : req.reason(), CurrentUser.get()));
    }

    @PostMapping("/api/mediation/cases/{id}/outcome")
    @Operation(summary = "登记调解结果(办结)", description = "请求体 {\"outcome\":\"SUCCEEDED|FAILED|TERMINATED\",\"closedOn\",\"agreement\",\"note\"}")
    CaseDto outcome(@PathVariable UUID id, @RequestBody MediationService.OutcomeRequest req) {
        return dto(service.conclude(id, req, CurrentUser.get()));
    }
}
