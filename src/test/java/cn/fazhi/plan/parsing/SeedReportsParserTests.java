package cn.fazhi.plan.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The other seeds are annual reports on law-based government (法治政府建设情况报告), not plans: they mention 牵头单位 and
 * number their sections, but name no task's units or deadline. The parser says so instead of inventing tasks.
 */
class SeedReportsParserTests {

    @ParameterizedTest
    @ValueSource(strings = {"000_c9f1166c08980c4c.txt", "001_1c9c93ea932af3e0.txt", "003_bf156fa8c0c17ca2.txt",
            "004_e3797f5fab609ce7.txt"})
    void anAnnualReportGivesNoTasks(String seed) throws Exception {
        ParsedPlan plan = new PlanParser().read(Seeds.read(seed));
        assertThat(plan.tasks()).isEmpty();
        assertThat(plan.warnings()).extracting(ParseWarning::code).containsExactly("NO_TASKS");
    }
}
