package cn.fazhi.platform.web;

import cn.fazhi.platform.security.FazhiPrincipal;
import java.util.List;

/**
 * A shortcut on the home page. Shown only when the user holds one of the permissions (or when none is required);
 * the target page checks access again on the server.
 */
record QuickLink(String label, String href, String description, List<String> anyOf) {

    /** The platform's shortcuts; business modules add theirs here as they land. */
    static final List<QuickLink> ALL = List.of(
            new QuickLink("法定期间计算", "/calendar", "按法定节假日与调休安排计算期限届满日", List.of()),
            new QuickLink("附件", "/files", "查看与下载附件", List.of("files:read")),
            new QuickLink("组织机构", "/admin/orgs", "维护单位树与上下级关系", List.of("org:manage")),
            new QuickLink("用户", "/admin/users", "账号、所属单位与角色", List.of("user:read", "user:manage")),
            new QuickLink("角色与数据权限", "/admin/roles", "角色的功能权限与数据范围", List.of("role:manage")),
            new QuickLink("节假日安排", "/admin/calendar", "录入国务院放假安排通知", List.of("calendar:manage")),
            new QuickLink("审计日志", "/admin/audit", "查询操作记录并校验完整性", List.of("audit:read")),
            new QuickLink("修改密码", "/account/password", "定期更换登录密码", List.of()),
            new QuickLink("接口文档", "/swagger-ui.html", "供其他系统对接的 HTTP 接口说明", List.of()));

    boolean visibleTo(FazhiPrincipal user) {
        return anyOf.isEmpty() || anyOf.stream().anyMatch(user::can);
    }

    static List<QuickLink> visibleTo(FazhiPrincipal user, List<QuickLink> links) {
        return links.stream().filter(l -> l.visibleTo(user)).toList();
    }
}
