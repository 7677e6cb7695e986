package cn.fazhi.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's arrangement (国务院办公厅关于XXXX年部分节假日安排的通知), published each year in late Oct – mid Nov.
 *
 * @param year        the calendar year the notice arranges
 * @param noticeNo    e.g. 国办发明电〔2025〕7号
 * @param publishedOn the notice's date (成文日期)
 * @param days        the days it lists (may include days of the previous December, e.g. the 2019 and 2023 元旦)
 */
public record HolidayNotice(int year, String noticeNo, LocalDate publishedOn, String title, String source,
        String remarks, String loadedBy, Instant loadedAt, List<NoticeDay> days) {

    public HolidayNotice {
        days = days == null ? List.of() : List.copyOf(days);
    }

    public long offCount() {
        return days.stream().filter(d -> d.kind() == DayKind.OFF).count();
    }

    public long workCount() {
        return days.stream().filter(d -> d.kind() == DayKind.WORK).count();
    }
}
