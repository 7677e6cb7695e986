package cn.fazhi.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

class H2BackupEnvironmentTests {

    @Test
    void anExportStartsNeitherTheWebServerNorMigrationsNorDemoData() {
        StandardEnvironment env = environment("--fazhi.h2.export=backup.sql");
        new H2BackupEnvironment().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(env.getProperty("spring.flyway.enabled")).isEqualTo("false");
        assertThat(env.getProperty("fazhi.demo.enabled")).isEqualTo("false");
        assertThat(env.getProperty("spring.main.lazy-initialization")).isEqualTo("true");
    }

    @Test
    void anImportDoesTheSame() {
        StandardEnvironment env = environment("--fazhi.h2.import=backup.sql");
        new H2BackupEnvironment().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(env.getProperty("spring.flyway.enabled")).isEqualTo("false");
    }

    @Test
    void anOrdinaryStartIsLeftAlone() {
        StandardEnvironment env = environment("--server.port=18080");
        new H2BackupEnvironment().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getPropertySources().contains(H2BackupEnvironment.SOURCE_NAME)).isFalse();
        assertThat(env.getProperty("spring.main.web-application-type")).isNull();
    }

    private static StandardEnvironment environment(String... args) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return env;
    }
}
