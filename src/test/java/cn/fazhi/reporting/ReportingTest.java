package cn.fazhi.reporting;

import cn.fazhi.support.FazhiIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/** The full application with demo data, a movable clock and test-only declared metrics (one shared context). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@FazhiIntegrationTest
@Import(ReportingTestConfig.class)
public @interface ReportingTest {
}
