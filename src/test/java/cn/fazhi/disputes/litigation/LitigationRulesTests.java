package cn.fazhi.disputes.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The statutory rules and gates of a litigation-response case, through the service (deadlines from the real calendar). */
@DisputesTest
class LitigationRulesTests {

    @Autowired LitigationService service;
    @Autowired DisputesTestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;

    DisputesFixtures fx;
    FazhiPrincipal czj;

    @BeforeEach
    void setUp() {
        fx = new DisputesFixtures(jdbc, accounts);
        czj = fx.user("czj");
        clock.setDay(LocalDate.of(2026, 11, 30));
    }

    LitigationCase newCase(LocalDate receivedOn) {
        return service.receive(new LitigationService.NewCase(null, "(2025)示行初" + UUID.randomUUID().toString().substring(0, 8) + "号",
                "示范市人民法院", "张三", "行政处罚决定", receivedOn), czj);
    }

    LitigationCase heard(LocalDate receivedOn, LocalDate heldOn) {
        LitigationCase c = newCase(receivedOn);
        service.fileDefence(c.id(), receivedOn.plusDays(3), null, czj);
        return service.recordHearing(c.id(), head(heldOn), null, czj);
    }

    static LitigationService.HearingRequest head(LocalDate on) {
        return new LitigationService.HearingRequest(on, "HEAD", "李四", "副局长", "DEPUTY", null, null, null, null);
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
    void theDefenceIsDueFifteenDaysAfterReceiptRolledOverTheNationalDayHoliday() {
        // 2025-09-20 + 15 = 2025-10-05, inside 国庆+中秋 (10-01..10-08): due the next working day 10-09 (行政诉讼法第六十七条)
        CaseDeadline d = newCase(LocalDate.of(2025, 9, 20)).deadline(LitigationCase.STEP_DEFENCE);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(d.unit().name()).isEqualTo("NATURAL_DAYS");
        assertThat(d.amount()).isEqualTo(15);
        assertThat(d.basis()).contains("行政诉讼法第六十七条").contains("顺延");
        assertThat(d.provisional()).isFalse();
    }

    @Test
    void aDefenceDeadlineOnAMakeUpSaturdayDoesNotRollOver() {
        // 2025-09-26 + 15 = 2025-10-11, a 调休上班 Saturday
        assertThat(newCase(LocalDate.of(2025, 9, 26)).deadline(LitigationCase.STEP_DEFENCE).due()).isEqualTo(LocalDate.of(2025, 10, 11));
        // 2026-02-13 + 15 = 2026-02-28, a 调休上班 Saturday after 春节
        assertThat(newCase(LocalDate.of(2026, 2, 13)).deadline(LitigationCase.STEP_DEFENCE).due()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aDefenceDeadlineInSpringFestivalRollsToTheFirstWorkingDayAfterIt() {
        // 2026-02-01 + 15 = 2026-02-16, inside 春节 2026-02-15..02-23
        assertThat(newCase(LocalDate.of(2026, 2, 1)).deadline(LitigationCase.STEP_DEFENCE).due()).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void aLateDefenceIsAcceptedAndMarkedLate() {
        LitigationCase c = newCase(LocalDate.of(2026, 3, 2));
        LitigationCase filed = service.fileDefence(c.id(), LocalDate.of(2026, 3, 20), null, czj);
        assertThat(filed.defenceLate()).isTrue();
        assertThat(filed.state()).isEqualTo(LitigationState.DEFENCE_FILED);
        assertThat(filed.deadline(LitigationCase.STEP_DEFENCE).doneOn()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void theAppealWindowIsFifteenDaysForAJudgmentAndTenForARuling() {
        LitigationCase j = heard(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 1));
        j = service.decide(j.id(), new LitigationService.DecisionRequest("REVOKE", LocalDate.of(2025, 9, 10), LocalDate.of(2025, 9, 16), null), czj);
        CaseDeadline a = j.deadline(LitigationCase.STEP_APPEAL);
        // 09-16 + 15 = 10-01 (国庆) → 10-09
        assertThat(a.due()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(a.amount()).isEqualTo(15);
        assertThat(a.basis()).contains("行政诉讼法第八十五条(判决)");
        assertThat(j.state()).isEqualTo(LitigationState.JUDGED);
        assertThat(j.lost()).isTrue();

        LitigationCase r = heard(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 1));
        r = service.decide(r.id(), new LitigationService.DecisionRequest("DISMISS_COMPLAINT", LocalDate.of(2025, 9, 10), LocalDate.of(2025, 9, 16), null), czj);
        assertThat(r.deadline(LitigationCase.STEP_APPEAL).due()).isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(r.deadline(LitigationCase.STEP_APPEAL).amount()).isEqualTo(10);
        assertThat(r.lost()).isFalse();
    }

    @Test
    void withoutAppealTheJudgmentTakesEffectTheDayAfterTheWindow() {
        LitigationCase c = heard(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 2));
        c = service.decide(c.id(), new LitigationService.DecisionRequest("DISMISS_CLAIM", LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2), null), czj);
        assertThat(c.deadline(LitigationCase.STEP_APPEAL).due()).isEqualTo(LocalDate.of(2026, 3, 17));
        clock.setDay(LocalDate.of(2026, 3, 17));
        UUID id = c.id();
        assertThat(message(() -> service.becomeEffective(id, czj))).contains("上诉期至2026-03-17届满").contains("行政诉讼法第八十五条");
        clock.setDay(LocalDate.of(2026, 3, 18));
        c = service.becomeEffective(id, czj);
        assertThat(c.effectiveOn()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(c.state()).isEqualTo(LitigationState.EFFECTIVE);
        assertThat(message(() -> service.perform(id, LocalDate.of(2026, 3, 20), "无", czj))).contains("未败诉");
        clock.setDay(LocalDate.of(2026, 11, 30));
        assertThat(service.close(id, LocalDate.of(2026, 3, 20), czj).state()).isEqualTo(LitigationState.CLOSED);
    }

    @Test
    void anAppealAfterTheWindowIsRefusedAndOneWithinMovesToSecondInstanceWhoseJudgmentIsFinal() {
        LitigationCase c = heard(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 2));
        UUID id = c.id();
        service.decide(id, new LitigationService.DecisionRequest("REVOKE", LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2), null), czj);
        assertThat(message(() -> service.appeal(id, LocalDate.of(2026, 3, 18), "ORGAN", czj))).contains("上诉期已于2026-03-17届满");
        c = service.appeal(id, LocalDate.of(2026, 3, 17), "ORGAN", czj);
        assertThat(c.state()).isEqualTo(LitigationState.APPEALED);
        assertThat(c.instance()).isEqualTo(Instance.SECOND);
        // second instance: 书面审理 allowed, judgment final on service (两审终审), the first-instance loss carries over
        c = service.decide(id, new LitigationService.DecisionRequest("APPEAL_DISMISSED", LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 8), null), czj);
        assertThat(c.state()).isEqualTo(LitigationState.EFFECTIVE);
        assertThat(c.effectiveOn()).isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(c.lost()).isTrue();
        assertThat(message(() -> service.close(id, LocalDate.of(2026, 5, 9), czj))).contains("履行");
        assertThat(service.perform(id, LocalDate.of(2026, 6, 1), "已撤销原处罚决定并退还罚款", czj).state()).isEqualTo(LitigationState.CLOSED);
    }

    @Test
    void aJudgmentTypeNotAllowedAtTheInstanceIsRefusedAndNothingChanges() {
        LitigationCase c = heard(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 2));
        UUID id = c.id();
        int version = c.version();
        assertThat(message(() -> service.decide(id, new LitigationService.DecisionRequest("APPEAL_DISMISSED", LocalDate.of(2026, 2, 27),
                LocalDate.of(2026, 3, 2), null), czj))).contains("不能作为一审的裁判");
        LitigationCase after = service.get(id, czj);
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.outcomeType()).isNull();
    }

    @Test
    void aJudgmentBeforeAnyHearingIsRefusedNamingTheStateButAWithdrawalRulingTakesEffectOnService() {
        LitigationCase c = newCase(LocalDate.of(2026, 4, 1));
        UUID id = c.id();
        assertThat(message(() -> service.decide(id, new LitigationService.DecisionRequest("REVOKE", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 2), null), czj))).contains("案件当前状态为“已收到起诉状副本,待答辩”").contains("不能登记判决");
        c = service.decide(id, new LitigationService.DecisionRequest("WITHDRAWAL_ALLOWED", LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 7), null), czj);
        assertThat(c.state()).isEqualTo(LitigationState.EFFECTIVE);
        assertThat(c.effectiveOn()).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(c.lost()).isFalse();
        assertThat(c.deadline(LitigationCase.STEP_APPEAL)).isNull();
    }

    @Test
    void futureDatesAndDatesBeforeReceiptAreRefused() {
        assertThat(message(() -> newCase(LocalDate.of(2026, 12, 1)))).contains("不能晚于今天");
        LitigationCase c = newCase(LocalDate.of(2026, 4, 1));
        UUID id = c.id();
        assertThat(message(() -> service.fileDefence(id, LocalDate.of(2026, 3, 30), null, czj))).contains("不能早于收到起诉状副本日期");
        assertThat(message(() -> service.fileDefence(id, LocalDate.of(2026, 12, 2), null, czj))).contains("不能晚于今天");
        assertThat(service.get(id, czj).state()).isEqualTo(LitigationState.SUMMONS_RECEIVED);
    }

    @Test
    void theHeadAppearsOnlyAsAQualifyingHeadWithNameAndPost() {
        LitigationCase c = newCase(LocalDate.of(2026, 4, 1));
        UUID id = c.id();
        assertThat(message(() -> service.recordHearing(id, new LitigationService.HearingRequest(LocalDate.of(2026, 5, 6), "HEAD",
                null, "局长", "PRINCIPAL", null, null, null, null), null, czj))).contains("出庭负责人姓名");
        assertThat(message(() -> service.recordHearing(id, new LitigationService.HearingRequest(LocalDate.of(2026, 5, 6), "HEAD",
                "王五", "所长", "ENTRUSTED_OR_LOWER_HEAD", null, null, null, null), null, czj))).contains("不视为行政机关负责人出庭").contains("第二条");
        c = service.recordHearing(id, head(LocalDate.of(2026, 5, 6)), null, czj);
        assertThat(c.hearings()).singleElement().satisfies(h -> {
            assertThat(h.appearance()).isEqualTo(Appearance.HEAD);
            assertThat(h.instance()).isEqualTo(Instance.FIRST);
        });
        assertThat(c.state()).isEqualTo(LitigationState.HEARD);
    }

    @Test
    void staffWithoutAnAllowedExcuseAndProofCountsAsTheHeadNotAppearing() {
        LitigationCase c = newCase(LocalDate.of(2026, 4, 1));
        UUID id = c.id();
        UUID proof = UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 5, 6);
        // no excuse
        c = service.recordHearing(id, new LitigationService.HearingRequest(day, "STAFF", null, null, null, "赵六", null, null, null), null, czj);
        assertThat(c.hearings().get(0).appearance()).isEqualTo(Appearance.HEAD_ABSENT);
        // a legitimate excuse (第八条) but no proof (第九条)
        c = service.recordHearing(id, new LitigationService.HearingRequest(day, "STAFF", null, null, null, "赵六", "OFFICIAL_DUTY", null, null), null, czj);
        assertThat(c.hearings().get(1).appearance()).isEqualTo(Appearance.HEAD_ABSENT);
        // "other justified reason" needs its description
        assertThat(message(() -> service.recordHearing(id, new LitigationService.HearingRequest(day, "STAFF", null, null, null, "赵六",
                "OTHER_JUSTIFIED", null, null), null, czj))).contains("第八条");
        // an unknown excuse (e.g. busy) is refused as invalid input
        assertThat(message(() -> service.recordHearing(id, new LitigationService.HearingRequest(day, "STAFF", null, null, null, "赵六",
                "BUSY", null, null), null, czj))).contains("无效");
        assertThat(c.hearings()).hasSize(2);
        // in the domain: a legitimate excuse with proof (第八条、第九条) is excused; nobody appearing never is (第十二条)
        LitigationCase d = service.get(id, czj);
        assertThat(d.recordHearing(day, "STAFF", null, null, null, "赵六", Excuse.FORCE_MAJEURE, null, proof, day).appearance())
                .isEqualTo(Appearance.EXCUSED);
        assertThat(d.recordHearing(day, "NONE", null, null, null, null, Excuse.FORCE_MAJEURE, null, proof, day).appearance())
                .isEqualTo(Appearance.HEAD_ABSENT);
    }
}
