package cn.fazhi.disputes.litigation;

import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Demo users, organisations, and fresh organs (unique codes) so that metric tests count only their own records. */
public final class DisputesFixtures {

    private final JdbcTemplate jdbc;
    private final AccountDirectory accounts;

    public DisputesFixtures(JdbcTemplate jdbc, AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public long org(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    public FazhiPrincipal user(String username) {
        return accounts.loadByUsername(username).orElseThrow(() -> new AssertionError("no user " + username));
    }

    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(user(username));
    }

    /** A new department under the demo city with a random code; returns its id. */
    public long freshOrgan(String name) {
        return freshUnit(org("CITY"), name, "DEPARTMENT");
    }

    /** A new organisation of {@code kind} under {@code parent}, named {@code name} + a random code; returns its id. */
    public long freshUnit(long parent, String name, String kind) {
        String parentPath = jdbc.queryForObject("select path from org_unit where id = ?", String.class, parent);
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into org_unit (parent_id, path, code, name, kind, sort_order, active, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, 90, true, ?, ?, 0)", parent, "/pending/", code, name + code, kind, now, now);
        long id = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
        jdbc.update("update org_unit set path = ? where id = ?", parentPath + id + "/", id);
        return id;
    }

    /** A principal of {@code orgId} holding the given permissions, scope 本单位. */
    public FazhiPrincipal staffOf(long orgId, String... permissions) {
        String path = jdbc.queryForObject("select path from org_unit where id = ?", String.class, orgId);
        long userId = jdbc.queryForObject("select id from app_user where username = 'czj'", Long.class);
        return new FazhiPrincipal(userId, "czj", "测试经办人", orgId, "测试单位", path, null, true, false, Set.of("DEPT_STAFF"),
                Set.of(permissions), new DataScope(false, Set.of(), Set.of(orgId), null));
    }
}
