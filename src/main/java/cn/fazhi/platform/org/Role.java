package cn.fazhi.platform.org;

import cn.fazhi.platform.security.ScopeKind;
import java.util.List;
import java.util.Set;

/**
 * A role: permissions plus one data scope kind. {@code scopeOrgIds}: for CUSTOM the units visible (each by itself,
 * not their subtrees); for SUBTREE optional anchor units whose subtrees are visible instead of the holder's own unit.
 */
public record Role(long id, String code, String name, ScopeKind scope, String description, boolean builtin,
        int version, Set<String> permissions, List<Long> scopeOrgIds) {

    public String scopeLabel() {
        return scope.label();
    }
}
