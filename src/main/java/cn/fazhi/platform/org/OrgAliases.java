package cn.fazhi.platform.org;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's alias table ({@code org_alias}): other names of organisations that documents use. Maintained
 * with {@code org:manage}; an importer may also remember a mapping its user decided (see {@link #remember}). An alias
 * that already names another unit (its full or short name) or is taken is refused. Every change is audited.
 */
@Service
public class OrgAliases {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final OrgNameResolver resolver;
    private final Clock clock;

    public OrgAliases(JdbcTemplate jdbc, AuditLog audit, OrgNameResolver resolver, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.resolver = resolver;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OrgAlias> list() {
        return jdbc.query("""
                select a.id, a.alias, a.org_id, u.name, a.created_at, a.created_by
                from org_alias a join org_unit u on u.id = a.org_id order by u.sort_order, u.id, a.alias""",
                (rs, i) -> {
                    long by = rs.getLong(6);
                    Long createdBy = rs.wasNull() ? null : by;
                    Timestamp at = rs.getTimestamp(5);
                    return new OrgAlias(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            at == null ? null : at.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(),
                            createdBy);
                });
    }

    /** Adds an alias (requires {@code org:manage}); audited. */
    @Transactional
    public OrgAlias add(String alias, long orgId, FazhiPrincipal actor) {
        Access.require(actor, Permissions.ORG_MANAGE);
        return insert(alias, orgId, actor, "CREATE");
    }

    /**
     * Remembers a name a user mapped to an organisation while importing a document (requires {@code org:manage} or
     * the importing module's permission, given by the caller); audited. An alias that already maps to the same unit
     * is kept as it is.
     */
    @Transactional
    public Optional<OrgAlias> remember(String alias, long orgId, FazhiPrincipal actor, String importPermission) {
        Access.requireAny(actor, Permissions.ORG_MANAGE, importPermission);
        Optional<OrgNameResolver.OrgMatch> existing = resolver.resolve(alias);
        if (existing.isPresent() && existing.get().orgId() == orgId) {
            return Optional.empty();
        }
        return Optional.of(insert(alias, orgId, actor, "CREATE"));
    }

    private OrgAlias insert(String alias, long orgId, FazhiPrincipal actor, String action) {
        String name = alias == null ? "" : alias.strip();
        if (name.isEmpty()) {
            throw BusinessException.invalid("alias", "请填写别名");
        }
        if (name.length() > 200) {
            throw BusinessException.invalid("alias", "别名不能超过200个字符");
        }
        Boolean active = jdbc.query("select active from org_unit where id = ?", (rs, i) -> rs.getBoolean(1), orgId)
                .stream().findFirst().orElse(null);
        if (active == null || !active) {
            throw BusinessException.invalid("orgId", "所选单位不存在或已停用");
        }
        Optional<OrgNameResolver.OrgMatch> taken = resolver.resolve(name);
        if (taken.isPresent()) {
            OrgNameResolver.OrgMatch m = taken.get();
            String how = switch (m.kind()) {
                case EXACT -> "是“" + m.orgName() + "”的全称";
                case SHORT_NAME -> "是“" + m.orgName() + "”的简称";
                case ALIAS -> "已是“" + m.orgName() + "”的别名";
            };
            throw BusinessException.invalid("alias", "“" + name + "”" + how + ",不能再作为别名");
        }
        for (OrgAlias a : list()) {
            if (OrgNameResolver.normalise(a.alias()).equals(OrgNameResolver.normalise(name))) {
                throw BusinessException.invalid("alias", "别名“" + name + "”已被“" + a.orgName() + "”使用");
            }
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement(
                    "insert into org_alias (alias, org_id, created_at, created_by, version) values (?, ?, ?, ?, 0)",
                    new String[] {"id"});
            ps.setString(1, name);
            ps.setLong(2, orgId);
            ps.setTimestamp(3, now);
            ps.setLong(4, actor.userId());
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        OrgAlias created = find(id).orElseThrow();
        audit.record(action, "org_alias", String.valueOf(id), null, view(created));
        return created;
    }

    @Transactional(readOnly = true)
    public Optional<OrgAlias> find(long id) {
        return list().stream().filter(a -> a.id() == id).findFirst();
    }

    /** Deletes an alias (requires {@code org:manage}); audited. */
    @Transactional
    public void delete(long id, FazhiPrincipal actor) {
        Access.require(actor, Permissions.ORG_MANAGE);
        OrgAlias before = find(id).orElseThrow(() -> BusinessException.notFound("别名"));
        jdbc.update("delete from org_alias where id = ?", id);
        audit.record("DELETE", "org_alias", String.valueOf(id), view(before), null);
    }

    private static Map<String, Object> view(OrgAlias a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alias", a.alias());
        m.put("orgId", a.orgId());
        m.put("orgName", a.orgName());
        return m;
    }
}
