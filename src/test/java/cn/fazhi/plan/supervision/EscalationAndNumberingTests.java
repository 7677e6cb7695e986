package cn.fazhi.plan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The escalation order and the number format, as plain rules (no Spring, no database). */
class EscalationAndNumberingTests {

    @Test
    void anUrgeMayAlwaysBeIssued() {
        assertThatCode(() -> EscalationPolicy.check(NoticeLevel.URGE, List.of())).doesNotThrowAnyException();
    }

    @Test
    void aSuperviseWithoutAnEarlierUrgeIsRefusedSayingWhy() {
        assertThatThrownBy(() -> EscalationPolicy.check(NoticeLevel.SUPERVISE, List.of()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("督办须在催办之后");
        assertThatCode(() -> EscalationPolicy.check(NoticeLevel.SUPERVISE, List.of(NoticeLevel.URGE))).doesNotThrowAnyException();
    }

    @Test
    void anInterviewOrCirculationNeedsAnEarlierSupervise() {
        assertThatThrownBy(() -> EscalationPolicy.check(NoticeLevel.INTERVIEW, List.of(NoticeLevel.URGE)))
                .hasMessageContaining("约谈须在督办之后");
        assertThatThrownBy(() -> EscalationPolicy.check(NoticeLevel.CIRCULATE, List.of(NoticeLevel.URGE)))
                .hasMessageContaining("通报须在督办之后");
        assertThatCode(() -> EscalationPolicy.check(NoticeLevel.CIRCULATE, List.of(NoticeLevel.URGE, NoticeLevel.SUPERVISE)))
                .doesNotThrowAnyException();
    }

    @Test
    void numbersUseTheLevelPrefixTheYearInHexagonalBracketsAndTheNextSerial() {
        assertThat(NoticeNumbers.format(NoticeLevel.SUPERVISE, 2026, 3)).isEqualTo("督办〔2026〕3号");
        assertThat(NoticeNumbers.next(NoticeLevel.URGE, 2026, List.of("催办〔2026〕1号", "催办〔2026〕9号", "督办〔2026〕12号",
                "催办〔2025〕30号"))).isEqualTo(10);
        assertThat(NoticeNumbers.next(NoticeLevel.INTERVIEW, 2026, List.of())).isEqualTo(1);
    }

    @Test
    void replyPeriodsAreWorkingDaysWithTheirBasis() {
        assertThat(NoticeLevel.URGE.replyPeriod().describe()).isEqualTo("5个工作日");
        assertThat(NoticeLevel.SUPERVISE.replyPeriod().describe()).isEqualTo("10个工作日");
        assertThat(NoticeLevel.CIRCULATE.replyPeriod().statutoryBasis()).contains("本平台督办规则");
    }
}
