package cn.fazhi.platform.calendar;

/**
 * Published when a year's holiday notice is loaded or replaced, after the calendar changed, so that modules holding
 * open deadlines can re-time those that touch {@code year} (design.md: a change to the calendar re-times open
 * deadlines with an audit entry).
 *
 * @param year     the calendar year whose arrangement changed
 * @param noticeNo the notice number now loaded
 * @param replaced true when an earlier arrangement of the year was replaced
 */
public record HolidayNoticeLoaded(int year, String noticeNo, boolean replaced) {
}
