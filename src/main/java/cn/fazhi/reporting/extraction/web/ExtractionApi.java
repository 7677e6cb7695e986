package cn.fazhi.reporting.extraction.web;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.reporting.ReportingPermission;
import cn.fazhi.reporting.extraction.ExternalReports;
import cn.fazhi.reporting.extraction.FigureExtractor;
import cn.fazhi.reporting.extraction.ReportReading;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import cn.fazhi.platform.documents.DocumentReader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "外地年度报告", description = "读取其他地方公开的法治政府建设年度报告中的数字(数值、单位、限定词、对应指标与原文位置),按地方和年度保存,并与本市指标对比")
class ExtractionApi {

    private final ReportReading reading;
    private final ExternalReports reports;

    ExtractionApi(ReportReading reading, ExternalReports reports) {
        this.reading = reading;
        this.reports = reports;
    }

    /** A figure as the API shows it; value is a JSON number. */
    record FigureDto(BigDecimal value, String unit, String qualifier, String metric, String label, String evidence,
            int start, int end) {
        static FigureDto of(FigureExtractor.Figure f) {
            return new FigureDto(f.value(), f.unit(), f.qualifier(), f.metric(), f.label(), f.evidence(), f.start(),
                    f.end());
        }
    }

    record ExtractionDto(String text, List<FigureDto> figures) {
        static ExtractionDto of(FigureExtractor.Extraction ex) {
            return new ExtractionDto(ex.text(), ex.figures().stream().map(FigureDto::of).toList());
        }
    }

    record SavedDto(ExternalReports.ExternalReport report, boolean created) {
    }

    @PostMapping(path = "/extract", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "读取报告文件中的数字", description = "上传 .docx、.pdf、.txt 或 .html 文件(字段 file);返回读取的文字 text "
            + "与数字 figures(start/end 为 text 中的字符位置)。需要 report:extract;含宏的文档、扫描件 PDF、加密 PDF、乱码、超长文字"
            + "以中文说明拒绝。不保存任何内容")
    ExtractionDto extractFile(@RequestPart("file") MultipartFile file) throws IOException {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, ReportingPermission.EXTRACT);
        return ExtractionDto.of(reading.readFile(file.getBytes(), file.getOriginalFilename()));
    }

    @PostMapping(path = "/extract", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE})
    @Operation(summary = "读取粘贴文字中的数字", description = "请求体为报告全文(text/plain 或 text/html;未写明 charset 时自动识别 "
            + "UTF-8 / GB18030);返回同上")
    ExtractionDto extractText(@RequestBody byte[] body,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, ReportingPermission.EXTRACT);
        if (body.length == 0) {
            throw new BusinessException("EMPTY_TEXT", "没有可读取的文字,请上传报告文件或粘贴报告全文", 400);
        }
        MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
        String text;
        try {
            // the declared charset when the bytes are valid in it; otherwise detected (UTF-8 / GB18030)
            text = type == null || type.getCharset() == null ? DocumentReader.decode(body)
                    : type.getCharset().newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                            .decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = DocumentReader.decode(body);
        }
        return ExtractionDto.of(reading.readText(text));
    }

    @PostMapping(path = "/external", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "保存外地报告的数字", description = "按地方(place,如 荆门市)和年度(year)保存读取结果,原文件(file)或粘贴文字"
            + "(text)作为附件保存;同一地方、年度、同一文字再次保存返回原记录(created=false,200),新记录 201。需要 report:extract")
    ResponseEntity<SavedDto> save(@RequestParam String place, @RequestParam Integer year,
            @RequestParam(required = false) String title,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "text", required = false) String text) throws IOException {
        FazhiPrincipal me = CurrentUser.get();
        boolean hasFile = file != null && !file.isEmpty();
        if (!hasFile && (text == null || text.isBlank())) {
            throw BusinessException.invalid("file", "请上传报告文件或粘贴报告全文");
        }
        ExternalReports.Saved s = reports.save(place, year, title, hasFile ? file.getBytes() : null,
                hasFile ? file.getOriginalFilename() : null, hasFile ? file.getContentType() : null, text, me);
        return ResponseEntity.status(s.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new SavedDto(s.report(), s.created()));
    }

    @GetMapping("/external")
    @Operation(summary = "已保存的外地报告", description = "本人数据范围内保存的外地报告,可按年度筛选;需要 report:read 或 report:extract")
    List<ExternalReports.ExternalReport> list(@RequestParam(required = false) Integer year) {
        return reports.list(CurrentUser.get(), year);
    }

    @GetMapping("/external/{id}")
    @Operation(summary = "外地报告详情", description = "读取的文字与全部数字")
    ExternalReports.ExternalReportDetail get(@PathVariable UUID id) {
        return reports.get(id, CurrentUser.get());
    }

    @GetMapping("/comparison")
    @Operation(summary = "与外地对比", description = "对已保存外地报告中出现的每个指标:本市(orgId 含下级,默认本人单位)该年度的指标值,"
            + "与各地报告中的数字并列。需要 report:read(或 report:extract)与 metrics:read")
    ExternalReports.Comparison comparison(@RequestParam int year,
            @Parameter(description = "本方单位,默认本人所在单位") @RequestParam(required = false) Long orgId) {
        FazhiPrincipal me = CurrentUser.get();
        return reports.comparison(year, orgId == null ? me.orgId() : orgId, me);
    }
}
