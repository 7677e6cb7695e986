package cn.fazhi.disputes.litigation;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The movable clock of the disputes tests (wins over the production clock). */
@TestConfiguration(proxyBeanMethods = false)
public class DisputesTestConfig {

    @Bean
    @Primary
    DisputesTestClock disputesTestClock() {
        return new DisputesTestClock();
    }
}
