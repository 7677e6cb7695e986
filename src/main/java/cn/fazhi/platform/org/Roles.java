package cn.fazhi.platform.org;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.security.ScopeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles, their permissions and data scopes. Every change is audited as {@code PERMISSION_CHANGE}. */
@Service
public class Roles {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final PermissionCatalog catalog;
    private final OrgUnits orgUnits;

    public Roles(JdbcTemplate jdbc, AuditLog audit, PermissionCatalog catalog, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.catalog = catalog;
        this.orgUnits = orgUnits;
    }

    /** All roles (the list is reference data for user forms; editing needs role:manage). */
    @Transactional(readOnly = true)
    public List<Role> all() {
        return load("select id, code, name, data_scope, description, builtin, version from app_role order by builtin desc, code");
    }

    @Transactional(readOnly = true)
    public Optional<Role> find(long id) {
        return load("select id, code, name, data_scope, description, builtin, version from app_role where id = ?", id)
                .stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Role> findByCode(String code) {
        return load("select id, code, name, data_scope, description, builtin, version from app_role where code = ?", code)
                .stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Role get(long id, FazhiPrincipal actor) {
        Access.require(actor, Permissions.ROLE_MANAGE);
        return find(id).orElseThrow(() -> BusinessException.notFound("角色"));
    }

    private List<Role> load(String sql, Object... args) {
        record Row(long id, String code, String name, String scope, String description, boolean builtin, int version) {
        }
        List<Row> rows = jdbc.query(sql, (rs, i) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("data_scope"), rs.getString("description"), rs.getBoolean("builtin"), rs.getInt("version")), args);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> perms = new HashMap<>();
        jdbc.query("select role_id, permission from role_permission", rs -> {
            perms.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
        });
        Map<Long, List<Long>> orgs = new HashMap<>();
        jdbc.query("select role_id, org_id from role_scope_org order by org_id", rs -> {
            orgs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return rows.stream().map(r -> new Role(r.id, r.code, r.name, ScopeKind.valueOf(r.scope), r.description, r.builtin,
                r.version, perms.getOrDefault(r.id, Set.of()), orgs.getOrDefault(r.id, List.of()))).toList();
    }

    @Transactional
    public Role create(RoleForm form, FazhiPrincipal actor) {
        Access.require(actor, Permissions.ROLE_MANAGE);
        Validation v = new Validation();
        Checked c = validate(form, null, v);
        v.throwIfAny();
        Role role = insert(form.code().strip(), form.name().strip(), c.scope, Validation.trim(form.description()), false,
                c.permissions, c.orgIds);
        return role;
    }

    /** Inserts a role (no permission check; used by demo data and the first-administrator command); audited. */
    Role insert(String code, String name, ScopeKind scope, String description, boolean builtin, Set<String> permissions,
            List<Long> orgIds) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into app_role (code, name, data_scope, description, builtin, version) values (?, ?, ?, ?, ?, 0)",
                    new String[] {"id"});
            ps.setString(1, code);
            ps.setString(2, name);
            ps.setString(3, scope.name());
            ps.setString(4, description);
            ps.setBoolean(5, builtin);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        writeChildren(id, permissions, orgIds);
        Role created = find(id).orElseThrow();
        audit.record("PERMISSION_CHANGE", "app_role", String.valueOf(id), null, created);
        return created;
    }

    @Transactional
    public Role update(long id, RoleForm form, FazhiPrincipal actor) {
        Role before = get(id, actor);
        Validation v = new Validation();
        Checked c = validate(form, id, v);
        if (before.builtin() && !before.code().equals(form.code() == null ? null : form.code().strip())) {
            v.reject("code", "内置角色的编码不能修改");
        }
        if (form.version() != null && form.version() != before.version()) {
            v.reject("version", "该角色已被他人修改,请刷新后重试");
        }
        if (before.code().equals("ADMIN") && !c.permissions.containsAll(catalog.all().stream().map(Permission::code).toList())) {
            v.reject("permissions", "系统管理员角色必须保留全部权限");
        }
        v.throwIfAny();
        int n = jdbc.update("update app_role set code = ?, name = ?, data_scope = ?, description = ?, version = version + 1 where id = ? and version = ?",
                form.code().strip(), form.name().strip(), c.scope.name(), Validation.trim(form.description()), id, before.version());
        if (n != 1) {
            throw new BusinessException("CONFLICT", "该角色已被他人修改,请刷新后重试", 409);
        }
        jdbc.update("delete from role_permission where role_id = ?", id);
        jdbc.update("delete from role_scope_org where role_id = ?", id);
        writeChildren(id, c.permissions, c.orgIds);
        Role after = find(id).orElseThrow();
        audit.record("PERMISSION_CHANGE", "app_role", String.valueOf(id), before, after);
        return after;
    }

    @Transactional
    public void delete(long id, FazhiPrincipal actor) {
        Role before = get(id, actor);
        if (before.builtin()) {
            throw new BusinessException("ROLE_BUILTIN", "内置角色不能删除", 409);
        }
        Integer holders = jdbc.queryForObject("select count(*) from user_role where role_id = ?", Integer.class, id);
        if (holders != null && holders > 0) {
            throw new BusinessException("ROLE_IN_USE", "该角色已分配给" + holders + "个用户,请先取消分配再删除", 409);
        }
        jdbc.update("delete from app_role where id = ?", id);
        audit.record("PERMISSION_CHANGE", "app_role", String.valueOf(id), before, null);
    }

    private void writeChildren(long id, Set<String> permissions, List<Long> orgIds) {
        jdbc.batchUpdate("insert into role_permission (role_id, permission) values (?, ?)",
                permissions.stream().map(p -> new Object[] {id, p}).toList());
        jdbc.batchUpdate("insert into role_scope_org (role_id, org_id) values (?, ?)",
                orgIds.stream().map(o -> new Object[] {id, o}).toList());
    }

    private record Checked(ScopeKind scope, Set<String> permissions, List<Long> orgIds) {
    }

    private Checked validate(RoleForm form, Long selfId, Validation v) {
        if (Validation.blank(form.code())) {
            v.reject("code", "请填写角色编码");
        } else if (!CODE.matcher(form.code().strip()).matches()) {
            v.reject("code", "角色编码须以大写字母开头,由大写字母、数字、下划线组成(2-64位)");
        } else {
            findByCode(form.code().strip()).filter(r -> selfId == null || r.id() != selfId)
                    .ifPresent(r -> v.reject("code", "角色编码“" + r.code() + "”已存在"));
        }
        if (Validation.blank(form.name())) {
            v.reject("name", "请填写角色名称");
        } else if (form.name().strip().length() > 100) {
            v.reject("name", "角色名称不能超过100个字符");
        }
        ScopeKind scope = form.scope() == null ? null : Arrays.stream(ScopeKind.values())
                .filter(k -> k.name().equalsIgnoreCase(form.scope().strip()) || k.label().equals(form.scope().strip()))
                .findFirst().orElse(null);
        if (scope == null) {
            v.reject("scope", "请选择数据范围(全部、本级及下级、本单位、仅本人、自定义)");
        }
        Set<String> perms = new LinkedHashSet<>(form.permissions() == null ? List.of() : form.permissions());
        List<String> unknown = catalog.unknown(perms);
        if (!unknown.isEmpty()) {
            v.reject("permissions", "未知的权限: " + String.join("、", unknown));
        }
        Set<Long> orgIds = new LinkedHashSet<>(form.scopeOrgIds() == null ? List.of() : form.scopeOrgIds());
        for (Long orgId : orgIds) {
            if (orgId == null || orgUnits.find(orgId).isEmpty()) {
                v.reject("scopeOrgIds", "自定义范围中的单位不存在: " + orgId);
            }
        }
        if (scope == ScopeKind.CUSTOM && orgIds.isEmpty()) {
            v.reject("scopeOrgIds", "数据范围为“自定义”时请至少选择一个单位");
        }
        if (scope != null && scope != ScopeKind.CUSTOM && scope != ScopeKind.SUBTREE && !orgIds.isEmpty()) {
            v.reject("scopeOrgIds", "只有“自定义”或“本级及下级”数据范围可以指定单位");
        }
        return new Checked(scope, perms, new ArrayList<>(orgIds));
    }

    /** Role id → role, for the given ids (missing ids absent). */
    Map<Long, Role> byIds(List<Long> ids) {
        Map<Long, Role> out = new LinkedHashMap<>();
        for (Role r : all()) {
            if (ids.contains(r.id())) {
                out.put(r.id(), r);
            }
        }
        return out;
    }
}
