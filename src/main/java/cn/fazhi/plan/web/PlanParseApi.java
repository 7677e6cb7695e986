package cn.fazhi.plan.web;

import cn.fazhi.plan.PlanDocuments;
import cn.fazhi.plan.PlanPermission;
import cn.fazhi.plan.parsing.ParsedPlan;
import cn.fazhi.platform.documents.DocumentReader;
import cn.fazhi.platform.documents.DocumentsProperties;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Parsing a plan document for the import preview: nothing is stored. */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "实施方案", description = "实施方案的导入、任务、进展与督办")
class PlanParseApi {

    private final PlanDocuments documents;
    private final DocumentsProperties limits;

    PlanParseApi(PlanDocuments documents, DocumentsProperties limits) {
        this.documents = documents;
        this.limits = limits;
    }

    @PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "解析实施方案文件(预览,不保存)", description = "上传 .docx、.xlsx(任务分工表)、.pdf(文字版)或 .txt,"
            + "返回识别出的任务(编号、领域、子领域、内容、牵头单位、责任单位、完成时限)和需要确认的警告;不写入任何数据。"
            + "需要 plan:manage。空文件、扫描版PDF、损坏或异常的文档返回 4xx 和中文说明")
    ParsedPlan parseFile(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        Access.require(CurrentUser.get(), PlanPermission.MANAGE);
        if (file == null) {
            throw BusinessException.invalid("file", "请选择要上传的实施方案文件(表单字段 file)");
        }
        return documents.read(file.getBytes(), file.getOriginalFilename());
    }

    @PostMapping(path = "/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "解析粘贴的实施方案文本(预览,不保存)", description = "请求体为方案正文(text/plain;未声明字符集时自动识别"
            + " UTF-8 或 GB18030),不超过上传文件的大小限制。返回与上传文件相同的结构;需要 plan:manage",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"))))
    ParsedPlan parseText(HttpServletRequest request) throws IOException {
        Access.require(CurrentUser.get(), PlanPermission.MANAGE);
        long limit = limits.maxSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (body.length > limit) {
            throw tooLarge();
        }
        if (body.length == 0) {
            throw new BusinessException("EMPTY_TEXT", "没有收到方案文本,请粘贴实施方案的正文或上传文件", 400);
        }
        return documents.readText(decode(body, request.getContentType()));
    }

    private BusinessException tooLarge() {
        return new BusinessException("FILE_TOO_LARGE", "文本超过 " + limits.maxSizeLabel() + ",无法解析;请只粘贴实施方案的正文", 413);
    }

    private static String decode(byte[] body, String contentType) {
        if (contentType != null) {
            try {
                MediaType type = MediaType.parseMediaType(contentType);
                Charset charset = type.getCharset();
                if (charset != null) {
                    return new String(body, charset);
                }
            } catch (RuntimeException e) {
                // an unknown charset name: detect it from the bytes instead
            }
        }
        return DocumentReader.decode(body);
    }
}
