package cn.fazhi.platform.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a user may see, resolved from all of the user's roles (the union of their scopes). Repositories turn it into
 * a SQL condition with bind parameters through {@link #filter(String, String)}; it is never enforced by hiding menus.
 *
 * @param all          a role grants 全部
 * @param subtreePaths materialized paths ("/1/4/") whose whole subtree is visible (本级及下级)
 * @param orgIds       organisations visible by themselves (本单位, 自定义)
 * @param selfUserId   when not null, records owned by this user are visible (仅本人)
 */
public record DataScope(boolean all, Set<String> subtreePaths, Set<Long> orgIds, Long selfUserId) implements Serializable {

    // Stored in the database session (Spring Session JDBC) inside the principal.
    private static final long serialVersionUID = 1L;

    public DataScope {
        subtreePaths = Set.copyOf(new TreeSet<>(subtreePaths));
        orgIds = Set.copyOf(new TreeSet<>(orgIds));
    }

    public static DataScope everything() {
        return new DataScope(true, Set.of(), Set.of(), null);
    }

    public static DataScope nothing() {
        return new DataScope(false, Set.of(), Set.of(), null);
    }

    /** True when an organisation (by id and materialized path) lies within this scope. */
    public boolean coversOrg(long orgId, String orgPath) {
        if (all || orgIds.contains(orgId)) {
            return true;
        }
        return orgPath != null && subtreePaths.stream().anyMatch(orgPath::startsWith);
    }

    /** True when a record of the given organisation, owned by the given user, lies within this scope. */
    public boolean covers(long orgId, String orgPath, Long ownerUserId) {
        return coversOrg(orgId, orgPath) || (selfUserId != null && selfUserId.equals(ownerUserId));
    }

    /**
     * A SQL condition restricting rows to this scope. The organisation column is matched against the org tree's
     * materialized paths in table {@code org_unit}; the owner column (may be null when a table has no owner) is
     * matched against the user for 仅本人.
     *
     * @param orgIdColumn   qualified column holding the record's organisation id, e.g. {@code a.org_id}
     * @param ownerIdColumn qualified column holding the owning user id, or null
     */
    public SqlCondition filter(String orgIdColumn, String ownerIdColumn) {
        if (all) {
            return new SqlCondition("1=1", List.of());
        }
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (String path : subtreePaths) {
            parts.add(orgIdColumn + " in (select s.id from org_unit s where s.path like ?)");
            params.add(path + "%");
        }
        if (!orgIds.isEmpty()) {
            parts.add(orgIdColumn + " in (" + String.join(",", orgIds.stream().map(i -> "?").toList()) + ")");
            params.addAll(orgIds);
        }
        if (selfUserId != null && ownerIdColumn != null) {
            parts.add(ownerIdColumn + " = ?");
            params.add(selfUserId);
        }
        if (parts.isEmpty()) {
            return new SqlCondition("1=0", List.of());
        }
        return new SqlCondition("(" + String.join(" or ", parts) + ")", params);
    }

    /** A SQL boolean expression and its bind parameters, in order. */
    public record SqlCondition(String sql, List<Object> params) {
        public SqlCondition {
            params = List.copyOf(params);
        }

        public Object[] paramArray() {
            return params.toArray();
        }
    }
}
