package cn.fazhi.platform.calendar;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** JDBC access to calendar_notice, calendar_day and calendar_version (V5__calendar.sql). */
@Repository
class CalendarStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    CalendarStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    long version() {
        Long v = jdbc.queryForObject("select version from calendar_version where id = 1", Long.class);
        return v == null ? 0 : v;
    }

    /** Reads the version first, then the data: a change committed in between only causes one more re-read later. */
    HolidayTable loadTable() {
        long version = version();
        List<Integer> years = jdbc.queryForList("select cal_year from calendar_notice", Integer.class);
        List<NoticeDay> days = jdbc.query("select cal_date, kind, name, notice_no from calendar_day", CalendarStore::day);
        return new HolidayTable(days, years, version);
    }

    /** Every notice with its days (a few hundred rows in all), newest year first. */
    List<HolidayNotice> notices() {
        Map<Integer, List<NoticeDay>> byYear = new HashMap<>();
        jdbc.query("select notice_year, cal_date, kind, name, notice_no from calendar_day order by cal_date",
                rs -> {
                    byYear.computeIfAbsent(rs.getInt("notice_year"), y -> new ArrayList<>()).add(day(rs, 0));
                });
        return jdbc.query("""
                select cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at
                from calendar_notice order by cal_year desc""",
                (rs, i) -> notice(rs, byYear.getOrDefault(rs.getInt("cal_year"), List.of())));
    }

    Optional<HolidayNotice> notice(int year) {
        List<NoticeDay> days = jdbc.query("""
                select cal_date, kind, name, notice_no from calendar_day where notice_year = ?
                order by cal_date""", CalendarStore::day, year);
        return jdbc.query("""
                select cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at
                from calendar_notice where cal_year = ?""", (rs, i) -> notice(rs, days), year).stream().findFirst();
    }

    /** Listed days among {@code dates} that belong to a notice of another year, with that year. */
    Map<java.time.LocalDate, Integer> daysOfOtherNotices(int year, Collection<java.time.LocalDate> dates) {
        Map<java.time.LocalDate, Integer> found = new HashMap<>();
        if (dates.isEmpty()) {
            return found;
        }
        named.query("select cal_date, notice_year from calendar_day where notice_year <> :year and cal_date in (:dates)",
                new MapSqlParameterSource("year", year).addValue("dates", dates.stream().map(Date::valueOf).toList()),
                rs -> {
                    found.put(rs.getDate(1).toLocalDate(), rs.getInt(2));
                });
        return found;
    }

    void delete(int year) {
        jdbc.update("delete from calendar_day where notice_year = ?", year);
        jdbc.update("delete from calendar_notice where cal_year = ?", year);
    }

    void insert(HolidayNotice n) {
        jdbc.update("""
                insert into calendar_notice (cal_year, notice_no, published_on, title, source, remarks, loaded_by, loaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                n.year(), n.noticeNo(), n.publishedOn() == null ? null : Date.valueOf(n.publishedOn()), n.title(),
                n.source(), n.remarks(), n.loadedBy(), Timestamp.from(n.loadedAt()));
        List<Object[]> rows = new ArrayList<>();
        for (NoticeDay d : n.days()) {
            rows.add(new Object[] {Date.valueOf(d.date()), n.year(), d.kind().name(), d.name(), d.noticeNo()});
        }
        jdbc.batchUpdate("insert into calendar_day (cal_date, notice_year, kind, name, notice_no) values (?, ?, ?, ?, ?)", rows);
    }

    void bumpVersion() {
        jdbc.update("update calendar_version set version = version + 1 where id = 1");
    }

    private static NoticeDay day(ResultSet rs, int i) throws SQLException {
        return new NoticeDay(rs.getDate("cal_date").toLocalDate(), DayKind.valueOf(rs.getString("kind").trim()),
                rs.getString("name"), rs.getString("notice_no"));
    }

    private static HolidayNotice notice(ResultSet rs, List<NoticeDay> days) throws SQLException {
        Date published = rs.getDate("published_on");
        Timestamp loadedAt = rs.getTimestamp("loaded_at");
        return new HolidayNotice(rs.getInt("cal_year"), rs.getString("notice_no"),
                published == null ? null : published.toLocalDate(), rs.getString("title"), rs.getString("source"),
                rs.getString("remarks"), rs.getString("loaded_by"), loadedAt == null ? Instant.EPOCH : loadedAt.toInstant(), days);
    }
}
