package cn.fazhi.platform.org;

/** Filters of the user list: a unit (with its subordinates when {@code subOrgs}), a keyword, enabled or not. */
public record UserQuery(Long orgId, boolean subOrgs, String keyword, Boolean enabled) {
    public static UserQuery none() {
        return new UserQuery(null, false, null, null);
    }
}
