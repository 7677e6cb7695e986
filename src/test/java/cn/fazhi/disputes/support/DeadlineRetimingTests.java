package cn.fazhi.disputes.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.disputes.litigation.DisputesFixtures;
import cn.fazhi.disputes.litigation.DisputesTest;
import cn.fazhi.disputes.litigation.DisputesTestClock;
import cn.fazhi.disputes.litigation.LitigationCase;
import cn.fazhi.disputes.litigation.LitigationService;
import cn.fazhi.disputes.reconsideration.CaseDeadlines;
import cn.fazhi.disputes.reconsideration.ReconFixture;
import cn.fazhi.disputes.reconsideration.ReconsiderationCase;
import cn.fazhi.platform.calendar.HolidayNoticeService;
import cn.fazhi.platform.calendar.NoticeInput;
import cn.fazhi.platform.calendar.NoticeInput.DayInput;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.security.AccountDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A new holiday notice re-times open deadlines (design.md): a deadline counted across 2027, whose notice is not loaded,
 * is provisional; loading a 2027 notice with a holiday and a make-up working Saturday inside the period moves it,
 * makes it definitive and leaves an audit entry; a concluded case is untouched. The 2027 notice here is test data
 * (元旦 on 01-01 and 01-04, 01-02 worked), removed afterwards.
 */
@DisputesTest
@Import(ReconFixture.class)
class DeadlineRetimingTests {

    static final int YEAR = 2027;
    static final String NOTICE_NO = "测试通知〔2026〕1号";

    @Autowired ReconFixture fx;
    @Autowired DisputesTestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired HolidayNoticeService notices;
    @Autowired StatutoryCalendar calendar;
    @Autowired LitigationService litigation;
    @Autowired DeadlineStore store;

    @BeforeEach
    void before() {
        removeTestYear();
        clock.setDay(LocalDate.of(2026, 12, 30));
    }

    @AfterEach
    void after() {
        removeTestYear();
        SecurityContextHolder.clearContext();
    }

    void removeTestYear() {
        if (jdbc.queryForObject("select count(*) from calendar_notice where cal_year = ?", Integer.class, YEAR) > 0) {
            jdbc.update("delete from calendar_day where notice_year = ?", YEAR);
            jdbc.update("delete from calendar_notice where cal_year = ?", YEAR);
            jdbc.update("update calendar_version set version = version + 1 where id = 1");
        }
        calendar.reload();
    }

    void loadNotice() {
        notices.load(new NoticeInput(YEAR, NOTICE_NO, "2026-11-20", "2027年部分节假日安排(测试数据)", "测试", null,
                List.of(new DayInput("2027-01-01", "元旦", null), new DayInput("2027-01-04", "元旦", null)),
                List.of(new DayInput("2027-01-02", "元旦", null)), false), fx.signIn("admin"));
        awaitRetiming();
    }

    /**
     * The listener runs after the notice's commit on Spring's task executor; wait until the event publication
     * registry shows it completed (bounded, so a listener that never finishes fails here).
     */
    void awaitRetiming() {
        for (int i = 0; i < 400; i++) {
            Integer pending = jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                    + " and listener_id like ?", Integer.class, "%DeadlineRetiming%");
            if (pending == 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the re-timing listener did not complete");
    }

    List<String> retimeAudits(UUID id) {
        return jdbc.queryForList("select after_json from audit_record where action = ? and entity_id = ? order by id",
                String.class, DeadlineRetiming.ACTION, id.toString());
    }

    @Test
    void aProvisionalFiveWorkingDayReviewMovesAndBecomesDefinitiveWhenTheYearsNoticeIsLoaded() {
        // 2026-12-29 (Tue): 12-30, 12-31, 2027-01-01 (assumed working: no 2027 notice), 01-04, 01-05 → 01-05 待公布
        ReconsiderationCase open = fx.receive(LocalDate.of(2026, 12, 29), "市公安局");
        CaseDeadline before = fx.deadline(open, CaseDeadlines.ACCEPTANCE_REVIEW);
        assertThat(before.due()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(before.provisional()).isTrue();
        // a case not accepted on 12-29: its review deadline is done and stays as it was
        ReconsiderationCase closed = fx.run(fx.receive(LocalDate.of(2026, 12, 28), "市公安局"), "reject",
                "on", "2026-12-29", "reason", "不属于行政复议范围");
        List<CaseDeadline> closedBefore = store.load(DeadlineTable.RECONSIDERATION, closed.orgId(), closed.id());
        assertThat(closedBefore).isNotEmpty().allMatch(d -> !d.open());

        loadNotice();

        // 01-01 and 01-04 off, 01-02 (Sat) worked: 12-30, 12-31, 01-02, 01-05, 01-06 → 01-06
        CaseDeadline after = fx.deadline(open, CaseDeadlines.ACCEPTANCE_REVIEW);
        assertThat(after.due()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(after.provisional()).isFalse();
        CaseDeadline stored = store.load(DeadlineTable.RECONSIDERATION, open.orgId(), open.id()).stream()
                .filter(d -> d.step().equals(CaseDeadlines.ACCEPTANCE_REVIEW)).findFirst().orElseThrow();
        assertThat(stored.due()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(stored.provisional()).isFalse();
        assertThat(retimeAudits(open.id())).singleElement().asString()
                .contains("ACCEPTANCE_REVIEW: 2027-01-05 → 2027-01-06(待公布 → 已确定)").contains(NOTICE_NO)
                .contains(open.caseNo());

        assertThat(store.load(DeadlineTable.RECONSIDERATION, closed.orgId(), closed.id())).isEqualTo(closedBefore);
        assertThat(retimeAudits(closed.id())).isEmpty();
    }

    @Test
    void aFifteenDayDefenceEndingOnTheNewHolidayRollsToTheMakeupSaturday() {
        // complaint copy received 2026-12-17: + 15 days = 2027-01-01, assumed a working day while 2027 is unknown
        DisputesFixtures dfx = new DisputesFixtures(jdbc, accounts);
        LitigationCase c = litigation.receive(new LitigationService.NewCase(null,
                "(2026)示行初" + UUID.randomUUID().toString().substring(0, 8) + "号", "示范市人民法院", "张三", "行政处罚决定",
                LocalDate.of(2026, 12, 17)), dfx.user("czj"));
        assertThat(c.deadline(LitigationCase.STEP_DEFENCE).due()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(c.deadline(LitigationCase.STEP_DEFENCE).provisional()).isTrue();

        loadNotice();

        // 01-01 is a holiday: the last day rolls to the next working day, 01-02, a make-up Saturday (民事诉讼法 第八十五条)
        CaseDeadline defence = litigation.get(c.id(), dfx.user("czj")).deadline(LitigationCase.STEP_DEFENCE);
        assertThat(defence.due()).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(defence.provisional()).isFalse();
        assertThat(defence.startOn()).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(retimeAudits(c.id())).singleElement().asString()
                .contains("DEFENCE: 2027-01-01 → 2027-01-02(待公布 → 已确定)").contains(NOTICE_NO);
    }
}
