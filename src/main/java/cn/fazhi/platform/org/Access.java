package cn.fazhi.platform.org;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.FazhiPrincipal;

/**
 * Programmatic permission checks, so that a missing permission is a 403 whether or not method security is enabled.
 * Scope checks are done in the queries themselves (a record outside the scope is simply not found).
 */
public final class Access {

    private Access() {
    }

    public static void require(FazhiPrincipal actor, String permission) {
        if (actor == null || !actor.can(permission)) {
            throw BusinessException.forbidden("没有执行此操作的权限(需要“" + permission + "”)");
        }
    }

    public static void requireAny(FazhiPrincipal actor, String... permissions) {
        if (actor != null) {
            for (String p : permissions) {
                if (actor.can(p)) {
                    return;
                }
            }
        }
        throw BusinessException.forbidden("没有执行此操作的权限(需要“" + String.join("”或“", permissions) + "”)");
    }
}
