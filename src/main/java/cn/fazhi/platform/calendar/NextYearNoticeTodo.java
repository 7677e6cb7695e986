package cn.fazhi.platform.calendar;

import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.web.TodoContributor;
import cn.fazhi.platform.web.TodoItem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reminds calendar administrators to load next year's holiday notice. The State Council publishes it in late October
 * to mid November (2023-10-25, 2024-11-12, 2025-11-04); until it is loaded every deadline that ends next year is only
 * provisional (待公布). From 15 October the item is due soon; once the year has begun without a notice it is overdue.
 */
@Component
class NextYearNoticeTodo implements TodoContributor {

    static final MonthDay REMIND_FROM = MonthDay.of(10, 15);

    private final StatutoryCalendar calendar;
    private final Clock clock;

    NextYearNoticeTodo(StatutoryCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todosFor(FazhiPrincipal user) {
        if (!user.can("calendar:manage")) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        if (calendar.notice(today.getYear()).isEmpty()) {
            return List.of(item(today.getYear(), TodoItem.Severity.OVERDUE));
        }
        if (!MonthDay.from(today).isBefore(REMIND_FROM) && calendar.notice(today.getYear() + 1).isEmpty()) {
            return List.of(item(today.getYear() + 1, TodoItem.Severity.DUE_SOON));
        }
        return List.of();
    }

    private static TodoItem item(int year, TodoItem.Severity severity) {
        return new TodoItem("calendar", "录入" + year + "年节假日安排(国务院办公厅通知):未录入前," + year
                + "年内届满的期限均为“待公布”", "/admin/calendar", LocalDate.of(year, 1, 1), severity);
    }
}
