package cn.fazhi.disputes.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.disputes.litigation.DisputesFixtures;
import cn.fazhi.disputes.litigation.DisputesTest;
import cn.fazhi.disputes.litigation.DisputesTestClock;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrative mediation: consent, time limit (the organ's rule) and its one extension, the three outcomes. */
@DisputesTest
class MediationRulesTests {

    @Autowired MediationService service;
    @Autowired DisputesTestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;

    FazhiPrincipal czj;

    @BeforeEach
    void setUp() {
        czj = new DisputesFixtures(jdbc, accounts).user("czj");
        clock.setDay(LocalDate.of(2026, 11, 30));
    }

    MediationCase received() {
        return service.receive(new MediationService.NewCase(null, "张三", "某物业公司", "CONSTRUCTION", "物业费争议", LocalDate.of(2025, 9, 1)), czj);
    }

    MediationCase accepted(LocalDate on) {
        return service.accept(received().id(), new MediationService.AcceptRequest(on, true, true), czj);
    }

    static String message(Runnable r) {
        try {
            r.run();
        } catch (BusinessException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void mediationIsAcceptedOnlyWithBothPartiesConsent() {
        UUID id = received().id();
        assertThat(message(() -> service.accept(id, new MediationService.AcceptRequest(LocalDate.of(2025, 9, 2), true, false), czj)))
                .contains("对方当事人未同意调解").contains("人民调解法第十七条");
        assertThat(service.get(id, czj).state()).isEqualTo(MediationState.RECEIVED);
        assertThat(service.decline(id, LocalDate.of(2025, 9, 2), "对方当事人不同意调解", czj).state()).isEqualTo(MediationState.DECLINED);
        assertThat(message(() -> service.accept(id, new MediationService.AcceptRequest(LocalDate.of(2025, 9, 3), true, true), czj)))
                .contains("调解案件当前状态为“不予受理”");
    }

    @Test
    void theTimeLimitIsTheOrgansConfiguredRuleAndRollsOverTheNationalDayHoliday() {
        // 2025-09-05 + 30 = 2025-10-05, inside 国庆 → 2025-10-09
        MediationCase m = accepted(LocalDate.of(2025, 9, 5));
        CaseDeadline d = m.deadline(MediationCase.STEP_TIME_LIMIT);
        assertThat(d.amount()).isEqualTo(service.limitDays()).isEqualTo(30);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(d.basis()).contains("本机关行政调解规则").contains("未规定行政调解期限");
    }

    @Test
    void theTimeLimitIsExtendedOnceOnly() {
        MediationCase m = accepted(LocalDate.of(2026, 3, 2));
        UUID id = m.id();
        m = service.extend(id, "当事人申请补充证据", czj);
        // 2026-03-02 + 60 = 2026-05-01 (劳动节 05-01..05-05) → 05-06
        assertThat(m.deadline(MediationCase.STEP_TIME_LIMIT).due()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(message(() -> service.extend(id, "再次延长", czj))).contains("已延长过一次");
    }

    @Test
    void aSuccessNeedsTheAgreementAndOpensTheJudicialConfirmationWindow() {
        MediationCase m = accepted(LocalDate.of(2026, 3, 2));
        UUID id = m.id();
        service.addSession(id, LocalDate.of(2026, 3, 10), "调解员甲", "双方陈述意见", czj);
        assertThat(message(() -> service.conclude(id, new MediationService.OutcomeRequest("SUCCEEDED", LocalDate.of(2026, 3, 12), null, null), czj)))
                .contains("调解协议内容");
        m = service.conclude(id, new MediationService.OutcomeRequest("SUCCEEDED", LocalDate.of(2026, 3, 12), "物业公司减免物业费500元", null), czj);
        assertThat(m.state()).isEqualTo(MediationState.SUCCEEDED);
        assertThat(m.closedInTime()).isTrue();
        assertThat(m.sessions()).hasSize(1);
        assertThat(m.deadline(MediationCase.STEP_CONFIRMATION).due()).isEqualTo(LocalDate.of(2026, 4, 13)); // 04-11 Sat → 04-13
        assertThat(message(() -> service.addSession(id, LocalDate.of(2026, 3, 13), "调解员甲", "补充", czj))).contains("调解成功");
    }

    @Test
    void aFailedOrTerminatedMediationNeedsItsReasonAndAnOutcomeMustBeAClosingOne() {
        UUID a = accepted(LocalDate.of(2026, 3, 2)).id();
        assertThat(message(() -> service.conclude(a, new MediationService.OutcomeRequest("FAILED", LocalDate.of(2026, 3, 12), null, null), czj)))
                .contains("告知的其他救济途径");
        assertThat(message(() -> service.conclude(a, new MediationService.OutcomeRequest("ACCEPTED", LocalDate.of(2026, 3, 12), null, null), czj)))
                .contains("调解结果只能是");
        assertThat(service.conclude(a, new MediationService.OutcomeRequest("FAILED", LocalDate.of(2026, 3, 12), null, "双方分歧较大,已告知可向人民法院起诉"), czj)
                .state()).isEqualTo(MediationState.FAILED);
        UUID b = accepted(LocalDate.of(2026, 3, 2)).id();
        assertThat(service.conclude(b, new MediationService.OutcomeRequest("TERMINATED", LocalDate.of(2026, 3, 5), null, "申请人撤回调解申请"), czj)
                .state()).isEqualTo(MediationState.TERMINATED);
        assertThat(message(() -> service.conclude(b, new MediationService.OutcomeRequest("SUCCEEDED", LocalDate.of(2026, 3, 5), "x", null), czj)))
                .contains("终止调解");
    }
}
