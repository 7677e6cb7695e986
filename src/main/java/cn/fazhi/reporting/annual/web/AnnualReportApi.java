package cn.fazhi.reporting.annual.web;

import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.reporting.annual.AnnualReport;
import cn.fazhi.reporting.annual.AnnualReportService;
import cn.fazhi.reporting.annual.AnnualReports;
import cn.fazhi.reporting.annual.Rendered;
import cn.fazhi.reporting.annual.ReportOutput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The annual report over HTTP; rules live in {@link AnnualReportService} and {@link AnnualReport}. */
@RestController
@Tag(name = "法治政府建设年度报告", description = "按模板起草(数据句由指标生成)、编辑正文、审核、领导审定、发布(冻结)、更正;.docx 与 PDF 输出")
class AnnualReportApi {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final AnnualReportService service;
    private final ReportOutput output;

    AnnualReportApi(AnnualReportService service, ReportOutput output) {
        this.service = service;
        this.output = output;
    }

    record CreateRequest(Long orgId, Integer year) {
    }

    record SectionRequest(String narrative) {
    }

    record CommentRequest(String comment) {
    }

    record CorrectionRequest(String note) {
    }

    record DropRequest(boolean dropped) {
    }

    record HeaderRequest(String title, String signature) {
    }

    record VersionDto(UUID id, int versionNo, String status, String statusLabel, String correctionNote,
            OffsetDateTime publishedAt, String frozenHash) {
    }

    record ReportDto(UUID id, long orgId, int year, int versionNo, UUID previousId, String correctionNote,
            String status, String statusLabel, String frozenHash, Boolean hashVerified, OffsetDateTime publishedAt,
            Rendered.Report content, List<Rendered.Figure> missing, List<AnnualReports.Comment> comments,
            List<VersionDto> versions) {
    }

    static ReportDto dto(AnnualReportService.ReportView v) {
        AnnualReport r = v.report();
        return new ReportDto(r.id(), r.orgId(), r.year(), r.versionNo(), r.previousId(), r.correctionNote(),
                r.status().name(), r.status().label(), r.frozenHash(), r.frozenHash() == null ? null : v.hashVerified(),
                r.publishedAt(), v.rendered(), v.missing(), v.comments(), v.versions().stream()
                        .map(x -> new VersionDto(x.id(), x.versionNo(), x.status().name(), x.status().label(),
                                x.correctionNote(), x.publishedAt(), x.frozenHash())).toList());
    }

    @PostMapping("/api/annual-reports")
    @Operation(summary = "按模板起草年度报告", description = "请求体 {\"orgId\":1,\"year\":2025};单位须在数据范围内,需要 report:compose;"
            + "同一单位同一年度只能有一份报告(已发布的通过更正形成新版本)")
    ResponseEntity<ReportDto> create(@RequestBody CreateRequest req) {
        var me = CurrentUser.get();
        if (req == null || req.year() == null) {
            throw cn.fazhi.platform.kernel.BusinessException.invalid("year", "请填写报告年度");
        }
        AnnualReport r = service.create(req.orgId() == null ? me.orgId() : req.orgId(), req.year(), me);
        return ResponseEntity.status(HttpStatus.CREATED).body(dto(service.view(r.id(), me)));
    }

    @GetMapping("/api/annual-reports")
    @Operation(summary = "年度报告列表", description = "本人数据范围内各单位各年度的报告版本")
    List<AnnualReports.Row> list() {
        return service.list(CurrentUser.get());
    }

    @GetMapping("/api/annual-reports/{id}")
    @Operation(summary = "年度报告", description = "各部分正文与数据句;每个数据 {metric, value, numerator, denominator, declared, recordsLink};"
            + "已发布版本返回冻结内容(含每个数据所依据记录的 id)与哈希校验结果")
    ReportDto get(@PathVariable UUID id) {
        return dto(service.view(id, CurrentUser.get()));
    }

    @PutMapping("/api/annual-reports/{id}/sections/{key}")
    @Operation(summary = "编辑某部分正文", description = "请求体 {\"narrative\":\"…\"};只有起草中的报告可以编辑;正文中不能出现数据占位符")
    ReportDto section(@PathVariable UUID id, @PathVariable String key, @RequestBody SectionRequest req) {
        var me = CurrentUser.get();
        service.editSection(id, key, req == null ? null : req.narrative(), me);
        return dto(service.view(id, me));
    }

    @PutMapping("/api/annual-reports/{id}/header")
    @Operation(summary = "修改标题和发文机关署名", description = "请求体 {\"title\":\"…\",\"signature\":\"…\"};留空则恢复默认"
            + "(“××关于××年度法治政府建设工作情况的报告”、单位名称);各一行,标题不超过200字、署名不超过100字;"
            + "只有起草中的报告可以修改(其他状态 409 并说明当前状态);成文日期为领导审定之日,不可修改;需要 report:compose")
    ReportDto header(@PathVariable UUID id, @RequestBody(required = false) HeaderRequest req) {
        var me = CurrentUser.get();
        service.editHeader(id, req == null ? null : req.title(), req == null ? null : req.signature(), me);
        return dto(service.view(id, me));
    }

    @PutMapping("/api/annual-reports/{id}/sentences/{key}")
    @Operation(summary = "删去或恢复数据句", description = "请求体 {\"dropped\":true};本地不统计的数据可删去该句,以免阻止提交审核")
    ReportDto sentence(@PathVariable UUID id, @PathVariable String key, @RequestBody DropRequest req) {
        var me = CurrentUser.get();
        service.dropSentence(id, key, req != null && req.dropped(), me);
        return dto(service.view(id, me));
    }

    private ReportDto step(UUID id, AnnualReportService.Step step, CommentRequest req) {
        var me = CurrentUser.get();
        service.transition(id, step, req == null ? null : req.comment(), me);
        return dto(service.view(id, me));
    }

    @PostMapping("/api/annual-reports/{id}/submit")
    @Operation(summary = "提交审核(起草→审核)", description = "有数据缺失(未统计或未申报)时拒绝并列出缺失数据;需要 report:compose")
    ReportDto submit(@PathVariable UUID id, @RequestBody(required = false) CommentRequest req) {
        return step(id, AnnualReportService.Step.SUBMIT, req);
    }

    @PostMapping("/api/annual-reports/{id}/approve-review")
    @Operation(summary = "审核通过(审核→领导审定)", description = "需要 report:review")
    ReportDto approveReview(@PathVariable UUID id, @RequestBody(required = false) CommentRequest req) {
        return step(id, AnnualReportService.Step.APPROVE_REVIEW, req);
    }

    @PostMapping("/api/annual-reports/{id}/approve")
    @Operation(summary = "领导审定", description = "需要 report:approve;审定日期为成文日期")
    ReportDto approve(@PathVariable UUID id, @RequestBody(required = false) CommentRequest req) {
        return step(id, AnnualReportService.Step.APPROVE, req);
    }

    @PostMapping("/api/annual-reports/{id}/publish")
    @Operation(summary = "发布", description = "需要 report:publish;冻结正文、每个数据的数值(分子/分母)及所依据记录的 id,并记录 SHA-256 哈希")
    ReportDto publish(@PathVariable UUID id, @RequestBody(required = false) CommentRequest req) {
        return step(id, AnnualReportService.Step.PUBLISH, req);
    }

    @PostMapping("/api/annual-reports/{id}/return")
    @Operation(summary = "退回修改(回到起草)", description = "请求体 {\"comment\":\"…\"},意见必填;由当前环节的审核、审定或发布人员退回")
    ReportDto returnIt(@PathVariable UUID id, @RequestBody(required = false) CommentRequest req) {
        return step(id, AnnualReportService.Step.RETURN, req);
    }

    @PostMapping("/api/annual-reports/{id}/corrections")
    @Operation(summary = "更正(新版本)", description = "请求体 {\"note\":\"更正了…\"},说明必填;在最新的已发布版本上形成新版本,重新走起草→审核→审定→发布")
    ResponseEntity<ReportDto> correction(@PathVariable UUID id, @RequestBody(required = false) CorrectionRequest req) {
        var me = CurrentUser.get();
        AnnualReport v = service.correction(id, req == null ? null : req.note(), me);
        return ResponseEntity.status(HttpStatus.CREATED).body(dto(service.view(v.id(), me)));
    }

    @GetMapping("/api/annual-reports/{id}/document.docx")
    @Operation(summary = "下载 .docx(GB/T 9704 公文格式)")
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        Rendered.Report r = service.rendered(id, CurrentUser.get());
        return file(output.docx(r), DOCX, r.title() + ".docx");
    }

    @GetMapping("/api/annual-reports/{id}/document.pdf")
    @Operation(summary = "下载 PDF(嵌入 TrueType 中文字体)", description = "服务器缺少中文字体时 503 并说明原因")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Rendered.Report r = service.rendered(id, CurrentUser.get());
        return file(output.pdf(r), MediaType.APPLICATION_PDF_VALUE, r.title() + ".pdf");
    }

    static ResponseEntity<byte[]> file(byte[] bytes, String type, String filename) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report\"; filename*=UTF-8''" + encoded)
                .body(bytes);
    }
}
