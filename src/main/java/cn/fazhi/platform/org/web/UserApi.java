package cn.fazhi.platform.org.web;

import cn.fazhi.platform.org.ImportRejected;
import cn.fazhi.platform.org.ImportResult;
import cn.fazhi.platform.org.PageResult;
import cn.fazhi.platform.org.UserForm;
import cn.fazhi.platform.org.UserImporter;
import cn.fazhi.platform.org.UserQuery;
import cn.fazhi.platform.org.UserView;
import cn.fazhi.platform.org.Users;
import cn.fazhi.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/users")
@Tag(name = "用户", description = "用户的查询与管理。只能看到和修改本人数据范围内的用户;范围外的用户按不存在处理(404)")
class UserApi {

    private final Users users;
    private final UserImporter importer;

    UserApi(Users users, UserImporter importer) {
        this.users = users;
        this.importer = importer;
    }

    record PasswordRequest(String password) {
    }

    record RolesRequest(List<Long> roleIds) {
    }

    @GetMapping
    @Operation(summary = "用户列表(分页)", description = "按单位(可含下级)、关键字(用户名/姓名/手机)、启用状态筛选;需要 user:read 或 user:manage")
    PageResult<UserView> list(@RequestParam(required = false) Long orgId,
            @RequestParam(defaultValue = "false") boolean subOrgs, @RequestParam(required = false) String keyword,
            @RequestParam(required = false) Boolean enabled, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return users.search(new UserQuery(orgId, subOrgs, keyword, enabled), page, size, CurrentUser.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "用户详情")
    UserView get(@PathVariable long id) {
        return users.get(id, CurrentUser.get());
    }

    @PostMapping
    @Operation(summary = "新建用户", description = "初始密码须符合密码策略;新用户首次登录须修改密码。需要 user:manage")
    ResponseEntity<UserView> create(@RequestBody UserForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(users.create(form, CurrentUser.get()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改用户", description = "修改姓名、所属单位、手机、邮箱(用户名与密码不在此修改)")
    UserView update(@PathVariable long id, @RequestBody UserForm form) {
        return users.update(id, form, CurrentUser.get());
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "启用用户")
    UserView enable(@PathVariable long id) {
        return users.setEnabled(id, true, CurrentUser.get());
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "停用用户")
    UserView disable(@PathVariable long id) {
        return users.setEnabled(id, false, CurrentUser.get());
    }

    @PostMapping("/{id}/reset-password")
    @Operation(summary = "重置密码", description = "设置新的初始密码(须符合密码策略),用户下次登录须修改")
    UserView resetPassword(@PathVariable long id, @RequestBody PasswordRequest request) {
        return users.resetPassword(id, request.password(), CurrentUser.get());
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "设置用户角色", description = "只能分配本人权限范围内的角色;记为权限变更审计")
    UserView roles(@PathVariable long id, @RequestBody RolesRequest request) {
        return users.setRoles(id, request.roleIds(), CurrentUser.get());
    }

    @GetMapping("/import-template")
    @Operation(summary = "下载用户导入模板 (.xlsx)")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx("用户导入模板.xlsx", importer.template());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入用户 (Excel)", description = "先校验全部行;有任何错误则返回 400 和每行的错误,不写入任何数据。重复导入同一文件不产生变化")
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
