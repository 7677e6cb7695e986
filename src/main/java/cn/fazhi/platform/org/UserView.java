package cn.fazhi.platform.org;

import java.time.Instant;
import java.util.List;

/** A user as pages, the API and audit records see it: never the password hash. */
public record UserView(long id, String username, String displayName, long orgId, String orgName, boolean enabled,
        boolean mustChangePassword, String phone, String email, Instant createdAt, Instant passwordChangedAt,
        int version, List<RoleRef> roles) {

    /** A role held by a user: id, code and Chinese name. */
    public record RoleRef(long id, String code, String name) {
    }

    public List<Long> roleIds() {
        return roles.stream().map(RoleRef::id).toList();
    }
}
