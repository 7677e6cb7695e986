package cn.fazhi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application context on the test database (H2 in memory, or PostgreSQL when the test script sets
 * SPRING_DATASOURCE_URL) with the demo city loaded, so tests can sign in as the demo accounts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"demo", "test"})
public @interface FazhiIntegrationTest {
}
