package cn.fazhi.platform.security;

import cn.fazhi.platform.audit.AuditActor;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: who, which organisation, which permissions (authorities such as
 * {@code user:manage}) and which {@link DataScope}. Built by the {@link AccountDirectory} at login.
 * <p>Serializable ({@link UserDetails} is): the signed-in principal lives in the database session (Spring Session
 * JDBC) so that any app node can serve the user. The password hash is erased after authentication and never stored
 * in the session.
 */
public final class FazhiPrincipal implements UserDetails, CredentialsContainer, AuditActor {

    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String displayName;
    private final long orgId;
    private final String orgName;
    private final String orgPath;
    private String passwordHash;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final Set<String> roles;
    private final Set<String> permissions;
    private final DataScope scope;

    public FazhiPrincipal(long userId, String username, String displayName, long orgId, String orgName, String orgPath,
            String passwordHash, boolean enabled, boolean mustChangePassword, Set<String> roles, Set<String> permissions,
            DataScope scope) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.orgId = orgId;
        this.orgName = orgName;
        this.orgPath = orgPath;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.roles = Set.copyOf(roles);
        this.permissions = Set.copyOf(permissions);
        this.scope = scope;
    }

    public long userId() {
        return userId;
    }

    @Override
    public Long actorUserId() {
        return userId;
    }

    @Override
    public String actorName() {
        return username;
    }

    @Override
    public Long actorOrgId() {
        return orgId;
    }

    public String displayName() {
        return displayName;
    }

    public long orgId() {
        return orgId;
    }

    public String orgName() {
        return orgName;
    }

    public String orgPath() {
        return orgPath;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Set<String> roles() {
        return roles;
    }

    public Set<String> permissions() {
        return permissions;
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public DataScope scope() {
        return scope;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> list = new java.util.ArrayList<>();
        permissions.forEach(p -> list.add(new SimpleGrantedAuthority(p)));
        roles.forEach(r -> list.add(new SimpleGrantedAuthority("ROLE_" + r)));
        return list;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FazhiPrincipal p && p.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "FazhiPrincipal[" + username + "@" + orgId + "]";
    }
}
