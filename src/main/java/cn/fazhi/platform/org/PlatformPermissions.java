package cn.fazhi.platform.org;

import java.util.List;
import org.springframework.stereotype.Component;

/** The permissions of the platform modules (system administration, audit, calendar, attachments). */
@Component
class PlatformPermissions implements PermissionProvider {

    static final String ADMIN = "系统管理";

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(Permissions.ORG_MANAGE, "管理组织机构", ADMIN),
                new Permission(Permissions.USER_READ, "查看用户", ADMIN),
                new Permission(Permissions.USER_MANAGE, "管理用户", ADMIN),
                new Permission(Permissions.ROLE_MANAGE, "管理角色与数据权限", ADMIN),
                new Permission("audit:read", "查看审计日志", "安全审计"),
                new Permission("audit:verify", "校验审计日志完整性", "安全审计"),
                new Permission("calendar:manage", "维护节假日安排", "法定期间"),
                new Permission("files:read", "查看与下载附件", "附件"),
                new Permission("files:upload", "上传附件", "附件"));
    }
}
