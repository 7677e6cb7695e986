package cn.fazhi.platform.security;

import java.util.Optional;

/**
 * Port through which security reads and updates accounts. Implemented by {@code platform.org}, which owns users,
 * roles and the organisation tree, so that security never reads org tables (module boundary).
 */
public interface AccountDirectory {

    /** The account with its current roles, permissions and resolved data scope, or empty. */
    Optional<FazhiPrincipal> loadByUsername(String username);

    /** Store a new password hash; {@code mustChange} marks it as one the user must replace at next login. */
    void updatePassword(long userId, String passwordHash, boolean mustChange);
}
