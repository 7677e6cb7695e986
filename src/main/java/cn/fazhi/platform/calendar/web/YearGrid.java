package cn.fazhi.platform.calendar.web;

import cn.fazhi.platform.calendar.DayKind;
import cn.fazhi.platform.calendar.HolidayTable;
import cn.fazhi.platform.calendar.NoticeDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A year as twelve month grids (weeks Monday to Sunday) for the calendar page. */
final class YearGrid {

    private YearGrid() {
    }

    /** One cell: {@code css} is off (holiday, red), work (调休上班, 班), rest (plain weekend) or day. */
    record Cell(LocalDate date, int day, String css, String name, String title) {
    }

    record Month(int month, List<List<Cell>> weeks) {
    }

    static List<Month> of(int year, HolidayTable table) {
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(year, m, 1);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int pad = 1; pad < first.getDayOfWeek().getValue(); pad++) {
                week.add(null);
            }
            for (LocalDate d = first; d.getMonthValue() == m; d = d.plusDays(1)) {
                week.add(cell(d, table));
                if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(null);
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        return months;
    }

    private static Cell cell(LocalDate d, HolidayTable table) {
        NoticeDay listed = table.day(d).orElse(null);
        if (listed != null && listed.kind() == DayKind.OFF) {
            return new Cell(d, d.getDayOfMonth(), "off", listed.name(), d + " " + listed.name() + " 放假(" + listed.noticeNo() + ")");
        }
        if (listed != null) {
            return new Cell(d, d.getDayOfMonth(), "work", listed.name(), d + " 调休上班(" + listed.name() + "," + listed.noticeNo() + ")");
        }
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        return new Cell(d, d.getDayOfMonth(), weekend ? "rest" : "day", null, d + (weekend ? " 周末休息" : " 工作日"));
    }
}
