package cn.fazhi.platform.org;

import cn.fazhi.platform.audit.AuditLog;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up, grants the built-in ADMIN role any permission of the catalogue it lacks (a module added since the last
 * start), so that a new module's permissions need no manual step. Audited as a permission change. Idempotent; with
 * several nodes starting at once, a concurrent insert of the same row is ignored.
 */
@Component
@Order(20)
class AdminPermissionsSync implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final PermissionCatalog catalog;
    private final AuditLog audit;

    AdminPermissionsSync(JdbcTemplate jdbc, PermissionCatalog catalog, AuditLog audit) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.audit = audit;
    }

    /** No surrounding transaction: each insert commits alone, so a concurrent duplicate does not abort the rest. */
    @Override
    public void run(ApplicationArguments args) {
        List<Long> ids = jdbc.queryForList("select id from app_role where code = 'ADMIN' and builtin = true", Long.class);
        for (long id : ids) {
            Set<String> held = new LinkedHashSet<>(jdbc.queryForList("select permission from role_permission where role_id = ?",
                    String.class, id));
            List<String> missing = catalog.all().stream().map(Permission::code).filter(p -> !held.contains(p)).toList();
            if (missing.isEmpty()) {
                continue;
            }
            for (String p : missing) {
                try {
                    jdbc.update("insert into role_permission (role_id, permission) values (?, ?)", id, p);
                } catch (DuplicateKeyException e) {
                    // another node added it
                }
            }
            audit.recordAs("system", null, null, null, "PERMISSION_CHANGE", "app_role", String.valueOf(id),
                    java.util.Map.of("permissions", held), java.util.Map.of("added", missing));
        }
    }
}
