package cn.fazhi.disputes.litigation.web;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.disputes.support.DeadlineView;
import cn.fazhi.disputes.litigation.Hearing;
import cn.fazhi.disputes.litigation.LitigationCase;
import cn.fazhi.disputes.litigation.LitigationCases;
import cn.fazhi.disputes.litigation.LitigationService;
import cn.fazhi.disputes.litigation.Recommendation;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.web.multipart.MultipartFile;

/** Litigation response (行政应诉) over HTTP. Rules live in {@link LitigationService} and {@link LitigationCase}. */
@RestController
@Tag(name = "行政应诉", description = "被诉案件登记、答辩期限(行政诉讼法第六十七条)、开庭与负责人出庭(2020年最高法规定)、裁判、上诉期(第八十五条)、生效与履行;司法建议与检察建议")
class LitigationApi {

    private final LitigationService service;
    private final Clock clock;

    LitigationApi(LitigationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    record HearingDto(int seq, String instance, LocalDate heldOn, String appearance, String appearanceLabel, String headName,
            String headPost, String staffNames, String excuse, String excuseNote, UUID proofAttachmentId) {
        static HearingDto of(Hearing h) {
            return new HearingDto(h.seq(), h.instance().name(), h.heldOn(), h.appearance().name(), h.appearance().label(),
                    h.headName(), h.headPost(), h.staffNames(), h.excuse() == null ? null : h.excuse().name(), h.excuseNote(),
                    h.proofAttachmentId());
        }
    }

    record CaseDto(UUID id, long orgId, String orgName, String caseNumber, String courtName, String plaintiff, String cause,
            LocalDate complaintReceivedOn, String state, String stateLabel, String instance, LocalDate defenceFiledOn,
            boolean defenceLate, String outcomeType, String outcomeLabel, String outcomeInstance, LocalDate outcomeOn,
            LocalDate servedOn, Boolean lost, LocalDate appealedOn, String appealedBy, LocalDate effectiveOn,
            LocalDate performedOn, String performanceNote, LocalDate closedOn, List<HearingDto> hearings,
            List<DeadlineView> deadlines) {
    }

    CaseDto dto(LitigationCase c) {
        LocalDate today = LocalDate.now(clock);
        return new CaseDto(c.id(), c.orgId(), service.orgName(c.orgId()), c.caseNumber(), c.courtName(), c.plaintiff(),
                c.cause(), c.complaintReceivedOn(), c.state().name(), c.state().label(), c.instance().name(), c.defenceFiledOn(),
                c.defenceLate(), c.outcomeType() == null ? null : c.outcomeType().name(),
                c.outcomeType() == null ? null : c.outcomeType().label(),
                c.outcomeInstance() == null ? null : c.outcomeInstance().name(), c.outcomeOn(), c.servedOn(), c.lost(),
                c.appealedOn(), c.appealedBy(), c.effectiveOn(), c.performedOn(), c.performanceNote(), c.closedOn(),
                c.hearings().stream().map(HearingDto::of).toList(),
                c.deadlines().stream().map(d -> DeadlineView.of(d, today)).toList());
    }

    record RowDto(UUID id, long orgId, String orgName, String caseNumber, String courtName, String plaintiff,
            LocalDate complaintReceivedOn, String state, String stateLabel, String instance, String outcomeType,
            Boolean lost, LocalDate nextDue, String colour) {
    }

    record PageDto<T>(List<T> items, int page, int size, long total) {
    }

    record RecommendationDto(UUID id, long orgId, String kind, String kindLabel, UUID caseId, String issuer,
            String docNumber, LocalDate receivedOn, String content, DeadlineView replyDeadline, LocalDate repliedOn,
            String replyText, boolean repliedOnTime) {
        static RecommendationDto of(Recommendation r, LocalDate today) {
            return new RecommendationDto(r.id(), r.orgId(), r.kind().name(), r.kind().label(), r.caseId(), r.issuer(),
                    r.docNumber(), r.receivedOn(), r.content(), DeadlineView.of(r.reply(), today), r.repliedOn(),
                    r.replyText(), r.repliedOnTime());
        }
    }

    record DefenceRequest(LocalDate filedOn) {
    }

    record AppealRequest(LocalDate appealedOn, String appealedBy) {
    }

    record PerformRequest(LocalDate performedOn, String note) {
    }

    record CloseRequest(LocalDate closedOn) {
    }

    record ReplyRequest(LocalDate repliedOn, String text) {
    }

    @PostMapping("/api/litigation/cases")
    @Operation(summary = "登记被诉案件", description = "请求体 {\"defendant\":单位编号或全称(默认本单位),\"caseNumber\",\"courtName\",\"plaintiff\",\"cause\",\"complaintReceivedOn\"};"
            + "返回案件及答辩期限(收到起诉状副本之日起十五日,行政诉讼法第六十七条)")
    ResponseEntity<CaseDto> create(@RequestBody LitigationService.NewCase req) {
        return ResponseEntity.status(HttpStatus.CREATED).body(dto(service.receive(req, CurrentUser.get())));
    }

    @GetMapping("/api/litigation/cases")
    @Operation(summary = "应诉案件列表", description = "数据权限内;过滤 state、orgId、q(案号/原告/案由);分页 page、size")
    PageDto<RowDto> list(@RequestParam(required = false) String state, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        FazhiPrincipal me = CurrentUser.get();
        LocalDate today = LocalDate.now(clock);
        List<RowDto> rows = service.list(me, state, orgId, q, page, size).stream().map(r -> row(r, today)).toList();
        return new PageDto<>(rows, page, size, service.count(me, state, orgId, q));
    }

    static RowDto row(LitigationCases.Row r, LocalDate today) {
        String colour = CaseDeadline.urgency(r.nextDue(), null, today, CaseDeadline.soonLimit(today)).css();
        return new RowDto(r.id(), r.orgId(), r.orgName(), r.caseNumber(), r.courtName(), r.plaintiff(),
                r.complaintReceivedOn(), r.state().name(), r.state().label(), r.instance().name(),
                r.outcomeType() == null ? null : r.outcomeType().name(), r.lost(), r.nextDue(), colour);
    }

    @GetMapping("/api/litigation/cases/{id}")
    @Operation(summary = "案件详情", description = "状态、开庭及出庭情况、裁判、deadlines 列表 {step,due,unit,amount,basis,provisional}")
    CaseDto get(@PathVariable UUID id) {
        return dto(service.get(id, CurrentUser.get()));
    }

    @PostMapping(path = "/api/litigation/cases/{id}/defence", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提交答辩状", description = "请求体 {\"filedOn\"};证据附件请用 multipart(字段 filedOn、files)")
    CaseDto defence(@PathVariable UUID id, @RequestBody DefenceRequest req) {
        return dto(service.fileDefence(id, req == null ? null : req.filedOn(), List.of(), CurrentUser.get()));
    }

    @PostMapping(path = "/api/litigation/cases/{id}/defence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "提交答辩状(含证据)", description = "multipart:filedOn,files(证据、规范性文件依据、答辩状)")
    CaseDto defenceWithFiles(@PathVariable UUID id, @RequestParam(required = false) LocalDate filedOn,
            @RequestParam(required = false) List<MultipartFile> files) throws IOException {
        return dto(service.fileDefence(id, filedOn, uploads(files), CurrentUser.get()));
    }

    @PostMapping(path = "/api/litigation/cases/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传案件材料", description = "multipart:purpose(DEFENCE_EVIDENCE/DEFENCE_STATEMENT/PROOF/OTHER),files;非文档、可执行文件等被拒绝")
    CaseDto files(@PathVariable UUID id, @RequestParam(required = false) String purpose,
            @RequestParam(required = false) List<MultipartFile> files) throws IOException {
        return dto(service.addFiles(id, uploads(files), purpose, CurrentUser.get()));
    }

    @PostMapping("/api/litigation/cases/{id}/hearings")
    @Operation(summary = "登记开庭及出庭人员", description = "请求体 {\"heldOn\",\"appeared\":\"HEAD|STAFF|NONE\",\"headName\",\"headPost\","
            + "\"headRole\":\"PRINCIPAL|DEPUTY|DEPUTY_LEVEL_IN_CHARGE|OTHER_IN_CHARGE|ENTRUSTED_OR_LOWER_HEAD\",\"staffNames\","
            + "\"excuse\":\"FORCE_MAJEURE|ACCIDENT|OFFICIAL_DUTY|OTHER_JUSTIFIED|NONE\",\"excuseNote\",\"proofAttachmentId\"};"
            + "工作人员出庭而无第八条正当理由或无第九条证明材料的,记为“负责人未出庭”")
    CaseDto hearing(@PathVariable UUID id, @RequestBody LitigationService.HearingRequest req) {
        return dto(service.recordHearing(id, req, null, CurrentUser.get()));
    }

    @PostMapping("/api/litigation/cases/{id}/decision")
    @Operation(summary = "登记判决或裁定", description = "请求体 {\"type\",\"decidedOn\",\"servedOn\",\"retrialAppealable\"};可上诉的裁判计算上诉期(判决15日、裁定10日,行政诉讼法第八十五条)")
    CaseDto decide(@PathVariable UUID id, @RequestBody LitigationService.DecisionRequest req) {
        return dto(service.decide(id, req, CurrentUser.get()));
    }

    @PostMapping("/api/litigation/cases/{id}/appeal")
    @Operation(summary = "登记上诉", description = "请求体 {\"appealedOn\",\"appealedBy\":\"ORGAN|PLAINTIFF|BOTH|THIRD_PARTY\"};须在上诉期内")
    CaseDto appeal(@PathVariable UUID id, @RequestBody AppealRequest req) {
        return dto(service.appeal(id, req == null ? null : req.appealedOn(), req == null ? null : req.appealedBy(), CurrentUser.get()));
    }

    @PostMapping("/api/litigation/cases/{id}/effective")
    @Operation(summary = "上诉期届满无人上诉,裁判生效", description = "生效日期为上诉期届满日的次日")
    CaseDto effective(@PathVariable UUID id) {
        return dto(service.becomeEffective(id, CurrentUser.get()));
    }

    @PostMapping("/api/litigation/cases/{id}/perform")
    @Operation(summary = "登记生效裁判的履行(败诉案件)", description = "请求体 {\"performedOn\",\"note\"}")
    CaseDto perform(@PathVariable UUID id, @RequestBody PerformRequest req) {
        return dto(service.perform(id, req == null ? null : req.performedOn(), req == null ? null : req.note(), CurrentUser.get()));
    }

    @PostMapping("/api/litigation/cases/{id}/close")
    @Operation(summary = "结案(未败诉案件)", description = "请求体 {\"closedOn\"}")
    CaseDto close(@PathVariable UUID id, @RequestBody CloseRequest req) {
        return dto(service.close(id, req == null ? null : req.closedOn(), CurrentUser.get()));
    }

    @GetMapping("/api/litigation/cases/{id}/appearance-record.docx")
    @Operation(summary = "下载出庭应诉情况登记表(.docx)")
    ResponseEntity<byte[]> appearanceRecord(@PathVariable UUID id) {
        FazhiPrincipal me = CurrentUser.get();
        LitigationCase c = service.get(id, me);
        return file(c.caseNumber() + "出庭应诉情况登记表.docx", service.appearanceRecord(id, me));
    }

    @PostMapping("/api/litigation/recommendations")
    @Operation(summary = "登记司法建议或检察建议", description = "请求体 {\"kind\":\"JUDICIAL|PROCURATORIAL\",\"caseId\",\"defendant\",\"issuer\",\"docNumber\",\"receivedOn\",\"content\",\"statedReplyDays\",\"urgent\"};"
            + "回复期限:建议书载明的期限;检察建议未载明的两个月(紧急十五日);司法建议未载明的按本机关规则")
    ResponseEntity<RecommendationDto> recommend(@RequestBody LitigationService.NewRecommendation req) {
        return ResponseEntity.status(HttpStatus.CREATED).body(RecommendationDto.of(service.receiveRecommendation(req,
                CurrentUser.get()), LocalDate.now(clock)));
    }

    @GetMapping("/api/litigation/recommendations")
    @Operation(summary = "司法建议与检察建议列表", description = "过滤 caseId、open(true 待回复/false 已回复);分页")
    List<RecommendationDto> recommendations(@RequestParam(required = false) UUID caseId,
            @RequestParam(required = false) Boolean open, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        LocalDate today = LocalDate.now(clock);
        return service.recommendations(CurrentUser.get(), caseId, open, page, size).stream()
                .map(r -> RecommendationDto.of(r, today)).toList();
    }

    @GetMapping("/api/litigation/recommendations/{id}")
    @Operation(summary = "建议详情")
    RecommendationDto recommendation(@PathVariable UUID id) {
        return RecommendationDto.of(service.recommendation(id, CurrentUser.get()), LocalDate.now(clock));
    }

    @PostMapping("/api/litigation/recommendations/{id}/reply")
    @Operation(summary = "回复建议", description = "请求体 {\"repliedOn\",\"text\"}")
    RecommendationDto reply(@PathVariable UUID id, @RequestBody ReplyRequest req) {
        return RecommendationDto.of(service.replyRecommendation(id, req == null ? null : req.repliedOn(),
                req == null ? null : req.text(), CurrentUser.get()), LocalDate.now(clock));
    }

    static List<LitigationService.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<LitigationService.Upload> list = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f != null && !f.isEmpty()) {
                    list.add(new LitigationService.Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
                }
            }
        }
        return list;
    }

    static ResponseEntity<byte[]> file(String filename, byte[] bytes) {
        StringBuilder ascii = new StringBuilder();
        for (char c : filename.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? c : '_');
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(bytes);
    }
}
