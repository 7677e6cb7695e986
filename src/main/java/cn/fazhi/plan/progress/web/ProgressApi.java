package cn.fazhi.plan.progress.web;

import cn.fazhi.plan.PlanPermission;
import cn.fazhi.plan.progress.ProgressReports;
import cn.fazhi.plan.progress.ProgressService;
import cn.fazhi.plan.progress.ReportStatus;
import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

/** Progress reports (进展报告) and their review over HTTP. Rules live in {@link ProgressService}. */
@RestController
@Tag(name = "任务进展", description = "牵头单位填报与报送进展报告、责任单位补充材料、法治督察部门审核(通过/退回补充)、进展台账导出")
class ProgressApi {

    private final ProgressService service;

    ProgressApi(ProgressService service) {
        this.service = service;
    }

    record ContributionRequest(String text) {
    }

    record ReturnRequest(String reason) {
    }

    @GetMapping("/api/tasks/{taskId}/reports")
    @Operation(summary = "任务的进展报告", description = "按报告期倒序列出任务的各期报告;任务不在本人数据范围内时 404")
    List<ReportDto> reportsOfTask(@PathVariable UUID taskId) {
        return service.reportsOfTask(taskId, CurrentUser.get()).stream().map(ReportDto::of).toList();
    }

    @PostMapping("/api/tasks/{taskId}/reports")
    @Operation(summary = "起草或修改某报告期的进展报告",
            description = "请求体 {\"periodCode\":\"2026Q3\",\"taskStatus\":\"IN_PROGRESS\",\"completion\":false,\"narrative\":\"…\","
                    + "\"figures\":[{\"label\":\"…\",\"value\":\"…\",\"unit\":\"…\"}]}。只有牵头单位(plan:report)可以填报;"
                    + "该期已有草稿或退回补充的报告时修改它(新建 201,修改 200)。完成报告须选“已完成”(COMPLETED)。")
    ResponseEntity<ReportDto> saveDraft(@PathVariable UUID taskId, @RequestBody ProgressService.DraftRequest req) {
        ProgressService.Saved saved = service.save(taskId, req, CurrentUser.get());
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(ReportDto.of(saved.report()));
    }

    @GetMapping("/api/reports/{id}")
    @Operation(summary = "进展报告详情", description = "报告不在本人数据范围内时 404(其他单位的报告不可见)")
    ReportDto get(@PathVariable UUID id) {
        return ReportDto.of(service.get(id, CurrentUser.get()));
    }

    @PostMapping("/api/reports/{id}/submit")
    @Operation(summary = "报送(或退回后重新报送)", description = "只有牵头单位可以报送;须已填写进展情况")
    ReportDto submit(@PathVariable UUID id) {
        return ReportDto.of(service.submit(id, CurrentUser.get()));
    }

    @PostMapping("/api/reports/{id}/contributions")
    @Operation(summary = "责任单位补充本单位材料", description = "请求体 {\"text\":\"…\"};报告为草稿或退回补充时,任务的责任单位或共同牵头单位可以补充")
    ReportDto contribute(@PathVariable UUID id, @RequestBody ContributionRequest req) {
        return ReportDto.of(service.contribute(id, req == null ? null : req.text(), CurrentUser.get()));
    }

    @PostMapping("/api/reports/{id}/accept")
    @Operation(summary = "审核通过", description = "需要 plan:review 且数据范围覆盖方案督办单位;完成报告通过后任务计为已完成")
    ReportDto accept(@PathVariable UUID id) {
        return ReportDto.of(service.accept(id, CurrentUser.get()));
    }

    @PostMapping("/api/reports/{id}/return")
    @Operation(summary = "退回补充", description = "请求体 {\"reason\":\"…\"},理由必填")
    ReportDto returnReport(@PathVariable UUID id, @RequestBody(required = false) ReturnRequest req) {
        return ReportDto.of(service.returnForSupplement(id, req == null ? null : req.reason(), CurrentUser.get()));
    }

    @PostMapping(path = "/api/reports/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传证明材料", description = "multipart 字段 file;报告为草稿或退回补充时可上传")
    ResponseEntity<AttachmentRef> evidence(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(service.addEvidence(id, file.getOriginalFilename(),
                    file.getContentType(), in, CurrentUser.get()));
        }
    }

    @GetMapping("/api/reports")
    @Operation(summary = "进展报告列表 / 审核队列",
            description = "status=SUBMITTED 且持有 plan:review 时为审核队列(督办单位在本人数据范围内的方案);其他情况列出本人数据范围内的报告")
    List<ProgressReports.ReportRow> list(@RequestParam(required = false) String status) {
        FazhiPrincipal me = CurrentUser.get();
        ReportStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = ReportStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("status", "状态“" + status + "”无效,可选值: DRAFT、SUBMITTED、ACCEPTED、RETURNED");
            }
        }
        return service.list(s, s == ReportStatus.SUBMITTED && me.can(PlanPermission.REVIEW), me);
    }

    @GetMapping("/api/plans/{planId}/ledger.xlsx")
    @Operation(summary = "进展台账(Excel)", description = "序号/工作任务/牵头单位/完成时限/报告期/进展状态/进展情况/审核结果;period 缺省为最近一个已结束的报告期")
    ResponseEntity<byte[]> ledger(@PathVariable UUID planId, @RequestParam(required = false) String period) {
        ProgressService.LedgerFile f = service.ledger(planId, period, CurrentUser.get());
        return xlsx(f.filename(), f.bytes());
    }

    static ResponseEntity<byte[]> xlsx(String filename, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(filename))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(bytes);
    }

    static String disposition(String filename) {
        StringBuilder ascii = new StringBuilder();
        for (char c : filename.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? c : '_');
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
