package cn.fazhi.plan.progress;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The plan tests' movable clock (wins over the production clock). */
@TestConfiguration(proxyBeanMethods = false)
public class PlanTestConfig {

    @Bean
    @Primary
    PlanTestClock planTestClock() {
        return new PlanTestClock();
    }
}
