package cn.fazhi.platform.org;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree. Names of all units are reference data (pickers show the whole tree); editing a unit
 * requires {@code org:manage} and the unit inside the editor's data scope — otherwise it is "not found".
 */
@Service
public class OrgUnits {

    static final String COLUMNS = "o.id, o.parent_id, o.path, o.code, o.name, o.short_name, o.kind, o.sort_order, o.active, o.version";
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    static final RowMapper<OrgUnit> MAPPER = OrgUnits::map;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    public OrgUnits(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    static OrgUnit map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new OrgUnit(rs.getLong("id"), parentId, rs.getString("path"), rs.getString("code"),
                rs.getString("name"), rs.getString("short_name"), OrgKind.valueOf(rs.getString("kind")),
                rs.getInt("sort_order"), rs.getBoolean("active"), rs.getInt("version"));
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    /** The whole tree in display order (reference data: names only matter; no scope). */
    @Transactional(readOnly = true)
    public List<OrgNode> tree() {
        return treeOrder(jdbc.query("select " + COLUMNS + " from org_unit o", MAPPER));
    }

    /** The units within the actor's data scope, in tree order (where the actor may place users). */
    @Transactional(readOnly = true)
    public List<OrgNode> treeInScope(FazhiPrincipal actor) {
        DataScope.SqlCondition c = actor.scope().filter("o.id", null);
        return treeOrder(jdbc.query("select " + COLUMNS + " from org_unit o where " + c.sql(), MAPPER, c.paramArray()));
    }

    /** Orders units parents-first, siblings by explicit sort order then name; orphans (parent filtered out) as roots. */
    static List<OrgNode> treeOrder(List<OrgUnit> units) {
        Map<Long, OrgUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<Long, List<OrgUnit>> children = new LinkedHashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit u : units) {
            if (u.parentId() == null || !byId.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        Comparator<OrgUnit> order = Comparator.comparingInt(OrgUnit::sortOrder).thenComparing(OrgUnit::name)
                .thenComparingLong(OrgUnit::id);
        List<OrgNode> out = new ArrayList<>();
        roots.sort(order);
        for (OrgUnit r : roots) {
            walk(r, 0, children, order, out);
        }
        return out;
    }

    private static void walk(OrgUnit u, int depth, Map<Long, List<OrgUnit>> children, Comparator<OrgUnit> order,
            List<OrgNode> out) {
        out.add(new OrgNode(u, depth));
        List<OrgUnit> kids = children.getOrDefault(u.id(), new ArrayList<>());
        kids.sort(order);
        for (OrgUnit k : kids) {
            walk(k, depth + 1, children, order, out);
        }
    }

    /** Any unit by id, without scope (reference data: a name for display). */
    @Transactional(readOnly = true)
    public Optional<OrgUnit> find(long id) {
        return jdbc.query("select " + COLUMNS + " from org_unit o where o.id = ?", MAPPER, id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<OrgUnit> findByCode(String code) {
        return jdbc.query("select " + COLUMNS + " from org_unit o where o.code = ?", MAPPER, code).stream().findFirst();
    }

    /** A unit inside the actor's data scope, or 404 (same as not existing, so that ids do not leak). */
    @Transactional(readOnly = true)
    public OrgUnit getInScope(long id, FazhiPrincipal actor) {
        return findInScope(id, actor).orElseThrow(() -> BusinessException.notFound("单位"));
    }

    Optional<OrgUnit> findInScope(long id, FazhiPrincipal actor) {
        DataScope.SqlCondition c = actor.scope().filter("o.id", null);
        List<Object> params = new ArrayList<>(c.params());
        params.add(id);
        return jdbc.query("select " + COLUMNS + " from org_unit o where " + c.sql() + " and o.id = ?", MAPPER,
                params.toArray()).stream().findFirst();
    }

    /** A unit the actor may edit: requires {@code org:manage}; outside the scope it is "not found". */
    @Transactional(readOnly = true)
    public OrgUnit getForEdit(long id, FazhiPrincipal actor) {
        Access.require(actor, Permissions.ORG_MANAGE);
        return getInScope(id, actor);
    }

    // ---- changes -----------------------------------------------------------------------------------------------

    @Transactional
    public OrgUnit create(OrgForm form, FazhiPrincipal actor) {
        Access.require(actor, Permissions.ORG_MANAGE);
        Validation v = new Validation();
        OrgUnit parent = null;
        if (form.parentId() == null) {
            if (!actor.scope().all()) {
                v.reject("parentId", "只有数据范围为“全部”的管理员可以新建顶级单位,请选择上级单位");
            }
        } else {
            parent = findInScope(form.parentId(), actor).orElse(null);
            if (parent == null) {
                v.reject("parentId", "上级单位不存在或无权访问");
            } else if (!parent.active()) {
                v.reject("parentId", "上级单位已停用");
            }
        }
        OrgKind kind = validateFields(form, null, v);
        v.throwIfAny();
        return insert(form.code().strip(), form.name().strip(), Validation.trim(form.shortName()), kind, parent,
                form.sortOrder() == null ? 0 : form.sortOrder());
    }

    /** Inserts a unit under {@code parent} (null: a root) and computes its path; audited. No permission check. */
    OrgUnit insert(String code, String name, String shortName, OrgKind kind, OrgUnit parent, int sortOrder) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into org_unit (parent_id, path, code, name, short_name, kind, sort_order, active, created_at, updated_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, 0)""", new String[] {"id"});
            ps.setObject(1, parent == null ? null : parent.id());
            ps.setString(2, "/");
            ps.setString(3, code);
            ps.setString(4, name);
            ps.setString(5, shortName);
            ps.setString(6, kind.name());
            ps.setInt(7, sortOrder);
            ps.setTimestamp(8, now);
            ps.setTimestamp(9, now);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        jdbc.update("update org_unit set path = ? where id = ?", OrgUnit.childPath(parent == null ? null : parent.path(), id), id);
        OrgUnit created = find(id).orElseThrow();
        audit.record("CREATE", "org_unit", String.valueOf(id), null, created);
        return created;
    }

    @Transactional
    public OrgUnit update(long id, OrgForm form, FazhiPrincipal actor) {
        OrgUnit before = getForEdit(id, actor);
        Validation v = new Validation();
        OrgKind kind = validateFields(form, id, v);
        if (form.version() != null && form.version() != before.version()) {
            v.reject("version", "该单位已被他人修改,请刷新后重试");
        }
        boolean active = form.active() == null ? before.active() : form.active();
        if (before.active() && !active) {
            checkCanDeactivate(before, v);
        }
        if (!before.active() && active && before.parentId() != null
                && !find(before.parentId()).map(OrgUnit::active).orElse(true)) {
            v.reject("active", "上级单位已停用,不能启用本单位");
        }
        v.throwIfAny();
        int n = jdbc.update("""
                update org_unit set code = ?, name = ?, short_name = ?, kind = ?, sort_order = ?, active = ?, updated_at = ?,
                       version = version + 1
                where id = ? and version = ?""", form.code().strip(), form.name().strip(), Validation.trim(form.shortName()),
                kind.name(), form.sortOrder() == null ? before.sortOrder() : form.sortOrder(), active,
                Timestamp.from(Instant.now(clock)), id, before.version());
        if (n != 1) {
            throw new BusinessException("CONFLICT", "该单位已被他人修改,请刷新后重试", 409);
        }
        OrgUnit after = find(id).orElseThrow();
        audit.record("UPDATE", "org_unit", String.valueOf(id), before, after);
        return after;
    }

    private void checkCanDeactivate(OrgUnit unit, Validation v) {
        Integer users = jdbc.queryForObject("select count(*) from app_user where org_id = ? and enabled = true",
                Integer.class, unit.id());
        if (users != null && users > 0) {
            v.reject("active", "该单位还有" + users + "个启用的用户,不能停用");
        }
        Integer kids = jdbc.queryForObject("select count(*) from org_unit where parent_id = ? and active = true",
                Integer.class, unit.id());
        if (kids != null && kids > 0) {
            v.reject("active", "该单位还有" + kids + "个启用的下级单位,不能停用");
        }
    }

    /** Validates code/name/kind (and code uniqueness except {@code selfId}); returns the kind. */
    private OrgKind validateFields(OrgForm form, Long selfId, Validation v) {
        if (Validation.blank(form.name())) {
            v.reject("name", "请填写单位名称");
        } else if (form.name().strip().length() > 200) {
            v.reject("name", "单位名称不能超过200个字符");
        }
        if (Validation.blank(form.code())) {
            v.reject("code", "请填写单位编码");
        } else if (!CODE.matcher(form.code().strip()).matches()) {
            v.reject("code", "单位编码只能由字母、数字、点、横线、下划线组成,最长64位");
        } else {
            findByCode(form.code().strip()).filter(o -> selfId == null || o.id() != selfId)
                    .ifPresent(o -> v.reject("code", "单位编码“" + form.code().strip() + "”已被“" + o.name() + "”使用"));
        }
        if (form.shortName() != null && form.shortName().strip().length() > 100) {
            v.reject("shortName", "简称不能超过100个字符");
        }
        OrgKind kind = OrgKind.parse(form.kind()).orElse(null);
        if (kind == null) {
            v.reject("kind", "请选择单位类型");
        }
        return kind;
    }

    /**
     * Re-parents a unit (null: make it a root) and rewrites the paths of all its descendants in the same
     * transaction. Both the unit and the new parent must lie within the actor's scope.
     */
    @Transactional
    public OrgUnit move(long id, Long newParentId, FazhiPrincipal actor) {
        OrgUnit before = getForEdit(id, actor);
        OrgUnit newParent = null;
        if (newParentId == null) {
            if (!actor.scope().all()) {
                throw BusinessException.invalid("parentId", "只有数据范围为“全部”的管理员可以设置顶级单位");
            }
        } else {
            newParent = findInScope(newParentId, actor)
                    .orElseThrow(() -> BusinessException.invalid("parentId", "上级单位不存在或无权访问"));
            before.checkMoveUnder(newParent);
            if (!newParent.active()) {
                throw BusinessException.invalid("parentId", "上级单位已停用");
            }
        }
        if (java.util.Objects.equals(before.parentId(), newParentId)) {
            return before;
        }
        String oldPrefix = before.path();
        String newPrefix = OrgUnit.childPath(newParent == null ? null : newParent.path(), id);
        List<OrgUnit> subtree = jdbc.query("select " + COLUMNS + " from org_unit o where o.path like ? for update",
                MAPPER, oldPrefix + "%");
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> batch = new ArrayList<>();
        for (OrgUnit u : subtree) {
            batch.add(new Object[] {OrgUnit.rebase(u.path(), oldPrefix, newPrefix), now, u.id()});
        }
        jdbc.batchUpdate("update org_unit set path = ?, updated_at = ?, version = version + 1 where id = ?", batch);
        jdbc.update("update org_unit set parent_id = ? where id = ?", newParentId, id);
        OrgUnit after = find(id).orElseThrow();
        audit.record("MOVE", "org_unit", String.valueOf(id), before, after);
        return after;
    }
}
