package cn.fazhi.platform.org;

import java.util.List;

/**
 * A module that defines permissions declares them by exposing a bean of this type; the {@link PermissionCatalog}
 * collects all of them, so adding a module's permissions needs no change in platform.org.
 */
public interface PermissionProvider {
    List<Permission> permissions();
}
