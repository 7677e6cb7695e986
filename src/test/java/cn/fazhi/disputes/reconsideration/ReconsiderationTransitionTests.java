package cn.fazhi.disputes.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

/** Each transition gate of the reconsideration case, with the article it cites; a refusal changes nothing. */
@cn.fazhi.support.FazhiIntegrationTest
@Import(ReconFixture.class)
class ReconsiderationTransitionTests {

    @Autowired ReconFixture fx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    int timelineSize(ReconsiderationCase c) {
        return fx.service.store().timeline(c).size();
    }

    @Test
    void aTransitionOutOfOrderIsRefusedNamingTheCurrentStateAndNothingChanges() {
        LocalDate today = fx.service.today();
        ReconsiderationCase c = fx.receive(today, "市公安局");
        assertThatThrownBy(() -> fx.run(c, "decide", "decidedOn", today.toString(), "decisionType", "UPHELD"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("案件当前状态为“已收到申请”")
                .satisfies(e -> assertThat(((BusinessException) e).status()).isEqualTo(409));
        assertThat(fx.service.get(c.id(), fx.signIn("sfj")).state()).isEqualTo(CaseState.RECEIVED);
        assertThat(timelineSize(c)).isEqualTo(1);
    }

    @Test
    void anApplicationReceivedInTheFutureIsRefused() {
        LocalDate tomorrow = fx.service.today().plusDays(1);
        long before = fx.jdbc.queryForObject("select count(*) from recon_case", Long.class);
        assertThatThrownBy(() -> fx.receive(tomorrow, "市公安局")).isInstanceOf(BusinessException.class)
                .hasMessageContaining("晚于今天");
        assertThat(fx.jdbc.queryForObject("select count(*) from recon_case", Long.class)).isEqualTo(before);
    }

    @Test
    void anUnknownRespondentIsRefusedInChinese() {
        assertThatThrownBy(() -> fx.receive(d("2025-03-03"), "示范市不存在局")).isInstanceOf(BusinessException.class)
                .hasMessageContaining("找不到被申请人");
    }

    @Test
    void acceptanceRequiresTheRespondentWithinTheOrgansJurisdiction() {
        ReconsiderationCase c = fx.receive(d("2025-03-03"), "示范市人民法院");
        assertThatThrownBy(() -> fx.run(c, "accept", "acceptedOn", "2025-03-04", "procedure", "ORDINARY"))
                .hasMessageContaining("第二十四条");
        ReconsiderationCase r = fx.run(c, "reject", "on", "2025-03-05", "reason", "被申请人不属于本机关管辖,已告知申请人向有管辖权的机关申请");
        assertThat(r.state()).isEqualTo(CaseState.NOT_ACCEPTED);
        assertThat(fx.service.store().documents(r)).extracting(ReconsiderationCases.DocumentRow::kind)
                .containsExactly("NOT_ACCEPTED_DECISION");
    }

    @Test
    void notAcceptedNeedsAReason() {
        ReconsiderationCase c = fx.receive(d("2025-03-03"), "市公安局");
        assertThatThrownBy(() -> fx.run(c, "reject", "on", "2025-03-04")).hasMessageContaining("理由");
    }

    @Test
    void aSupplementNoticeGoesOutOnceAndWithinFiveWorkingDays() {
        ReconsiderationCase c = fx.receive(d("2025-03-03"), "市公安局");
        assertThatThrownBy(() -> fx.run(c, "supplement-request", "on", "2025-03-11", "items", "身份证明"))
                .hasMessageContaining("第三十一条");
        ReconsiderationCase s = fx.run(c, "supplement-request", "on", "2025-03-05", "items", "身份证明");
        ReconsiderationCase back = fx.run(s, "supplement-received", "on", "2025-03-06");
        assertThatThrownBy(() -> fx.run(back, "supplement-request", "on", "2025-03-07", "items", "再补一项"))
                .hasMessageContaining("一次性");
    }

    @Test
    void acceptanceGeneratesTheAcceptanceNoticeAndCopyGeneratesTheAnswerNotice() {
        ReconsiderationCase c = fx.receive(d("2025-03-03"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-03-05", "procedure", "ORDINARY");
        c = fx.run(c, "copy-to-respondent", "on", "2025-03-06");
        assertThat(fx.service.store().documents(c)).extracting(ReconsiderationCases.DocumentRow::title)
                .containsExactly("行政复议受理通知书", "提出答复通知书");
    }

    @Test
    void theOrdinaryProcedureHearsTheViewsBeforeDeciding() {
        ReconsiderationCase c = fx.receive(d("2025-03-03"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-03-04", "procedure", "ORDINARY");
        c = fx.run(c, "copy-to-respondent", "on", "2025-03-05");
        ReconsiderationCase answered = fx.answer(c, "2025-03-10");
        assertThatThrownBy(() -> fx.run(answered, "decide", "decidedOn", "2025-04-01", "decisionType", "UPHELD"))
                .hasMessageContaining("第四十九条");
        ReconsiderationCase heard = fx.run(answered, "hearing", "on", "2025-03-20");
        ReconsiderationCase decided = fx.run(heard, "decide", "decidedOn", "2025-04-01", "decisionType", "UPHELD");
        assertThat(decided.state()).isEqualTo(CaseState.DECIDED);
        assertThat(decided.concludedOn()).isEqualTo(d("2025-04-01"));
        assertThat(fx.service.store().documents(decided)).extracting(ReconsiderationCases.DocumentRow::kind)
                .contains("DECISION");
    }

    @Test
    void noDecisionBeforeTheRespondentsAnswerPeriodEnds() {
        ReconsiderationCase c = fx.receive(d("2025-03-03"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-03-04", "procedure", "SIMPLE");
        ReconsiderationCase sent = fx.run(c, "copy-to-respondent", "on", "2025-03-05");
        // 5 working days from 03-05 → 03-12
        assertThatThrownBy(() -> fx.run(sent, "decide", "decidedOn", "2025-03-12", "decisionType", "REVOKED"))
                .hasMessageContaining("2025-03-12").hasMessageContaining("第四十八条");
    }

    @Test
    void aRespondentWhoDidNotAnswerCannotHaveTheActUpheld() {
        ReconsiderationCase c = fx.receive(d("2025-03-03"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-03-04", "procedure", "SIMPLE");
        ReconsiderationCase sent = fx.run(c, "copy-to-respondent", "on", "2025-03-05");
        assertThatThrownBy(() -> fx.run(sent, "decide", "decidedOn", "2025-03-20", "decisionType", "UPHELD"))
                .hasMessageContaining("第七十条");
        assertThatThrownBy(() -> fx.run(sent, "decide", "decidedOn", "2025-03-20", "decisionType", "CLAIM_REJECTED"))
                .hasMessageContaining("第七十条");
        ReconsiderationCase revoked = fx.run(sent, "decide", "decidedOn", "2025-03-20", "decisionType", "REVOKED");
        assertThat(revoked.decisionType()).isEqualTo(DecisionType.REVOKED);
    }

    @Test
    void anUnknownDecisionTypeIsAValidationError() {
        ReconsiderationCase c = fx.readyToDecide(d("2025-03-03"), Procedure.ORDINARY);
        assertThatThrownBy(() -> fx.run(c, "decide", "decidedOn", "2025-04-01", "decisionType", "PARDON"))
                .hasMessageContaining("决定类型“PARDON”无效");
    }

    @Test
    void aHearingHasAPanelOfThreeAndBelongsToTheOrdinaryProcedure() {
        ReconsiderationCase o = fx.receive(d("2025-03-03"), "市公安局");
        o = fx.run(o, "accept", "acceptedOn", "2025-03-04", "procedure", "ORDINARY");
        ReconsiderationCase sent = fx.run(o, "copy-to-respondent", "on", "2025-03-05");
        assertThatThrownBy(() -> fx.run(sent, "hearing", "on", "2025-03-20", "kind", "HEARING", "panel", "甲、乙"))
                .hasMessageContaining("第五十一条");
        ReconsiderationCase heard = fx.run(sent, "hearing", "on", "2025-03-20", "kind", "HEARING", "panel", "甲、乙、丙");
        assertThat(heard.hearingPanel()).isEqualTo("甲、乙、丙");

        ReconsiderationCase s = fx.receive(d("2025-03-03"), "市公安局");
        s = fx.run(s, "accept", "acceptedOn", "2025-03-04", "procedure", "SIMPLE");
        ReconsiderationCase ssent = fx.run(s, "copy-to-respondent", "on", "2025-03-05");
        assertThatThrownBy(() -> fx.run(ssent, "hearing", "on", "2025-03-20", "kind", "HEARING", "panel", "甲、乙、丙"))
                .hasMessageContaining("第五十条");
    }

    @Test
    void theCommitteeOpinionIsRecordedAfterTheAnswer() {
        ReconsiderationCase c = fx.readyToDecide(d("2025-03-03"), Procedure.ORDINARY);
        c = fx.run(c, "committee-opinion", "on", "2025-03-25", "opinion", "建议撤销");
        assertThat(c.committeeOpinion()).isEqualTo("建议撤销");
    }

    @Test
    void terminationAfterSixtyDaysOfSuspensionOnlyForTheGroundsOfArticle41Item5() {
        ReconsiderationCase c = fx.receive(d("2025-03-03"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-03-04", "procedure", "ORDINARY");
        ReconsiderationCase s = fx.run(c, "suspend", "on", "2025-03-10", "ground", "APPLICANT_DIED");
        assertThatThrownBy(() -> fx.run(s, "terminate", "on", "2025-04-01", "ground", "SUSPENSION_LAPSED"))
                .hasMessageContaining("第四十一条第(五)项");
        ReconsiderationCase t = fx.run(s, "terminate", "on", "2025-05-12", "ground", "SUSPENSION_LAPSED");
        assertThat(t.state()).isEqualTo(CaseState.TERMINATED);

        ReconsiderationCase other = fx.receive(d("2025-03-03"), "市公安局");
        other = fx.run(other, "accept", "acceptedOn", "2025-03-04", "procedure", "ORDINARY");
        ReconsiderationCase s2 = fx.run(other, "suspend", "on", "2025-03-10", "ground", "DEPENDS_ON_OTHER_CASE");
        assertThatThrownBy(() -> fx.run(s2, "terminate", "on", "2025-06-01", "ground", "SUSPENSION_LAPSED"))
                .hasMessageContaining("第一项、第二项、第四项");
    }

    @Test
    void withdrawalAfterMediationTerminatesTheCase() {
        ReconsiderationCase c = fx.readyToDecide(d("2025-03-03"), Procedure.ORDINARY);
        c = fx.run(c, "terminate", "on", "2025-03-20", "ground", "WITHDRAWN_AFTER_MEDIATION");
        assertThat(c.state()).isEqualTo(CaseState.TERMINATED);
        assertThat(c.afterMediation()).isTrue();
        assertThat(fx.service.store().timeline(c).get(fx.service.store().timeline(c).size() - 1).basis())
                .isEqualTo("行政复议法(2023) 第四十一条第(一)项、第七十三条");
    }

    @Test
    void mediationNeedsTheTermsAndServiceMakesItEffective() {
        ReconsiderationCase c = fx.readyToDecide(d("2025-03-03"), Procedure.ORDINARY);
        ReconsiderationCase c0 = c;
        assertThatThrownBy(() -> fx.run(c0, "mediate", "on", "2025-03-20")).hasMessageContaining("第七十三条");
        c = fx.run(c, "mediate", "on", "2025-03-20", "terms", "被申请人退还罚款500元");
        assertThat(c.state()).isEqualTo(CaseState.MEDIATED);
        c = fx.run(c, "serve", "on", "2025-03-21");
        assertThat(c.state()).isEqualTo(CaseState.SERVED);
    }

    @Test
    void aDecisionIsServedThenPerformedOrEnforced() {
        ReconsiderationCase c = fx.readyToDecide(d("2025-03-03"), Procedure.ORDINARY);
        c = fx.run(c, "decide", "decidedOn", "2025-04-01", "decisionType", "ORDERED_TO_PERFORM");
        ReconsiderationCase c0 = c;
        assertThatThrownBy(() -> fx.run(c0, "performance", "on", "2025-04-02")).hasMessageContaining("“已作出决定”");
        c = fx.run(c, "serve", "on", "2025-04-03");
        ReconsiderationCase served = c;
        assertThatThrownBy(() -> fx.run(served, "performance", "on", "2025-04-10", "performed", "false"))
                .hasMessageContaining("第七十七条");
        c = fx.run(c, "performance", "on", "2025-04-10", "performed", "false", "note", "约谈被申请人负责人,责令限期履行");
        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
        assertThat(c.enforcement()).contains("约谈");
    }

    @Test
    void resumingACaseThatIsNotSuspendedIsRefused() {
        ReconsiderationCase c = fx.receive(d("2025-03-03"), "市公安局");
        ReconsiderationCase a = fx.run(c, "accept", "acceptedOn", "2025-03-04", "procedure", "ORDINARY");
        assertThatThrownBy(() -> fx.run(a, "resume", "on", "2025-03-05")).hasMessageContaining("“已受理”");
        assertThatThrownBy(() -> fx.run(a, "suspend", "on", "2025-03-05", "ground", "NOPE"))
                .hasMessageContaining("中止理由“NOPE”无效");
    }

    @Test
    void everyTransitionIsAuditedAndTimelined() {
        ReconsiderationCase c = fx.receive(d("2025-03-03"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-03-04", "procedure", "ORDINARY");
        Long audits = fx.jdbc.queryForObject("select count(*) from audit_record where entity_type = 'recon_case'"
                + " and entity_id = ?", Long.class, c.id().toString());
        assertThat(audits).isEqualTo(2);
        assertThat(fx.service.store().timeline(c)).extracting(ReconsiderationCases.TimelineRow::basis)
                .containsExactly("行政复议法(2023) 第二十二条", "行政复议法(2023) 第三十条、第二十四条"); // acceptance cites the jurisdiction rule too
    }
}
