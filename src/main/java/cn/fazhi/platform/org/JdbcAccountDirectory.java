package cn.fazhi.platform.org;

import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.security.ScopeKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Security's view of accounts: the user, the organisation (name, path), roles, permissions and the data scope, which
 * is the union of the scopes of all the user's roles:
 * 全部 → everything; 本级及下级 → the subtree of the user's unit (or of the role's anchor units, when the role names
 * some); 本单位 → the user's unit; 仅本人 → the user's own records; 自定义 → the role's units, each by itself (not
 * their subordinates: a custom list names exactly what it grants).
 */
@Component
public class JdbcAccountDirectory implements AccountDirectory {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcAccountDirectory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Account(long id, String username, String displayName, long orgId, String orgName, String orgPath,
            String hash, boolean enabled, boolean mustChange) {
    }

    private record RoleRow(long id, String code, ScopeKind scope) {
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FazhiPrincipal> loadByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        List<Account> found = jdbc.query("""
                select u.id, u.username, u.display_name, u.org_id, o.name as org_name, o.path, u.password_hash, u.enabled,
                       u.must_change_password, o.active as org_active
                from app_user u join org_unit o on o.id = u.org_id where u.username = ?""",
                (rs, i) -> new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getLong("org_id"), rs.getString("org_name"), rs.getString("path"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), rs.getBoolean("must_change_password")), username);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Account a = found.get(0);
        List<RoleRow> roles = jdbc.query("""
                select r.id, r.code, r.data_scope from user_role ur join app_role r on r.id = ur.role_id
                where ur.user_id = ? order by r.code""",
                (rs, i) -> new RoleRow(rs.getLong(1), rs.getString(2), ScopeKind.valueOf(rs.getString(3))), a.id);
        Set<String> permissions = new TreeSet<>();
        Map<Long, List<OrgRef>> scopeOrgs = new HashMap<>();
        if (!roles.isEmpty()) {
            String in = String.join(",", roles.stream().map(r -> "?").toList());
            Object[] ids = roles.stream().map(RoleRow::id).toArray();
            jdbc.query("select permission from role_permission where role_id in (" + in + ")",
                    rs -> {
                        permissions.add(rs.getString(1));
                    }, ids);
            jdbc.query("select s.role_id, o.id, o.path from role_scope_org s join org_unit o on o.id = s.org_id where s.role_id in ("
                    + in + ")", rs -> {
                        scopeOrgs.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                                .add(new OrgRef(rs.getLong(2), rs.getString(3)));
                    }, ids);
        }
        DataScope scope = resolve(a.id, a.orgId, a.orgPath, roles.stream()
                .map(r -> new ScopeGrant(r.scope, scopeOrgs.getOrDefault(r.id, List.of()))).toList());
        return Optional.of(new FazhiPrincipal(a.id, a.username, a.displayName, a.orgId, a.orgName, a.orgPath, a.hash,
                a.enabled, a.mustChange, new TreeSet<>(roles.stream().map(RoleRow::code).toList()), permissions, scope));
    }

    /** A unit named by a role (custom list or subtree anchor). */
    record OrgRef(long id, String path) {
    }

    /** One role's contribution to the scope. */
    record ScopeGrant(ScopeKind kind, List<OrgRef> orgs) {
    }

    /** The union of the grants, for a user of the given unit. */
    static DataScope resolve(long userId, long orgId, String orgPath, List<ScopeGrant> grants) {
        boolean all = false;
        Set<String> paths = new HashSet<>();
        Set<Long> orgIds = new HashSet<>();
        Long self = null;
        for (ScopeGrant g : grants) {
            switch (g.kind()) {
                case ALL -> all = true;
                case SUBTREE -> {
                    if (g.orgs().isEmpty()) {
                        paths.add(orgPath);
                    } else {
                        g.orgs().forEach(o -> paths.add(o.path()));
                    }
                }
                case OWN_ORG -> orgIds.add(orgId);
                case SELF -> self = userId;
                case CUSTOM -> g.orgs().forEach(o -> orgIds.add(o.id()));
            }
        }
        if (all) {
            return DataScope.everything();
        }
        // A path already covered by a shorter one adds nothing to the SQL.
        Set<String> minimal = new HashSet<>();
        for (String p : paths) {
            if (paths.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q))) {
                minimal.add(p);
            }
        }
        return new DataScope(false, minimal, orgIds, self);
    }

    @Override
    @Transactional
    public void updatePassword(long userId, String passwordHash, boolean mustChange) {
        jdbc.update("update app_user set password_hash = ?, must_change_password = ?, password_changed_at = ?, version = version + 1 where id = ?",
                passwordHash, mustChange, Timestamp.from(Instant.now(clock)), userId);
    }
}
