package cn.fazhi.platform.org;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.AccountSessions;
import cn.fazhi.platform.security.ApiTokens;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.security.PasswordPolicy;
import cn.fazhi.platform.security.ScopeKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users. Every read for a caller goes through the caller's {@link DataScope} ({@code u.org_id}; 仅本人 = the user
 * itself), in the SQL with bind parameters: a user outside the scope is "not found" for reads and changes alike.
 * Reading needs {@code user:read} or {@code user:manage}; changes need {@code user:manage}.
 */
@Service
public class Users {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{2,64}");
    static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,32}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.org_id, o.name as org_name, u.enabled, u.must_change_password,
                   u.phone, u.email, u.created_at, u.password_changed_at, u.version
            from app_user u join org_unit o on o.id = u.org_id""";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder encoder;
    private final OrgUnits orgUnits;
    private final Roles roles;
    private final AccountSessions sessions;
    private final ApiTokens tokens;

    public Users(JdbcTemplate jdbc, AuditLog audit, Clock clock, PasswordPolicy passwordPolicy, PasswordEncoder encoder,
            OrgUnits orgUnits, Roles roles, AccountSessions sessions, ApiTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
        this.orgUnits = orgUnits;
        this.roles = roles;
    }

    private static UserView map(ResultSet rs, int row) throws SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        Timestamp changed = rs.getTimestamp("password_changed_at");
        return new UserView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getLong("org_id"),
                rs.getString("org_name"), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
                rs.getString("phone"), rs.getString("email"), created == null ? null : created.toInstant(),
                changed == null ? null : changed.toInstant(), rs.getInt("version"), List.of());
    }

    private List<UserView> withRoles(List<UserView> users) {
        if (users.isEmpty()) {
            return users;
        }
        Map<Long, List<UserView.RoleRef>> byUser = new HashMap<>();
        String in = String.join(",", users.stream().map(u -> "?").toList());
        jdbc.query("select ur.user_id, r.id, r.code, r.name from user_role ur join app_role r on r.id = ur.role_id where ur.user_id in ("
                + in + ") order by r.code", rs -> {
                    byUser.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new UserView.RoleRef(rs.getLong(2), rs.getString(3), rs.getString(4)));
                }, users.stream().map(UserView::id).toArray());
        return users.stream().map(u -> new UserView(u.id(), u.username(), u.displayName(), u.orgId(), u.orgName(),
                u.enabled(), u.mustChangePassword(), u.phone(), u.email(), u.createdAt(), u.passwordChangedAt(),
                u.version(), byUser.getOrDefault(u.id(), List.of()))).toList();
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public PageResult<UserView> search(UserQuery q, int page, int size, FazhiPrincipal actor) {
        Access.requireAny(actor, Permissions.USER_READ, Permissions.USER_MANAGE);
        int p = Math.max(0, page);
        int s = Math.min(Math.max(1, size), 200);
        DataScope.SqlCondition scope = actor.scope().filter("u.org_id", "u.id");
        StringBuilder where = new StringBuilder(" where ").append(scope.sql());
        List<Object> params = new ArrayList<>(scope.params());
        if (q.orgId() != null) {
            if (q.subOrgs()) {
                String path = orgUnits.find(q.orgId()).map(OrgUnit::path).orElse("/none/");
                where.append(" and o.path like ?");
                params.add(path + "%");
            } else {
                where.append(" and u.org_id = ?");
                params.add(q.orgId());
            }
        }
        if (!Validation.blank(q.keyword())) {
            where.append(" and (u.username ilike ? or u.display_name ilike ? or u.phone like ?)");
            String like = "%" + q.keyword().strip().replace("\\", "").replace("%", "").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (q.enabled() != null) {
            where.append(" and u.enabled = ?");
            params.add(q.enabled());
        }
        Long total = jdbc.queryForObject("select count(*) from app_user u join org_unit o on o.id = u.org_id" + where,
                Long.class, params.toArray());
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(s);
        pageParams.add((long) p * s);
        List<UserView> items = jdbc.query(SELECT + where + " order by o.path, u.username limit ? offset ?", Users::map,
                pageParams.toArray());
        return new PageResult<>(withRoles(items), p, s, total == null ? 0 : total);
    }

    /** A user inside the actor's scope (needs user:read or user:manage), or 404 "用户不存在或无权访问". */
    @Transactional(readOnly = true)
    public UserView get(long id, FazhiPrincipal actor) {
        Access.requireAny(actor, Permissions.USER_READ, Permissions.USER_MANAGE);
        return findInScope(id, actor).orElseThrow(() -> BusinessException.notFound("用户"));
    }

    private Optional<UserView> findInScope(long id, FazhiPrincipal actor) {
        DataScope.SqlCondition scope = actor.scope().filter("u.org_id", "u.id");
        List<Object> params = new ArrayList<>(scope.params());
        params.add(id);
        return withRoles(jdbc.query(SELECT + " where " + scope.sql() + " and u.id = ?", Users::map, params.toArray()))
                .stream().findFirst();
    }

    /** A user by id without scope (internal: audit snapshots, imports). */
    Optional<UserView> find(long id) {
        return withRoles(jdbc.query(SELECT + " where u.id = ?", Users::map, id)).stream().findFirst();
    }

    Optional<UserView> findByUsername(String username) {
        return withRoles(jdbc.query(SELECT + " where u.username = ?", Users::map, username)).stream().findFirst();
    }

    /**
     * The target of a change: looked up within the scope first (404 outside it, whatever the caller's permissions,
     * so that existence does not leak), then {@code user:manage} is required (403).
     */
    private UserView getForChange(long id, FazhiPrincipal actor) {
        UserView u = findInScope(id, actor).orElseThrow(() -> BusinessException.notFound("用户"));
        Access.require(actor, Permissions.USER_MANAGE);
        return u;
    }

    // ---- changes -----------------------------------------------------------------------------------------------

    @Transactional
    public UserView create(UserForm form, FazhiPrincipal actor) {
        Access.require(actor, Permissions.USER_MANAGE);
        Validation v = new Validation();
        String username = Validation.trim(form.username());
        if (username == null) {
            v.reject("username", "请填写用户名");
        } else if (!USERNAME.matcher(username).matches()) {
            v.reject("username", "用户名只能由字母、数字、点、横线、下划线组成(2-64位)");
        } else if (findByUsername(username).isPresent()) {
            v.reject("username", "用户名“" + username + "”已存在");
        }
        validateProfile(form, actor, v);
        List<String> pw = passwordPolicy.violations(username, form.password());
        if (!pw.isEmpty()) {
            v.reject("password", String.join(";", pw));
        }
        List<Role> assigned = checkAssignable(form.roleIds(), actor, v);
        v.throwIfAny();
        long id = insert(username, form.displayName().strip(), form.orgId(), Validation.trim(form.phone()),
                Validation.trim(form.email()), encoder.encode(form.password()), true);
        writeRoles(id, assigned.stream().map(Role::id).toList());
        UserView created = find(id).orElseThrow();
        audit.record("CREATE", "app_user", String.valueOf(id), null, created);
        return created;
    }

    /** Inserts a user (no checks: callers validate); returns the id. */
    long insert(String username, String displayName, long orgId, String phone, String email, String passwordHash,
            boolean mustChange) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into app_user (org_id, username, display_name, password_hash, enabled, must_change_password,
                                          phone, email, created_at, password_changed_at, version)
                    values (?, ?, ?, ?, true, ?, ?, ?, ?, ?, 0)""", new String[] {"id"});
            ps.setLong(1, orgId);
            ps.setString(2, username);
            ps.setString(3, displayName);
            ps.setString(4, passwordHash);
            ps.setBoolean(5, mustChange);
            ps.setString(6, phone);
            ps.setString(7, email);
            ps.setTimestamp(8, now);
            ps.setTimestamp(9, now);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Creates a validated user with its roles and audits it (internal: demo data, first administrator, import). */
    UserView createInternal(String username, String displayName, long orgId, String phone, String email,
            String passwordHash, boolean mustChange, List<Long> roleIds) {
        long id = insert(username, displayName, orgId, phone, email, passwordHash, mustChange);
        writeRoles(id, roleIds);
        UserView created = find(id).orElseThrow();
        audit.record("CREATE", "app_user", String.valueOf(id), null, created);
        return created;
    }

    void writeRoles(long userId, List<Long> roleIds) {
        jdbc.update("delete from user_role where user_id = ?", userId);
        jdbc.batchUpdate("insert into user_role (user_id, role_id) values (?, ?)",
                new LinkedHashSet<>(roleIds).stream().map(r -> new Object[] {userId, r}).toList());
    }

    private void validateProfile(UserForm form, FazhiPrincipal actor, Validation v) {
        if (Validation.blank(form.displayName())) {
            v.reject("displayName", "请填写姓名");
        } else if (form.displayName().strip().length() > 100) {
            v.reject("displayName", "姓名不能超过100个字符");
        }
        if (form.orgId() == null) {
            v.reject("orgId", "请选择所属单位");
        } else {
            Optional<OrgUnit> unit = orgUnits.findInScope(form.orgId(), actor);
            if (unit.isEmpty()) {
                v.reject("orgId", "所属单位不存在或无权访问");
            } else if (!unit.get().active()) {
                v.reject("orgId", "所属单位已停用");
            }
        }
        if (!Validation.blank(form.phone()) && !PHONE.matcher(form.phone().strip()).matches()) {
            v.reject("phone", "手机号码格式不正确");
        }
        if (!Validation.blank(form.email()) && !EMAIL.matcher(form.email().strip()).matches()) {
            v.reject("email", "电子邮箱格式不正确");
        }
    }

    /**
     * The roles an actor may hand out: only roles whose permissions the actor holds, and 全部-scope roles only by an
     * actor whose own scope is 全部 (no privilege escalation through user management).
     */
    List<Role> checkAssignable(List<Long> roleIds, FazhiPrincipal actor, Validation v) {
        List<Long> ids = roleIds == null ? List.of() : roleIds.stream().distinct().toList();
        Map<Long, Role> found = roles.byIds(ids);
        List<Role> out = new ArrayList<>();
        for (Long id : ids) {
            Role r = found.get(id);
            if (r == null) {
                v.reject("roleIds", "角色不存在: " + id);
            } else if (!assignable(r, actor)) {
                v.reject("roleIds", "无权分配角色“" + r.name() + "”(其权限或数据范围超出您本人)");
            } else {
                out.add(r);
            }
        }
        return out;
    }

    static boolean assignable(Role r, FazhiPrincipal actor) {
        return actor.permissions().containsAll(r.permissions()) && (r.scope() != ScopeKind.ALL || actor.scope().all());
    }

    @Transactional
    public UserView update(long id, UserForm form, FazhiPrincipal actor) {
        UserView before = getForChange(id, actor);
        Validation v = new Validation();
        validateProfile(form, actor, v);
        if (form.version() != null && form.version() != before.version()) {
            v.reject("version", "该用户已被他人修改,请刷新后重试");
        }
        v.throwIfAny();
        int n = jdbc.update("update app_user set display_name = ?, org_id = ?, phone = ?, email = ?, version = version + 1 where id = ? and version = ?",
                form.displayName().strip(), form.orgId(), Validation.trim(form.phone()), Validation.trim(form.email()), id,
                before.version());
        if (n != 1) {
            throw new BusinessException("CONFLICT", "该用户已被他人修改,请刷新后重试", 409);
        }
        UserView after = find(id).orElseThrow();
        audit.record("UPDATE", "app_user", String.valueOf(id), before, after);
        return after;
    }

    @Transactional
    public UserView setEnabled(long id, boolean enabled, FazhiPrincipal actor) {
        UserView before = getForChange(id, actor);
        if (!enabled && before.id() == actor.userId()) {
            throw new BusinessException("SELF_DISABLE", "不能停用自己的账号", 400);
        }
        jdbc.update("update app_user set enabled = ?, version = version + 1 where id = ?", enabled, id);
        UserView after = find(id).orElseThrow();
        audit.record(enabled ? "ENABLE" : "DISABLE", "app_user", String.valueOf(id), before, after);
        if (!enabled) {
            // A disabled account loses its sessions on every node and its API tokens at once (等保 2.0: 访问控制).
            sessions.endSessionsOf(before.username());
            tokens.revokeAll(id, null);
        }
        return after;
    }

    /** Sets a new initial password; the user must change it at next login. The audit record names no password. */
    @Transactional
    public UserView resetPassword(long id, String newPassword, FazhiPrincipal actor) {
        UserView before = getForChange(id, actor);
        passwordPolicy.check(before.username(), newPassword);
        jdbc.update("update app_user set password_hash = ?, must_change_password = true, password_changed_at = ?, version = version + 1 where id = ?",
                encoder.encode(newPassword), Timestamp.from(Instant.now(clock)), id);
        UserView after = find(id).orElseThrow();
        audit.record("RESET_PASSWORD", "app_user", String.valueOf(id), before, after);
        // The old password may be known to someone else: end what it opened.
        sessions.endSessionsOf(before.username());
        tokens.revokeAll(id, null);
        return after;
    }

    @Transactional
    public UserView setRoles(long id, List<Long> roleIds, FazhiPrincipal actor) {
        UserView before = getForChange(id, actor);
        Validation v = new Validation();
        List<Long> wanted = roleIds == null ? List.of() : roleIds.stream().distinct().toList();
        List<Long> held = before.roleIds();
        // Roles already held are kept without a check; new ones must be assignable by the actor.
        checkAssignable(wanted.stream().filter(r -> !held.contains(r)).toList(), actor, v);
        // Removing a role the actor could not have granted is equally an escalation decision: refused.
        for (UserView.RoleRef h : before.roles()) {
            Role r = roles.find(h.id()).orElse(null);
            if (!wanted.contains(h.id()) && r != null && !assignable(r, actor)) {
                v.reject("roleIds", "无权取消角色“" + r.name() + "”");
            }
        }
        v.throwIfAny();
        writeRoles(id, wanted);
        jdbc.update("update app_user set version = version + 1 where id = ?", id);
        UserView after = find(id).orElseThrow();
        audit.record("PERMISSION_CHANGE", "app_user", String.valueOf(id), before, after);
        // Sessions hold the principal with its permissions and scope: end them so the new roles apply at next login.
        // Bearer calls reload the account on every request, so tokens already see the change.
        sessions.endSessionsOf(before.username());
        return after;
    }
}
