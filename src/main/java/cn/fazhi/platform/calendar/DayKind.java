package cn.fazhi.platform.calendar;

/** What a holiday notice says about a day. */
public enum DayKind {
    /** 放假 (a day off, including weekend days the notice lists inside a holiday block). */
    OFF,
    /** 调休上班 (a Saturday or Sunday worked). */
    WORK
}
