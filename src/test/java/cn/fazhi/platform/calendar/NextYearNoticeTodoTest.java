package cn.fazhi.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.web.TodoItem;
import cn.fazhi.support.FazhiIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FazhiIntegrationTest
class NextYearNoticeTodoTest {

    @Autowired
    StatutoryCalendar calendar;

    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");

    private static FazhiPrincipal user(String... permissions) {
        return new FazhiPrincipal(1L, "cal-admin", "日历管理员", 1L, "示范市司法局", "/1/", null, true, false,
                Set.of("LEGAL_OFFICE"), Set.of(permissions), DataScope.nothing());
    }

    private NextYearNoticeTodo at(LocalDate day) {
        return new NextYearNoticeTodo(calendar, Clock.fixed(day.atStartOfDay(CST).toInstant(), CST));
    }

    @Test
    void inLateNovemberWithoutNextYearsNoticeTheCalendarManagerIsRemindedDueSoon() {
        // 2027's notice is not seeded (the latest loaded year is 2026)
        var items = at(LocalDate.of(2026, 11, 23)).todosFor(user("calendar:manage"));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(TodoItem.Severity.DUE_SOON);
            assertThat(i.title()).contains("2027年节假日安排");
            assertThat(i.link()).isEqualTo("/admin/calendar");
        });
    }

    @Test
    void beforeMidOctoberThereIsNoReminder() {
        assertThat(at(LocalDate.of(2026, 10, 14)).todosFor(user("calendar:manage"))).isEmpty();
    }

    @Test
    void aYearThatHasBegunWithoutItsNoticeIsOverdue() {
        var items = at(LocalDate.of(2027, 1, 4)).todosFor(user("calendar:manage"));
        assertThat(items).singleElement().satisfies(i -> assertThat(i.severity()).isEqualTo(TodoItem.Severity.OVERDUE));
    }

    @Test
    void usersWithoutCalendarManagementSeeNothing() {
        assertThat(at(LocalDate.of(2026, 11, 23)).todosFor(user("files:read"))).isEmpty();
    }
}
