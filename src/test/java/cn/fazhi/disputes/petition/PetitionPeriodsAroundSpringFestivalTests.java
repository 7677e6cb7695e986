package cn.fazhi.disputes.petition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.disputes.litigation.DisputesFixtures;
import cn.fazhi.disputes.litigation.DisputesTest;
import cn.fazhi.disputes.litigation.DisputesTestClock;
import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.platform.calendar.PeriodUnit;
import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every 信访工作条例 period pinned to its last day around 春节 2026 (国办发明电〔2025〕7号: 02-15..02-23 off, 02-14 and
 * 02-28 worked): natural days from the day after the event, the last day rolling over the holiday, never over a worked
 * Saturday.
 */
@DisputesTest
class PetitionPeriodsAroundSpringFestivalTests {

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
        return service.receive(new PetitionService.NewPetition(null, "LETTER", "李某", "反映征收补偿标准", "CLAIM", on), sfj);
    }

    static void pin(CaseDeadline d, String due, int amount, String article) {
        assertThat(d.due()).isEqualTo(LocalDate.parse(due));
        assertThat(d.unit()).isEqualTo(PeriodUnit.NATURAL_DAYS);
        assertThat(d.amount()).isEqualTo(amount);
        assertThat(d.basis()).contains(article);
    }

    @Test
    void theAcceptanceDecisionEndingOnTheMakeupSaturdayDoesNotRollOver() {
        // 2026-01-30 + 15 = 02-14, a worked Saturday (第二十二条、第二十三条)
        Petition p = received(LocalDate.of(2026, 1, 30));
        pin(p.deadline(Petition.STEP_ACCEPTANCE), "2026-02-14", 15, "信访工作条例第二十二条、第二十三条");
        assertThat(p.deadline(Petition.STEP_ACCEPTANCE).startOn()).isEqualTo(LocalDate.of(2026, 1, 30));
    }

    @Test
    void reviewAndReReviewWindowsAndOpinionsAreThirtyDaysEach() {
        Petition p = received(LocalDate.of(2025, 12, 1));
        UUID id = p.id();
        p = service.accept(id, new PetitionService.AcceptRequest(LocalDate.of(2025, 12, 5), "市财政局"), sfj);
        // 12-05 + 60 = 2026-02-03 (Tue) (第三十四条)
        pin(p.deadline(Petition.STEP_HANDLING), "2026-02-03", 60, "信访工作条例第三十四条");
        p = service.reply(id, new PetitionService.ReplyRequest(LocalDate.of(2026, 1, 20), "NOT_SUPPORTED", "不符合条件"), sfj);
        // 01-20 + 30 = 02-19, inside 春节 → 02-24 (第三十五条)
        pin(p.deadline(Petition.STEP_REVIEW_REQUEST), "2026-02-24", 30, "第三十五条");
        p = service.requestReview(id, LocalDate.of(2026, 1, 25), sfj);
        // 01-25 + 30 = 02-24 (Tue), a working day
        pin(p.deadline(Petition.STEP_REVIEW_OPINION), "2026-02-24", 30, "第三十五条");
        p = service.reviewOpinion(id, new PetitionService.DatedText(LocalDate.of(2026, 2, 10), "维持"), sfj);
        // 02-10 + 30 = 03-12 (Thu) (第三十六条)
        pin(p.deadline(Petition.STEP_REREVIEW_REQUEST), "2026-03-12", 30, "第三十六条");
        p = service.requestRereview(id, LocalDate.of(2026, 2, 12), sfj);
        // 02-12 + 30 = 03-14 (Sat) → 03-16 (Mon)
        pin(p.deadline(Petition.STEP_REREVIEW_OPINION), "2026-03-16", 30, "第三十六条");
    }
}
