package cn.fazhi.disputes.litigation;

import cn.fazhi.support.FazhiIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/** The full application with demo data and a movable clock; one context shared by the litigation, mediation and petition tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@FazhiIntegrationTest
@Import(DisputesTestConfig.class)
public @interface DisputesTest {
}
