package cn.fazhi.platform.audit.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Permission checks on the authorities of the current authentication. Audit sits below security in the module order,
 * so it checks Spring Security authorities (the permission strings) rather than the security module's principal.
 */
final class AuditAccess {

    private AuditAccess() {
    }

    static void require(String permission) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!has(auth, permission)) {
            throw new AccessDeniedException("missing permission " + permission);
        }
    }

    static boolean has(Authentication auth, String permission) {
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> permission.equals(a.getAuthority()));
    }
}
