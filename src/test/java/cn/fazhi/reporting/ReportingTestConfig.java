package cn.fazhi.reporting;

import cn.fazhi.platform.metrics.DeclaredMetricDefinitions;
import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricKind;
import cn.fazhi.platform.metrics.MetricUnit;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The reporting tests' movable clock and a few declared metrics of their own (names no real module uses, so that the
 * definitions branch's declared metrics never collide with them).
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReportingTestConfig {

    public static final String VISITS = "reportingtest.visits";
    public static final String AMOUNT = "reportingtest.amount";
    public static final String RATE = "reportingtest.rate";

    @Bean
    @Primary
    ReportTestClock reportTestClock() {
        return new ReportTestClock();
    }

    @Bean
    DeclaredMetricDefinitions reportingTestDeclared() {
        String src = "测试用申报指标";
        return () -> List.of(
                new MetricDefinition(VISITS, "测试申报次数", MetricUnit.TIMES, MetricKind.COUNT, "测试口径:单位申报的次数", 1, src),
                new MetricDefinition(AMOUNT, "测试申报金额", MetricUnit.YUAN, MetricKind.AMOUNT, "测试口径:单位申报的金额", 1, src),
                new MetricDefinition(RATE, "测试申报比率", MetricUnit.PERCENT, MetricKind.RATE, "测试口径:分子÷分母", 1, src));
    }
}
