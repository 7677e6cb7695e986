package cn.fazhi.platform.org.web;

import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.Permission;
import cn.fazhi.platform.org.PermissionCatalog;
import cn.fazhi.platform.org.Permissions;
import cn.fazhi.platform.org.Role;
import cn.fazhi.platform.org.RoleForm;
import cn.fazhi.platform.org.Roles;
import cn.fazhi.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/roles")
@Tag(name = "角色与数据权限", description = "角色、权限与数据范围(全部、本级及下级、本单位、仅本人、自定义);需要 role:manage")
class RoleApi {

    private final Roles roles;
    private final PermissionCatalog catalog;

    RoleApi(Roles roles, PermissionCatalog catalog) {
        this.roles = roles;
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "角色列表")
    List<Role> list() {
        Access.require(CurrentUser.get(), Permissions.ROLE_MANAGE);
        return roles.all();
    }

    @GetMapping("/permissions")
    @Operation(summary = "权限目录", description = "全部可分配的权限(编码、中文名称、分组)")
    List<Permission> permissions() {
        Access.require(CurrentUser.get(), Permissions.ROLE_MANAGE);
        return catalog.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "角色详情")
    Role get(@PathVariable long id) {
        return roles.get(id, CurrentUser.get());
    }

    @PostMapping
    @Operation(summary = "新建角色", description = "scope: ALL、SUBTREE、OWN_ORG、SELF、CUSTOM;CUSTOM 须给出 scopeOrgIds(各单位本身,不含下级)")
    ResponseEntity<Role> create(@RequestBody RoleForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(roles.create(form, CurrentUser.get()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改角色(权限、数据范围、自定义单位)")
    Role update(@PathVariable long id, @RequestBody RoleForm form) {
        return roles.update(id, form, CurrentUser.get());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除角色", description = "内置角色和仍有用户持有的角色不能删除")
    ResponseEntity<Void> delete(@PathVariable long id) {
        roles.delete(id, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }
}
