package cn.fazhi.platform.org;

import java.util.List;

/** Input to create or edit a role. {@code scopeOrgIds}: CUSTOM list, or SUBTREE anchors (optional). */
public record RoleForm(String code, String name, String scope, String description, List<String> permissions,
        List<Long> scopeOrgIds, Integer version) {
}
