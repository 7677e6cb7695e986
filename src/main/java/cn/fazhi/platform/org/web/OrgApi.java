package cn.fazhi.platform.org.web;

import cn.fazhi.platform.kernel.ApiErrorHandler;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.ImportRejected;
import cn.fazhi.platform.org.ImportResult;
import cn.fazhi.platform.org.OrgForm;
import cn.fazhi.platform.org.OrgImporter;
import cn.fazhi.platform.org.OrgNode;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/orgs")
@Tag(name = "组织机构", description = "组织机构树(物化路径)的查询、新建、修改、移动与 Excel 导入")
class OrgApi {

    private final OrgUnits orgUnits;
    private final OrgImporter importer;

    OrgApi(OrgUnits orgUnits, OrgImporter importer) {
        this.orgUnits = orgUnits;
        this.importer = importer;
    }

    /** An organisation as the API shows it. */
    record OrgDto(long id, Long parentId, String path, String code, String name, String shortName, String kind,
            String kindLabel, int sortOrder, boolean active, int version, Integer depth) {
        static OrgDto of(OrgUnit u, Integer depth) {
            return new OrgDto(u.id(), u.parentId(), u.path(), u.code(), u.name(), u.shortName(), u.kind().name(),
                    u.kind().label(), u.sortOrder(), u.active(), u.version(), depth);
        }
    }

    record MoveRequest(Long parentId) {
    }

    @GetMapping
    @Operation(summary = "组织机构树", description = "按树的顺序(上级在前)列出单位;scope=mine 只列出本人数据范围内的单位")
    List<OrgDto> tree(@RequestParam(defaultValue = "all") String scope) {
        var me = CurrentUser.get();
        List<OrgNode> nodes = "mine".equals(scope) ? orgUnits.treeInScope(me) : orgUnits.tree();
        return nodes.stream().map(n -> OrgDto.of(n.unit(), n.depth())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "单位详情(编辑用)", description = "需要 org:manage,且单位在本人数据范围内,否则 404")
    OrgDto get(@PathVariable long id) {
        return OrgDto.of(orgUnits.getForEdit(id, CurrentUser.get()), null);
    }

    @PostMapping
    @Operation(summary = "新建单位", description = "在上级单位下新建,自动计算物化路径;需要 org:manage")
    ResponseEntity<OrgDto> create(@RequestBody OrgForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(OrgDto.of(orgUnits.create(form, CurrentUser.get()), null));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改单位", description = "修改编码、名称、简称、类型、排序、启用状态;上级变更请用 move")
    OrgDto update(@PathVariable long id, @RequestBody OrgForm form) {
        return OrgDto.of(orgUnits.update(id, form, CurrentUser.get()), null);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "部分修改单位", description = "只修改请求中给出的字段")
    OrgDto patch(@PathVariable long id, @RequestBody OrgForm patch) {
        var me = CurrentUser.get();
        OrgUnit u = orgUnits.getForEdit(id, me);
        OrgForm merged = new OrgForm(patch.code() != null ? patch.code() : u.code(),
                patch.name() != null ? patch.name() : u.name(),
                patch.shortName() != null ? patch.shortName() : u.shortName(),
                patch.kind() != null ? patch.kind() : u.kind().name(), null,
                patch.sortOrder() != null ? patch.sortOrder() : u.sortOrder(),
                patch.active() != null ? patch.active() : u.active(), patch.version());
        return OrgDto.of(orgUnits.update(id, merged, me), null);
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "移动单位", description = "改变上级单位(parentId 为空表示顶级),同一事务中改写全部下级的路径;不能移到自身下级之下")
    OrgDto move(@PathVariable long id, @RequestBody MoveRequest request) {
        return OrgDto.of(orgUnits.move(id, request.parentId(), CurrentUser.get()), null);
    }

    @GetMapping("/import-template")
    @Operation(summary = "下载组织机构导入模板 (.xlsx)")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx("组织机构导入模板.xlsx", importer.template());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入组织机构 (Excel)", description = "先校验全部行;有任何错误则返回 400 和每行的错误,不写入任何数据。重复导入同一文件不产生变化")
    ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file, HttpServletRequest request) throws IOException {
        var me = CurrentUser.get();
        try (InputStream in = Downloads.requireFile(file)) {
            ImportResult r = importer.importFile(in, me);
            return ResponseEntity.ok(Downloads.resultBody(r));
        } catch (ImportRejected e) {
            return Downloads.rejected(e, request);
        }
    }
}
