package cn.fazhi.plan.supervision.web;

import cn.fazhi.plan.PlanPermission;
import cn.fazhi.plan.supervision.AlertKind;
import cn.fazhi.plan.supervision.SupervisionAlerts;
import cn.fazhi.plan.supervision.SupervisionNotice;
import cn.fazhi.plan.supervision.SupervisionScan;
import cn.fazhi.plan.supervision.SupervisionService;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/** Supervision (督办) over HTTP: alerts, notices, the ledger and the scan. Rules live in the services. */
@RestController
@Tag(name = "督办", description = "督办预警、催办/督办/约谈/通报通知(文号、回复期限、公文 .docx)、回复与办结、督办台账、督办扫描")
class SupervisionApi {

    private final SupervisionService service;
    private final SupervisionAlerts alerts;
    private final SupervisionScan scan;
    private final java.time.Clock clock;

    SupervisionApi(SupervisionService service, SupervisionAlerts alerts, SupervisionScan scan, java.time.Clock clock) {
        this.clock = clock;
        this.service = service;
        this.alerts = alerts;
        this.scan = scan;
    }

    record NoticeDto(UUID id, String number, String level, String levelLabel, UUID planId, UUID taskId, long targetOrgId,
            long issuerOrgId, String reason, LocalDate issuedOn, LocalDate replyDue, String replyDueBasis,
            boolean replyDueProvisional, String status, String statusLabel, String replyText, OffsetDateTime repliedAt,
            OffsetDateTime closedAt, String closeRemark, String documentUrl, boolean replyOverdue) {
        static NoticeDto of(SupervisionNotice n, LocalDate today) {
            return new NoticeDto(n.id(), n.number(), n.level().name(), n.level().label(), n.planId(), n.taskId(),
                    n.targetOrgId(), n.issuerOrgId(), n.reason(), n.issuedOn(), n.replyDue(), n.replyDueBasis(),
                    n.replyDueProvisional(), n.status().name(), n.status().label(), n.replyText(), n.repliedAt(),
                    n.closedAt(), n.closeRemark(), "/api/supervision/notices/" + n.id() + "/document.docx",
                    n.replyOverdue(today));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    record AlertDto(UUID id, String kind, String kindLabel, String severity, UUID taskId, String taskTitle,
            String subjectKey, long targetOrgId, String targetOrgName, LocalDate dueOn, OffsetDateTime raisedAt,
            OffsetDateTime resolvedAt) {
        static AlertDto of(SupervisionAlerts.Alert a) {
            return new AlertDto(a.id(), a.kind().name(), a.kindLabel(), a.kind().severity().name(), a.taskId(),
                    a.taskTitle(), a.subjectKey(), a.targetOrgId(), a.targetOrgName(), a.dueOn(), a.raisedAt(),
                    a.resolvedAt());
        }
    }

    record ReplyRequest(String text) {
    }

    record CloseRequest(String remark) {
    }

    @GetMapping("/api/supervision/alerts")
    @Operation(summary = "督办预警", description = "本人数据范围内的预警(被督办单位或方案单位在范围内);kind 过滤类型,open=false 含已解除")
    List<AlertDto> alerts(@RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "true") boolean open) {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, PlanPermission.READ);
        AlertKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = AlertKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("kind", "预警类型“" + kind + "”无效");
            }
        }
        return alerts.visible(me, k, open, 1000).stream().map(AlertDto::of).toList();
    }

    @PostMapping("/api/supervision/scan")
    @Operation(summary = "立即运行督办扫描", description = "需要 plan:supervise;与每日定时扫描共用集群锁(ShedLock),同一时间只有一个节点运行")
    SupervisionScan.ScanResult scan() {
        Access.require(CurrentUser.get(), PlanPermission.SUPERVISE);
        return scan.scanNow();
    }

    @PostMapping("/api/supervision/notices")
    @Operation(summary = "发出督办通知", description = "请求体 {\"taskId\",\"level\":\"URGE|SUPERVISE|INTERVIEW|CIRCULATE\",\"reason\"};"
            + "逐级升级(催办 → 督办 → 约谈/通报);文号按级别、年度顺序编号;回复期限按法定日历计算;生成 .docx 通知")
    ResponseEntity<NoticeDto> issue(@RequestBody SupervisionService.IssueRequest req) {
        return ResponseEntity.status(HttpStatus.CREATED).body(NoticeDto.of(service.issue(req, CurrentUser.get()), today()));
    }

    @GetMapping("/api/supervision/notices")
    @Operation(summary = "督办台账(列表)", description = "过滤:level、status(ISSUED/REPLIED/CLOSED)、targetOrgId、overdue=true 仅逾期回复")
    List<NoticeDto> list(@RequestParam(required = false) String level, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long targetOrgId, @RequestParam(defaultValue = "false") boolean overdue) {
        return service.ledger(new SupervisionService.LedgerFilter(level, status, targetOrgId, overdue), CurrentUser.get())
                .stream().map(r -> NoticeDto.of(r.notice(), today())).toList();
    }

    @GetMapping("/api/supervision/ledger.xlsx")
    @Operation(summary = "督办台账(Excel)", description = "过滤条件同列表")
    ResponseEntity<byte[]> ledger(@RequestParam(required = false) String level, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long targetOrgId, @RequestParam(defaultValue = "false") boolean overdue) {
        byte[] bytes = service.ledgerXlsx(new SupervisionService.LedgerFilter(level, status, targetOrgId, overdue), CurrentUser.get());
        return file("督办台账.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }

    @GetMapping("/api/supervision/notices/{id}")
    @Operation(summary = "督办通知详情")
    NoticeDto get(@PathVariable UUID id) {
        return NoticeDto.of(service.get(id, CurrentUser.get()), today());
    }

    @GetMapping("/api/supervision/notices/{id}/document.docx")
    @Operation(summary = "下载通知文书(.docx,GB/T 9704 版式)")
    ResponseEntity<byte[]> document(@PathVariable UUID id) {
        FazhiPrincipal me = CurrentUser.get();
        SupervisionNotice n = service.get(id, me);
        return file(n.number() + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                service.documentBytes(id, me));
    }

    @PostMapping(path = "/api/supervision/notices/{id}/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "被督办单位回复", description = "请求体 {\"text\":\"…\"};附件请用 multipart(字段 text、files)")
    NoticeDto reply(@PathVariable UUID id, @RequestBody ReplyRequest req) {
        return NoticeDto.of(service.reply(id, req == null ? null : req.text(), List.of(), CurrentUser.get()), today());
    }

    @PostMapping(path = "/api/supervision/notices/{id}/reply", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "被督办单位回复(含附件)", description = "multipart:text 回复内容,files 附件(可多个)")
    NoticeDto replyWithFiles(@PathVariable UUID id, @RequestParam(required = false) String text,
            @RequestParam(required = false) List<MultipartFile> files) throws IOException {
        return NoticeDto.of(service.reply(id, text, uploads(files), CurrentUser.get()), today());
    }

    @PostMapping("/api/supervision/notices/{id}/close")
    @Operation(summary = "办结", description = "请求体 {\"remark\":\"…\"}(可选);须被督办单位已回复")
    NoticeDto close(@PathVariable UUID id, @RequestBody(required = false) CloseRequest req) {
        return NoticeDto.of(service.close(id, req == null ? null : req.remark(), CurrentUser.get()), today());
    }

    static List<SupervisionService.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<SupervisionService.Upload> list = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f != null && !f.isEmpty()) {
                    list.add(new SupervisionService.Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
                }
            }
        }
        return list;
    }

    static ResponseEntity<byte[]> file(String filename, String type, byte[] bytes) {
        StringBuilder ascii = new StringBuilder();
        for (char c : filename.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? c : '_');
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(bytes);
    }
}
