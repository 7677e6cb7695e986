package cn.fazhi.platform.org;

import cn.fazhi.platform.security.FazhiPrincipal;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs in demo accounts through the real {@link JdbcAccountDirectory}, and finds demo ids. */
final class OrgTestSupport {

    private final JdbcAccountDirectory directory;
    private final JdbcTemplate jdbc;

    OrgTestSupport(JdbcAccountDirectory directory, JdbcTemplate jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    FazhiPrincipal principal(String username) {
        return directory.loadByUsername(username).orElseThrow(() -> new AssertionError("no user " + username));
    }

    RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(principal(username));
    }

    long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    long orgId(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    String orgPath(String code) {
        return jdbc.queryForObject("select path from org_unit where code = ?", String.class, code);
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
