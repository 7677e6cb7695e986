package cn.fazhi.platform.org.web;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgAlias;
import cn.fazhi.platform.org.OrgAliases;
import cn.fazhi.platform.org.Permissions;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/org-aliases")
@Tag(name = "单位别名", description = "文件中单位的其他写法(如“市编办”),导入时按全称、简称、别名依次匹配;需要 org:manage")
class OrgAliasApi {

    private final OrgAliases aliases;

    OrgAliasApi(OrgAliases aliases) {
        this.aliases = aliases;
    }

    record AliasRequest(String alias, Long orgId) {
    }

    @GetMapping
    @Operation(summary = "单位别名列表")
    List<OrgAlias> list() {
        Access.require(CurrentUser.get(), Permissions.ORG_MANAGE);
        return aliases.list();
    }

    @PostMapping
    @Operation(summary = "新增单位别名", description = "别名不能与任何单位的全称、简称或已有别名相同;记入审计日志")
    ResponseEntity<OrgAlias> add(@RequestBody AliasRequest body) {
        if (body == null || body.orgId() == null) {
            throw BusinessException.invalid("orgId", "请选择单位");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(aliases.add(body.alias(), body.orgId(), CurrentUser.get()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除单位别名", description = "记入审计日志")
    ResponseEntity<Void> delete(@PathVariable long id) {
        aliases.delete(id, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }
}
