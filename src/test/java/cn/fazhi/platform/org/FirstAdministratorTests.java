package cn.fazhi.platform.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.support.FazhiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first-administrator command's logic (not the JVM exit). */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class FirstAdministratorTests {

    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    JdbcAccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ConfigurableApplicationContext context;

    OrgTestSupport t;

    @BeforeEach
    void setUp() {
        t = new OrgTestSupport(directory, jdbc);
    }

    private int run(String username, String password) {
        MockEnvironment env = new MockEnvironment().withProperty("fazhi.admin.create", username);
        if (password != null) {
            env.setProperty("FAZHI_ADMIN_PASSWORD", password);
        }
        return new FirstAdministratorRunner(firstAdministrator, env, context).execute();
    }

    @Test
    void createsAnAdministratorWhoMustChangeThePassword() {
        String name = "boss" + OrgTestSupport.suffix();
        int roots = jdbc.queryForObject("select count(*) from org_unit where parent_id is null", Integer.class);
        assertThat(run(name, "Strong#Pass2026")).isZero();
        var p = t.principal(name);
        assertThat(p.mustChangePassword()).isTrue();
        assertThat(p.roles()).containsExactly("ADMIN");
        assertThat(p.scope().all()).isTrue();
        assertThat(encoder.matches("Strong#Pass2026", p.getPassword())).isTrue();
        // The demo city already has a government root: it is reused, not duplicated.
        assertThat(jdbc.queryForObject("select count(*) from org_unit where parent_id is null", Integer.class)).isEqualTo(roots);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where entity_type = 'app_user' and entity_id = ? and action = 'CREATE'",
                Integer.class, String.valueOf(p.userId()))).isEqualTo(1);
    }

    @Test
    void refusesAWeakOrMissingPasswordAndAnExistingNameWritingNothing() {
        String name = "boss" + OrgTestSupport.suffix();
        assertThat(run(name, "weak")).isEqualTo(1);
        assertThat(run(name, null)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, name)).isZero();
        assertThat(run("admin", "Strong#Pass2026")).isEqualTo(1);
    }

    @Test
    void resultMessageIsChinese() {
        String name = "boss" + OrgTestSupport.suffix();
        var r = firstAdministrator.create(name, "Strong#Pass2026", "某某县人民政府");
        assertThat(r.message()).contains("已创建管理员“" + name + "”").contains("首次登录时须修改密码");
        assertThat(r.roleCreated()).isFalse();
    }
}
