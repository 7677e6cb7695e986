package cn.fazhi.platform.ops;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When {@code fazhi.h2.export} or {@code fazhi.h2.import} is given, the application starts only what the command
 * needs: no web server, no Flyway (an import needs an empty database; an export only reads), no demo data, and lazy
 * beans so that scheduled jobs are never created. Registered in {@code META-INF/spring.factories}.
 */
public class H2BackupEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String EXPORT = "fazhi.h2.export";
    static final String IMPORT = "fazhi.h2.import";
    static final String SOURCE_NAME = "fazhiH2Command";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!isCommand(environment)) {
            return;
        }
        Map<String, Object> p = new HashMap<>();
        p.put("spring.main.web-application-type", "none");
        p.put("spring.main.lazy-initialization", "true");
        p.put("spring.main.banner-mode", "off");
        p.put("spring.flyway.enabled", "false");
        p.put("fazhi.demo.enabled", "false");
        p.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, p));
    }

    static boolean isCommand(ConfigurableEnvironment environment) {
        return hasText(environment.getProperty(EXPORT)) || hasText(environment.getProperty(IMPORT));
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public int getOrder() {
        // After the config data (application.properties) has been loaded.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
