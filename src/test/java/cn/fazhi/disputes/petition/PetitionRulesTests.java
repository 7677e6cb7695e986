package cn.fazhi.disputes.petition;

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

/** 信访工作条例 (2022): the 15/60/30-day periods, the extension, review and re-review, closing. */
@DisputesTest
class PetitionRulesTests {

    @Autowired PetitionService service;
    @Autowired DisputesTestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;

    FazhiPrincipal sfj;

    @BeforeEach
    void setUp() {
        sfj = new DisputesFixtures(jdbc, accounts).user("sfj");
        clock.setDay(LocalDate.of(2026, 11, 30));
    }

    Petition received(LocalDate on) {
        return service.receive(new PetitionService.NewPetition(null, "VISIT", "王某", "反映拆迁补偿款未到位", "CLAIM", on), sfj);
    }

    Petition accepted(LocalDate receivedOn, LocalDate acceptedOn) {
        return service.accept(received(receivedOn).id(), new PetitionService.AcceptRequest(acceptedOn, "市财政局"), sfj);
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
    void theAcceptanceDecisionIsDueFifteenDaysAfterReceiptRolledOverSpringFestival() {
        // 2026-02-05 + 15 = 2026-02-20, inside 春节 (02-15..02-23) → 02-24
        CaseDeadline d = received(LocalDate.of(2026, 2, 5)).deadline(Petition.STEP_ACCEPTANCE);
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(d.basis()).contains("信访工作条例第二十二条、第二十三条");
    }

    @Test
    void handlingIsDueSixtyDaysAfterAcceptanceAndExtendsOnceByAtMostThirtyWithTheHeadsApproval() {
        Petition p = accepted(LocalDate.of(2025, 7, 20), LocalDate.of(2025, 8, 4));
        // 2025-08-04 + 60 = 2025-10-03 (国庆) → 10-09
        assertThat(p.deadline(Petition.STEP_HANDLING).due()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(p.deadline(Petition.STEP_HANDLING).basis()).contains("信访工作条例第三十四条");
        assertThat(p.handlingOrgId()).isEqualTo(new DisputesFixtures(jdbc, accounts).org("CZJ"));
        UUID id = p.id();
        assertThat(message(() -> service.extend(id, new PetitionService.ExtendRequest(31, "情况复杂", true), sfj))).contains("不得超过三十日");
        assertThat(message(() -> service.extend(id, new PetitionService.ExtendRequest(30, "情况复杂", false), sfj))).contains("负责人批准");
        p = service.extend(id, new PetitionService.ExtendRequest(30, "情况复杂,需多部门会商", true), sfj);
        // 2025-08-04 + 90 = 2025-11-02 (Sunday) → 11-03
        assertThat(p.deadline(Petition.STEP_HANDLING).due()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(message(() -> service.extend(id, new PetitionService.ExtendRequest(5, "再延", true), sfj))).contains("不能再次延长");
        p = service.reply(id, new PetitionService.ReplyRequest(LocalDate.of(2025, 10, 30), "SUPPORTED", "补偿款已于10月拨付"), sfj);
        assertThat(p.repliedOnTime()).isTrue();
    }

    @Test
    void aReplyAfterTheHandlingPeriodIsNotOnTime() {
        Petition p = accepted(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
        // 03-02 + 60 = 05-01 (劳动节) → 05-06
        assertThat(p.deadline(Petition.STEP_HANDLING).due()).isEqualTo(LocalDate.of(2026, 5, 6));
        p = service.reply(p.id(), new PetitionService.ReplyRequest(LocalDate.of(2026, 5, 7), "EXPLAINED", "已作解释说明"), sfj);
        assertThat(p.repliedOnTime()).isFalse();
        assertThat(p.state()).isEqualTo(PetitionState.REPLIED);
    }

    @Test
    void reviewMustBeRequestedWithinThirtyDaysAndIsAnsweredWithinThirtyThenReReviewEndsIt() {
        Petition p = accepted(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
        UUID id = p.id();
        p = service.reply(id, new PetitionService.ReplyRequest(LocalDate.of(2026, 4, 1), "NOT_SUPPORTED", "不符合补偿条件"), sfj);
        // 04-01 + 30 = 05-01 (劳动节) → 05-06
        assertThat(p.deadline(Petition.STEP_REVIEW_REQUEST).due()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(message(() -> service.requestReview(id, LocalDate.of(2026, 5, 7), sfj))).contains("请求复查期限已于2026-05-06届满").contains("第三十五条");
        clock.setDay(LocalDate.of(2026, 4, 2));
        assertThat(message(() -> service.close(id, LocalDate.of(2026, 4, 2), sfj))).contains("尚未届满");
        clock.setDay(LocalDate.of(2026, 11, 30));
        p = service.requestReview(id, LocalDate.of(2026, 5, 6), sfj);
        assertThat(p.deadline(Petition.STEP_REVIEW_OPINION).due()).isEqualTo(LocalDate.of(2026, 6, 5));
        p = service.reviewOpinion(id, new PetitionService.DatedText(LocalDate.of(2026, 6, 1), "维持原处理意见"), sfj);
        assertThat(p.state()).isEqualTo(PetitionState.REVIEWED);
        p = service.requestRereview(id, LocalDate.of(2026, 6, 20), sfj);
        assertThat(p.deadline(Petition.STEP_REREVIEW_OPINION).basis()).contains("第三十六条").contains("听证");
        p = service.rereviewOpinion(id, new PetitionService.DatedText(LocalDate.of(2026, 7, 10), "维持复查意见"), sfj);
        assertThat(p.state()).isEqualTo(PetitionState.CLOSED);
        assertThat(message(() -> service.requestReview(id, LocalDate.of(2026, 7, 11), sfj))).contains("已办结");
    }

    @Test
    void aSatisfiedPetitionerLetsThePetitionCloseAtOnce() {
        Petition p = accepted(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
        UUID id = p.id();
        service.reply(id, new PetitionService.ReplyRequest(LocalDate.of(2026, 4, 1), "SUPPORTED", "已解决"), sfj);
        service.evaluate(id, "BASICALLY_SATISFIED", sfj);
        assertThat(service.close(id, LocalDate.of(2026, 4, 2), sfj).state()).isEqualTo(PetitionState.CLOSED);
    }

    @Test
    void aMatterForAnotherRouteIsNotAcceptedAndOutOfOrderStepsAreRefused() {
        Petition p = received(LocalDate.of(2026, 3, 1));
        UUID id = p.id();
        assertThat(message(() -> service.reply(id, new PetitionService.ReplyRequest(LocalDate.of(2026, 3, 5), "SUPPORTED", "x"), sfj)))
                .contains("信访事项当前状态为“已登记,待决定是否受理”").contains("不能书面答复");
        p = service.route(id, new PetitionService.RouteRequest(LocalDate.of(2026, 3, 5), "LITIGATION", "已进入诉讼程序"), sfj);
        assertThat(p.state()).isEqualTo(PetitionState.ROUTED);
        assertThat(p.deadline(Petition.STEP_ACCEPTANCE).doneOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(message(() -> received(LocalDate.of(2026, 12, 25)))).contains("不能晚于今天");
    }
}
