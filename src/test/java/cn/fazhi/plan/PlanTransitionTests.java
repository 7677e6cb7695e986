package cn.fazhi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.kernel.BusinessException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The plan's life 草拟 → 印发 → 执行中 → 已结束: each step checks its gate and names the current state when refusing. */
class PlanTransitionTests {

    static Plan plan(PlanStatus status) {
        return new Plan(1L, UUID.randomUUID(), "方案", null, 2021, 2025, status, ReportingCycle.YEARLY, 2L, null, null,
                null, null, false, 1L, OffsetDateTime.now(), 0);
    }

    @Test
    void aDraftWithTasksIsIssuedThenStartedThenEnded() {
        Plan p = plan(PlanStatus.DRAFT).issue(3);
        assertThat(p.status()).isEqualTo(PlanStatus.ISSUED);
        p = p.start();
        assertThat(p.status()).isEqualTo(PlanStatus.IN_FORCE);
        p = p.end();
        assertThat(p.status()).isEqualTo(PlanStatus.ENDED);
    }

    @Test
    void aDraftCannotBeEndedAndTheRefusalNamesTheCurrentState() {
        assertThatThrownBy(() -> plan(PlanStatus.DRAFT).end()).isInstanceOf(BusinessException.class)
                .hasMessageContaining("方案当前状态为“草拟”,不能结束")
                .satisfies(e -> assertThat(((BusinessException) e).status()).isEqualTo(409));
    }

    @Test
    void aDraftWithoutTasksCannotBeIssued() {
        assertThatThrownBy(() -> plan(PlanStatus.DRAFT).issue(0)).hasMessageContaining("还没有任何工作任务");
    }

    @Test
    void aDraftCannotStartAndAnIssuedPlanCannotBeIssuedAgain() {
        assertThatThrownBy(() -> plan(PlanStatus.DRAFT).start()).hasMessageContaining("“草拟”,不能开始执行");
        assertThatThrownBy(() -> plan(PlanStatus.ISSUED).issue(5)).hasMessageContaining("“印发”,不能印发");
    }

    @Test
    void anEndedPlanCannotStartAgain() {
        assertThatThrownBy(() -> plan(PlanStatus.ENDED).start()).hasMessageContaining("“已结束”,不能开始执行");
        assertThat(plan(PlanStatus.ENDED).allows(Plan.Transition.START)).isFalse();
    }

    @Test
    void anUnknownTransitionIsRefusedInChinese() {
        assertThatThrownBy(() -> Plan.Transition.parse("publish")).hasMessageContaining("未知的操作");
        assertThat(Plan.Transition.parse("END")).isEqualTo(Plan.Transition.END);
    }
}
