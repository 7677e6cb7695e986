package cn.fazhi.platform.files.web;

import cn.fazhi.platform.files.AttachmentInfo;
import cn.fazhi.platform.files.AttachmentPage;
import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Attachments over HTTP: upload, scoped list and metadata, download, delete. */
@RestController
@RequestMapping("/api/files")
@Tag(name = "附件", description = "上传、查询、下载与删除附件(证据、草稿、扫描件),按数据权限范围授权")
class FilesApi {

    private final Attachments attachments;

    FilesApi(Attachments attachments) {
        this.attachments = attachments;
    }

    /** One page of attachments. */
    record PageJson(List<AttachmentJson> items, int page, int size, long total) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传附件", description = "multipart 字段 file;可选 purpose(用途,如 evidence)、orgId(须在本人数据权限范围内,默认本单位)。"
            + "按文件内容识别类型,可执行程序和扩展名与内容不符的文件被拒绝;需要权限 files:upload。")
    AttachmentJson upload(@RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(value = "purpose", required = false) String purpose,
            @RequestParam(value = "orgId", required = false) Long orgId) {
        FazhiPrincipal user = require(Attachments.UPLOAD, "没有上传附件的权限");
        AttachmentRef ref = store(attachments, user, file, purpose, orgId);
        return attachments.find(ref.id()).map(AttachmentJson::of)
                .orElseGet(() -> AttachmentJson.of(ref, user.userId(), purpose));
    }

    static AttachmentRef store(Attachments attachments, FazhiPrincipal user, MultipartFile file, String purpose,
            Long orgId) {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
            throw BusinessException.invalid("file", "请选择要上传的文件");
        }
        if (file.isEmpty()) {
            throw BusinessException.invalid("file", "文件为空,请选择有内容的文件");
        }
        try (InputStream in = file.getInputStream()) {
            return attachments.store(orgId == null ? user.orgId() : orgId, file.getOriginalFilename(),
                    file.getContentType(), in, purpose);
        } catch (IOException e) {
            throw new BusinessException("UPLOAD_UNREADABLE", "上传内容读取失败,请重新上传", 400);
        }
    }

    @GetMapping
    @Operation(summary = "附件列表", description = "本人数据权限范围内的附件,按上传时间倒序;page 从 0 开始,size 最大 100。需要权限 files:read。")
    PageJson list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        require(Attachments.READ, "没有查看附件的权限");
        AttachmentPage p = attachments.list(page, size);
        return new PageJson(p.items().stream().map(AttachmentJson::of).toList(), p.page(), p.size(), p.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "附件信息", description = "范围以外或不存在的附件一律返回 404。需要权限 files:read。")
    AttachmentJson get(@PathVariable String id) {
        require(Attachments.READ, "没有查看附件的权限");
        return attachments.find(parseId(id)).map(AttachmentJson::of).orElseThrow(FilesApi::notFound);
    }

    @GetMapping("/{id}/content")
    @Operation(summary = "下载附件", description = "先核对 SHA-256 再以附件方式返回原始字节。需要权限 files:read。")
    ResponseEntity<Resource> download(@PathVariable String id) {
        require(Attachments.READ, "没有查看附件的权限");
        UUID uuid = parseId(id);
        AttachmentInfo info = attachments.find(uuid).orElseThrow(FilesApi::notFound);
        return Downloads.response(info, attachments.open(uuid));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除附件", description = "上传人本人,或在数据权限范围内持有 files:manage 权限者可删除。")
    void delete(@PathVariable String id) {
        require(Attachments.READ, "没有查看附件的权限");
        attachments.delete(parseId(id));
    }

    static FazhiPrincipal require(String permission, String message) {
        FazhiPrincipal user = CurrentUser.get();
        if (!user.can(permission)) {
            throw BusinessException.forbidden(message);
        }
        return user;
    }

    /** A malformed id is just an id that does not exist (no hint about the format of real ones). */
    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static BusinessException notFound() {
        return new BusinessException("NOT_FOUND", "附件不存在或无权访问", 404);
    }
}
