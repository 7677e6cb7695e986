package cn.fazhi.platform.org;

/** Permission codes platform.org checks itself. */
public final class Permissions {
    public static final String ORG_MANAGE = "org:manage";
    public static final String USER_READ = "user:read";
    public static final String USER_MANAGE = "user:manage";
    public static final String ROLE_MANAGE = "role:manage";

    private Permissions() {
    }
}
