package cn.fazhi.disputes.petition.web;

import cn.fazhi.disputes.support.DeadlineView;
import cn.fazhi.disputes.petition.Petition;
import cn.fazhi.disputes.petition.PetitionService;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Petitions (信访) over HTTP. Rules live in {@link PetitionService} and {@link Petition}. */
@RestController
@Tag(name = "信访", description = "信访事项登记、十五日内受理告知、交办、六十日办理(可延长三十日)、书面答复、满意度评价、复查、复核、办结(信访工作条例2022)")
class PetitionApi {

    private final PetitionService service;
    private final Clock clock;

    PetitionApi(PetitionService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    record PetitionDto(UUID id, long orgId, String orgName, String channel, String petitioner, String matter,
            String category, LocalDate receivedOn, String state, String stateLabel, Long handlingOrgId,
            String handlingOrgName, LocalDate acceptedOn, String route, String routeReason, Integer extendedDays,
            String extensionReason, LocalDate repliedOn, String replyOutcome, String replyText, boolean repliedOnTime,
            String satisfaction, LocalDate reviewRequestedOn, LocalDate reviewOpinionOn, String reviewText,
            LocalDate rereviewRequestedOn, LocalDate rereviewOpinionOn, String rereviewText, LocalDate closedOn,
            Long forwardedFromOrgId, Long forwardedToOrgId, String forwardedToOrgName, LocalDate forwardedOn,
            String forwardKind, String forwardReason, List<DeadlineView> deadlines) {
    }

    PetitionDto dto(Petition p) {
        LocalDate today = LocalDate.now(clock);
        return new PetitionDto(p.id(), p.orgId(), service.orgName(p.orgId()), p.channel().name(), p.petitioner(), p.matter(),
                p.category().name(), p.receivedOn(), p.state().name(), p.state().label(), p.handlingOrgId(),
                service.orgName(p.handlingOrgId()), p.acceptedOn(), p.route() == null ? null : p.route().name(),
                p.routeReason(), p.extendedDays(), p.extensionReason(), p.repliedOn(),
                p.replyOutcome() == null ? null : p.replyOutcome().name(), p.replyText(), p.repliedOnTime(),
                p.satisfaction() == null ? null : p.satisfaction().name(), p.reviewRequestedOn(), p.reviewOpinionOn(),
                p.reviewText(), p.rereviewRequestedOn(), p.rereviewOpinionOn(), p.rereviewText(), p.closedOn(),
                p.forwardedFromOrgId(), p.forwardedToOrgId(), service.orgName(p.forwardedToOrgId()), p.forwardedOn(),
                p.forwardKind() == null ? null : p.forwardKind().name(), p.forwardReason(),
                p.deadlines().stream().map(d -> DeadlineView.of(d, today)).toList());
    }

    record RowDto(UUID id, long orgId, String orgName, String handlingOrgName, String channel, String petitioner,
            String matter, LocalDate receivedOn, String state, String stateLabel, LocalDate nextDue) {
    }

    record PageDto(List<RowDto> items, int page, int size, long total) {
    }

    record AssignRequest(String handlingOrg) {
    }

    record EvaluateRequest(String satisfaction) {
    }

    record DateRequest(LocalDate on) {
    }

    @PostMapping("/api/petitions")
    @Operation(summary = "登记信访事项", description = "请求体 {\"organ\",\"channel\":\"ONLINE|LETTER|PHONE|FAX|VISIT\",\"petitioner\",\"matter\",\"category\":\"SUGGESTION|ACCUSATION|CLAIM\",\"receivedOn\"};"
            + "返回事项及 ACCEPTANCE 期限(十五日,信访工作条例第二十二条、第二十三条)")
    ResponseEntity<PetitionDto> create(@RequestBody PetitionService.NewPetition req) {
        return ResponseEntity.status(HttpStatus.CREATED).body(dto(service.receive(req, CurrentUser.get())));
    }

    @GetMapping("/api/petitions")
    @Operation(summary = "信访事项列表", description = "数据权限内(登记机关或责任单位);过滤 state、orgId、q;分页")
    PageDto list(@RequestParam(required = false) String state, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        FazhiPrincipal me = CurrentUser.get();
        List<RowDto> rows = service.list(me, state, orgId, q, page, size).stream().map(r -> new RowDto(r.id(), r.orgId(),
                r.orgName(), r.handlingOrgName(), r.channel().name(), r.petitioner(), r.matter(), r.receivedOn(),
                r.state().name(), r.state().label(), r.nextDue())).toList();
        return new PageDto(rows, page, size, service.count(me, state, orgId, q));
    }

    @GetMapping("/api/petitions/{id}")
    @Operation(summary = "信访事项详情", description = "含 deadlines {step,due,unit,amount,basis,provisional}")
    PetitionDto get(@PathVariable UUID id) {
        return dto(service.get(id, CurrentUser.get()));
    }

    @PostMapping("/api/petitions/{id}/accept")
    @Operation(summary = "受理并交办责任单位", description = "请求体 {\"acceptedOn\",\"handlingOrg\":单位编号或全称};办理期限六十日(第三十四条)")
    PetitionDto accept(@PathVariable UUID id, @RequestBody PetitionService.AcceptRequest req) {
        return dto(service.accept(id, req, CurrentUser.get()));
    }

    @PostMapping("/api/petitions/{id}/route")
    @Operation(summary = "不予受理并告知其他途径", description = "请求体 {\"routedOn\",\"route\",\"reason\"}(第三十一条)")
    PetitionDto route(@PathVariable UUID id, @RequestBody PetitionService.RouteRequest req) {
        return dto(service.route(id, req, CurrentUser.get()));
    }

    @PostMapping("/api/petitions/{id}/forward")
    @Operation(summary = "转送/交办有权处理的机关", description = "请求体 {\"forwardedOn\",\"toOrg\":单位编号或全称,\"kind\":\"TRANSFER(转送)|ASSIGN(交办)\","
            + "\"reason\"};仅在决定是否受理之前(状态 RECEIVED),由当前持有事项的机关办理。登记机关的十五日期限(ACCEPTANCE)于转送之日完成;"
            + "接收机关自收到之日(即转送之日)起十五日内决定是否受理并书面告知(FORWARDED_ACCEPTANCE,信访工作条例第二十二条、第二十三条第三款),"
            + "受理后六十日办理期限重新起算(第三十四条)。状态不允许时返回 409 及中文说明;转送后只有接收机关能受理、不予受理或再转送。")
    PetitionDto forward(@PathVariable UUID id, @RequestBody PetitionService.ForwardRequest req) {
        return dto(service.forward(id, req, CurrentUser.get()));
    }

    @PostMapping("/api/petitions/{id}/assign")
    @Operation(summary = "改交办责任单位", description = "请求体 {\"handlingOrg\"}")
    PetitionDto assign(@PathVariable UUID id, @RequestBody AssignRequest req) {
        return dto(service.assign(id, req == null ? null : req.handlingOrg(), CurrentUser.get()));
    }

    @PostMapping("/api/petitions/{id}/extend")
    @Operation(summary = "延长办理期限", description = "请求体 {\"days\"(≤30),\"reason\",\"headApproved\":true}(第三十四条,一次)")
    PetitionDto extend(@PathVariable UUID id, @RequestBody PetitionService.ExtendRequest req) {
        return dto(service.extend(id, req, CurrentUser.get()));
    }

    @PostMapping("/api/petitions/{id}/reply")
    @Operation(summary = "书面答复(处理意见)", description = "请求体 {\"repliedOn\",\"outcome\":\"SUPPORTED|EXPLAINED|NOT_SUPPORTED\",\"text\"}(第三十二条)")
    PetitionDto reply(@PathVariable UUID id, @RequestBody PetitionService.ReplyRequest req) {
        return dto(service.reply(id, req, CurrentUser.get()));
    }

    @PostMapping("/api/petitions/{id}/evaluation")
    @Operation(summary = "满意度评价", description = "请求体 {\"satisfaction\":\"SATISFIED|BASICALLY_SATISFIED|DISSATISFIED\"}")
    PetitionDto evaluate(@PathVariable UUID id, @RequestBody EvaluateRequest req) {
        return dto(service.evaluate(id, req == null ? null : req.satisfaction(), CurrentUser.get()));
    }

    @PostMapping("/api/petitions/{id}/review-request")
    @Operation(summary = "登记复查请求", description = "请求体 {\"on\"};须在收到书面答复之日起三十日内(第三十五条)")
    PetitionDto reviewRequest(@PathVariable UUID id, @RequestBody DateRequest req) {
        return dto(service.requestReview(id, req == null ? null : req.on(), CurrentUser.get()));
    }

    @PostMapping("/api/petitions/{id}/review-opinion")
    @Operation(summary = "复查意见", description = "请求体 {\"on\",\"text\"}(三十日内,第三十五条)")
    PetitionDto reviewOpinion(@PathVariable UUID id, @RequestBody PetitionService.DatedText req) {
        return dto(service.reviewOpinion(id, req, CurrentUser.get()));
    }

    @PostMapping("/api/petitions/{id}/rereview-request")
    @Operation(summary = "登记复核请求", description = "请求体 {\"on\"};须在收到复查意见之日起三十日内(第三十六条)")
    PetitionDto rereviewRequest(@PathVariable UUID id, @RequestBody DateRequest req) {
        return dto(service.requestRereview(id, req == null ? null : req.on(), CurrentUser.get()));
    }

    @PostMapping("/api/petitions/{id}/rereview-opinion")
    @Operation(summary = "复核意见(终结)", description = "请求体 {\"on\",\"text\"}(三十日内,第三十六条);之后办结")
    PetitionDto rereviewOpinion(@PathVariable UUID id, @RequestBody PetitionService.DatedText req) {
        return dto(service.rereviewOpinion(id, req, CurrentUser.get()));
    }

    @PostMapping("/api/petitions/{id}/close")
    @Operation(summary = "办结", description = "请求体 {\"on\"};信访人满意,或请求复查/复核期限届满")
    PetitionDto close(@PathVariable UUID id, @RequestBody DateRequest req) {
        return dto(service.close(id, req == null ? null : req.on(), CurrentUser.get()));
    }

    @GetMapping("/api/petitions/{id}/reply-letter.docx")
    @Operation(summary = "下载信访事项处理意见书(.docx)")
    ResponseEntity<byte[]> letter(@PathVariable UUID id) {
        byte[] bytes = service.replyLetter(id, CurrentUser.get());
        String name = "信访事项处理意见书.docx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reply.docx\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(bytes);
    }
}
