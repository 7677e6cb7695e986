package cn.fazhi.platform.calendar;

import java.time.LocalDate;

/** One day listed by a holiday notice: off or worked, the holiday it belongs to and the notice that set it. */
public record NoticeDay(LocalDate date, DayKind kind, String name, String noticeNo) {
}
