package cn.fazhi.disputes.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.platform.calendar.PeriodUnit;
import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

/** Statutory deadlines of a case, computed by platform.calendar (行政复议法(2023) 第八十八条: 五日、七日、十日 are working days). */
@cn.fazhi.support.FazhiIntegrationTest
@Import(ReconFixture.class)
class ReconsiderationDeadlineTests {

    @Autowired ReconFixture fx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void acceptanceReviewIsFiveWorkingDaysAcrossNationalDayCountingTheMakeupSunday() {
        // 2025-09-26 (Fri): 09-28 (Sun) is a make-up working day, 10-01..10-08 off → 5th working day 10-10
        ReconsiderationCase c = fx.receive(d("2025-09-26"), "市公安局");
        CaseDeadline review = fx.deadline(c, CaseDeadlines.ACCEPTANCE_REVIEW);
        assertThat(review.due()).isEqualTo(d("2025-10-10"));
        assertThat(review.unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(review.amount()).isEqualTo(5);
        assertThat(review.basis()).isEqualTo("行政复议法(2023) 第三十条");
        assertThat(review.provisional()).isFalse();
        assertThat(fx.deadline(c, CaseDeadlines.SUPPLEMENT_NOTICE).due()).isEqualTo(d("2025-10-10"));
    }

    @Test
    void acceptanceReviewAcrossSpringFestival2026CountsTheMakeupSaturday() {
        // 2026-02-12 (Thu): 02-13 wd1, 02-14 (Sat, make-up) wd2, 02-15..02-23 off, 02-24..02-26 wd3..5
        ReconsiderationCase c = fx.receive(d("2026-02-12"), "市公安局");
        assertThat(fx.deadline(c, CaseDeadlines.ACCEPTANCE_REVIEW).due()).isEqualTo(d("2026-02-26"));
    }

    @Test
    void ordinaryProcedureCopySevenWorkingDaysAnswerTenWorkingDaysDecisionSixtyNaturalDays() {
        ReconsiderationCase c = fx.receive(d("2025-09-26"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-10-10", "procedure", "ORDINARY");
        // 10-11 (Sat) is the make-up working day after 国庆 → 7th working day 10-20 (第四十八条)
        CaseDeadline copy = fx.deadline(c, CaseDeadlines.RESPONDENT_COPY);
        assertThat(copy.due()).isEqualTo(d("2025-10-20"));
        assertThat(copy.basis()).contains("第四十八条");
        CaseDeadline decision = fx.deadline(c, CaseDeadlines.DECISION);
        assertThat(decision.due()).isEqualTo(d("2025-12-09"));
        assertThat(decision.unit()).isEqualTo(PeriodUnit.NATURAL_DAYS);
        assertThat(decision.amount()).isEqualTo(60);
        c = fx.run(c, "copy-to-respondent", "on", "2025-10-13");
        assertThat(fx.deadline(c, CaseDeadlines.RESPONDENT_ANSWER).due()).isEqualTo(d("2025-10-27"));
    }

    @Test
    void simpleProcedureCopyThreeWorkingDaysAndDecisionThirtyDaysRollingOverSunday() {
        ReconsiderationCase c = fx.receive(d("2025-09-26"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-10-10", "procedure", "SIMPLE");
        assertThat(fx.deadline(c, CaseDeadlines.RESPONDENT_COPY).due()).isEqualTo(d("2025-10-14"));
        assertThat(fx.deadline(c, CaseDeadlines.RESPONDENT_COPY).basis()).contains("第五十四条");
        // 10-10 + 30 = 11-09 (Sun) → 11-10 (民事诉讼法 第八十五条)
        assertThat(fx.deadline(c, CaseDeadlines.DECISION).due()).isEqualTo(d("2025-11-10"));
        c = fx.run(c, "copy-to-respondent", "on", "2025-10-13");
        assertThat(fx.deadline(c, CaseDeadlines.RESPONDENT_ANSWER).due()).isEqualTo(d("2025-10-20"));
    }

    @Test
    void conversionToOrdinaryProcedureMovesTheDecisionDeadlineToSixtyDays() {
        ReconsiderationCase c = fx.receive(d("2025-09-26"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-10-10", "procedure", "SIMPLE");
        ReconsiderationCase c2 = c;
        assertThatThrownBy(() -> fx.run(c2, "convert", "on", "2025-10-15"))
                .hasMessageContaining("第五十五条");
        c = fx.run(c, "convert", "on", "2025-10-15", "approvedBy", "复议科科长李四");
        assertThat(c.procedure()).isEqualTo(Procedure.ORDINARY);
        assertThat(fx.deadline(c, CaseDeadlines.DECISION).due()).isEqualTo(d("2025-12-09"));
    }

    @Test
    void suspensionStopsTheClockAndResumptionRunsTheRemainingTime() {
        ReconsiderationCase c = fx.receive(d("2025-09-26"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-10-10", "procedure", "ORDINARY");
        c = fx.run(c, "suspend", "on", "2025-11-01", "ground", "DEPENDS_ON_OTHER_CASE");
        assertThat(c.state()).isEqualTo(CaseState.SUSPENDED);
        c = fx.run(c, "resume", "on", "2025-11-11");
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(c.suspendedDays()).isEqualTo(10);
        CaseDeadline decision = fx.deadline(c, CaseDeadlines.DECISION);
        // 60 days from 10-10 = 12-09; ten days suspended → 12-19
        assertThat(decision.due()).isEqualTo(d("2025-12-19"));
        assertThat(decision.suspendedDays()).isEqualTo(10);
        // the copy period (7 working days from 10-10: 10-20) had run out before the suspension: it does not revive
        CaseDeadline copy = fx.deadline(c, CaseDeadlines.RESPONDENT_COPY);
        assertThat(copy.due()).isEqualTo(d("2025-10-20"));
        assertThat(copy.suspendedDays()).isZero();
    }

    @Test
    void theSixtyDaysAfterWhichASuspensionLapsesAreNaturalDaysRollingOverNationalDay() {
        ReconsiderationCase c = fx.receive(d("2025-07-28"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-07-29", "procedure", "ORDINARY");
        c = fx.run(c, "suspend", "on", "2025-08-02", "ground", "APPLICANT_DIED");
        // 08-02 + 60 = 10-01 (国庆, 10-01..10-08 off) → 10-09 (第四十一条第(五)项)
        CaseDeadline lapse = fx.deadline(c, CaseDeadlines.SUSPENSION_LAPSE);
        assertThat(lapse.due()).isEqualTo(d("2025-10-09"));
        assertThat(lapse.unit()).isEqualTo(PeriodUnit.NATURAL_DAYS);
        assertThat(lapse.amount()).isEqualTo(60);
        assertThat(lapse.basis()).isEqualTo("行政复议法(2023) 第四十一条第(五)项");
    }

    @Test
    void aSuspendedWorkingDayStepKeepsTheWorkingDaysItHadLeftAcrossNationalDay() {
        // accepted 09-22 (Mon): 7 working days for the copy (第四十八条) would end 09-30 (09-28 Sun is worked)
        ReconsiderationCase c = fx.receive(d("2025-09-19"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-09-22", "procedure", "ORDINARY");
        assertThat(fx.deadline(c, CaseDeadlines.RESPONDENT_COPY).due()).isEqualTo(d("2025-09-30"));
        // 中止 on 09-25 after two working days (09-23, 09-24); resumed 10-09, 14 days later, after 国庆 (10-01..10-08)
        c = fx.run(c, "suspend", "on", "2025-09-25", "ground", "DEPENDS_ON_OTHER_CASE");
        c = fx.run(c, "resume", "on", "2025-10-09");
        CaseDeadline copy = fx.deadline(c, CaseDeadlines.RESPONDENT_COPY);
        // five working days left from the day of resumption: 10-09, 10-10, 10-11 (Sat, worked), 10-13, 10-14
        assertThat(copy.due()).isEqualTo(d("2025-10-14"));
        assertThat(copy.suspendedDays()).isEqualTo(14);
        assertThat(copy.amount()).isEqualTo(7);
        // the 60 natural days: 2 before, 58 after → 10-08 + 58 = 12-05 (Fri)
        CaseDeadline decision = fx.deadline(c, CaseDeadlines.DECISION);
        assertThat(decision.due()).isEqualTo(d("2025-12-05"));
        assertThat(decision.suspendedDays()).isEqualTo(14);
    }

    @Test
    void aSuspensionBeforeTheCopyWasSentDoesNotLengthenTheRespondentsAnswerPeriod() {
        ReconsiderationCase c = fx.receive(d("2025-10-20"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-10-21", "procedure", "ORDINARY");
        c = fx.run(c, "suspend", "on", "2025-10-22", "ground", "DEPENDS_ON_OTHER_CASE");
        c = fx.run(c, "resume", "on", "2025-11-03");
        c = fx.run(c, "copy-to-respondent", "on", "2025-11-04");
        // the copy period lost no working day before 10-22: 7 from the day of resumption 11-03 → 11-11
        CaseDeadline copy = fx.deadline(c, CaseDeadlines.RESPONDENT_COPY);
        assertThat(copy.due()).isEqualTo(d("2025-11-11"));
        assertThat(copy.suspendedDays()).isEqualTo(12);
        // the answer period starts on 11-04, after the suspension: 10 working days → 11-18, nothing added
        CaseDeadline answer = fx.deadline(c, CaseDeadlines.RESPONDENT_ANSWER);
        assertThat(answer.due()).isEqualTo(d("2025-11-18"));
        assertThat(answer.suspendedDays()).isZero();
        assertThat(answer.basis()).isEqualTo("行政复议法(2023) 第四十八条");
    }

    @Test
    void approvedExtensionAddsThirtyDaysOnceOnlyUnderTheOrdinaryProcedure() {
        ReconsiderationCase c = fx.receive(d("2025-09-26"), "市公安局");
        c = fx.run(c, "accept", "acceptedOn", "2025-10-10", "procedure", "ORDINARY");
        c = fx.run(c, "extend", "on", "2025-12-01", "days", "30", "approvedBy", "复议机构负责人王五");
        assertThat(fx.deadline(c, CaseDeadlines.DECISION).due()).isEqualTo(d("2026-01-08"));
        assertThat(fx.deadline(c, CaseDeadlines.DECISION).amount()).isEqualTo(90);
        ReconsiderationCase c2 = c;
        assertThatThrownBy(() -> fx.run(c2, "extend", "on", "2025-12-02", "days", "10", "approvedBy", "王五"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("第六十二条");

        ReconsiderationCase s = fx.receive(d("2025-09-26"), "市公安局");
        ReconsiderationCase s2 = fx.run(s, "accept", "acceptedOn", "2025-10-10", "procedure", "SIMPLE");
        assertThatThrownBy(() -> fx.run(s2, "extend", "on", "2025-10-20", "days", "30", "approvedBy", "王五"))
                .hasMessageContaining("简易程序").hasMessageContaining("第六十二条");
    }

    @Test
    void extensionAfterTheDecisionDeadlineIsRefused() {
        ReconsiderationCase c = fx.receive(d("2025-09-26"), "市公安局");
        ReconsiderationCase a = fx.run(c, "accept", "acceptedOn", "2025-10-10", "procedure", "ORDINARY");
        assertThatThrownBy(() -> fx.run(a, "extend", "on", "2025-12-10", "days", "30", "approvedBy", "王五"))
                .hasMessageContaining("2025-12-09");
    }

    @Test
    void noDecisionWithinTheReviewPeriodMeansDeemedAcceptanceAsOfItsLastDay() {
        ReconsiderationCase c = fx.receive(d("2025-09-26"), "市公安局");
        assertThat(fx.service.deemedAcceptanceOn(c)).isEqualTo(d("2025-10-10"));
        assertThatThrownBy(() -> fx.run(c, "accept", "acceptedOn", "2025-10-13", "procedure", "ORDINARY"))
                .hasMessageContaining("视为受理").hasMessageContaining("第三十条");
        ReconsiderationCase copied = fx.run(c, "copy-to-respondent", "on", "2025-10-13");
        assertThat(copied.state()).isEqualTo(CaseState.COPY_SENT);
        assertThat(copied.deemedAccepted()).isTrue();
        assertThat(copied.acceptedOn()).isEqualTo(d("2025-10-10"));
        assertThat(copied.procedure()).isEqualTo(Procedure.ORDINARY);
        assertThat(fx.service.store().timeline(copied)).extracting(ReconsiderationCases.TimelineRow::action)
                .containsExactly("RECEIVE", "DEEMED_ACCEPTED", "COPY_TO_RESPONDENT");
    }

    @Test
    void supplementWindowIsTenWorkingDaysAndTheReviewRestartsOnReceipt() {
        ReconsiderationCase c = fx.receive(d("2025-09-26"), "市公安局");
        c = fx.run(c, "supplement-request", "on", "2025-09-29", "items", "补充行政处罚决定书复印件");
        assertThat(c.state()).isEqualTo(CaseState.NEEDS_SUPPLEMENT);
        CaseDeadline window = fx.deadline(c, CaseDeadlines.SUPPLEMENT);
        assertThat(window.due()).isEqualTo(d("2025-10-20"));
        assertThat(window.unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(window.amount()).isEqualTo(10);
        assertThat(window.basis()).contains("第三十一条");
        ReconsiderationCase c2 = c;
        assertThatThrownBy(() -> fx.run(c2, "abandon", "on", "2025-10-20")).hasMessageContaining("第三十一条");
        c = fx.run(c, "supplement-received", "on", "2025-10-15");
        assertThat(c.state()).isEqualTo(CaseState.RECEIVED);
        assertThat(fx.deadline(c, CaseDeadlines.ACCEPTANCE_REVIEW).due()).isEqualTo(d("2025-10-22"));
    }

    @Test
    void silenceAfterTheSupplementWindowMeansTheApplicationIsAbandoned() {
        ReconsiderationCase c = fx.receive(d("2025-09-26"), "市公安局");
        c = fx.run(c, "supplement-request", "on", "2025-09-29", "items", "补充身份证明");
        ReconsiderationCase c2 = c;
        assertThatThrownBy(() -> fx.run(c2, "supplement-received", "on", "2025-10-21")).hasMessageContaining("视为放弃");
        c = fx.run(c, "abandon", "on", "2025-10-21");
        assertThat(c.state()).isEqualTo(CaseState.ABANDONED);
    }

    @Test
    void opinionLetterFeedbackIsSixtyNaturalDays() {
        ReconsiderationCase c = fx.readyToDecide(d("2025-03-03"), Procedure.ORDINARY);
        c = fx.run(c, "decide", "decidedOn", "2025-04-01", "decisionType", "REVOKED");
        c = fx.run(c, "opinion-letter", "on", "2025-04-02", "content", "规范处罚程序");
        CaseDeadline feedback = fx.deadline(c, CaseDeadlines.OPINION_FEEDBACK);
        assertThat(feedback.due()).isEqualTo(d("2025-06-03")); // 04-02 + 60 = 06-01 (Sun) → 06-03 (06-02 端午)
        assertThat(feedback.basis()).contains("第七十六条");
    }

    @Test
    void aDeadlineInAYearWithoutANoticeIsProvisional() {
        LocalDate today = fx.service.today();
        ReconsiderationCase c = fx.receive(today, "市公安局");
        c = fx.run(c, "accept", "acceptedOn", today.toString(), "procedure", "ORDINARY");
        CaseDeadline decision = fx.deadline(c, CaseDeadlines.DECISION);
        boolean unloaded = fx.service.deadlines().calendar().isProvisional(decision.due());
        assertThat(decision.provisional()).isEqualTo(unloaded);
    }
}
