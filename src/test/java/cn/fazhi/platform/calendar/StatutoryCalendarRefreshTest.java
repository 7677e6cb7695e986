package cn.fazhi.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The in-memory calendar re-reads the notices when another node bumped the version counter, and only then. */
class StatutoryCalendarRefreshTest {

    /** A store whose "database" is two fields: the version counter and the loaded table. */
    static class FakeStore extends CalendarStore {
        volatile long version = 1;
        volatile HolidayTable table = new HolidayTable(List.of(), List.of(2026), 1);
        final AtomicInteger loads = new AtomicInteger();

        FakeStore() {
            super(new org.springframework.jdbc.core.JdbcTemplate());
        }

        @Override
        long version() {
            return version;
        }

        @Override
        HolidayTable loadTable() {
            loads.incrementAndGet();
            return table;
        }
    }

    @Test
    void anotherNodesChangeIsSeenAtTheNextVersionCheck() {
        FakeStore store = new FakeStore();
        StatutoryCalendar calendar = new StatutoryCalendar(store, Duration.ZERO);
        assertThat(calendar.isProvisional(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(store.loads).hasValue(1); // unchanged version: no re-read

        // another node loads 2027 and bumps the counter
        store.table = new HolidayTable(List.of(new NoticeDay(LocalDate.of(2027, 1, 4), DayKind.OFF, "元旦", "测试")),
                List.of(2026, 2027), 2);
        store.version = 2;
        assertThat(calendar.isProvisional(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(calendar.isWorkday(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(store.loads).hasValue(2);
    }

    @Test
    void betweenChecksTheCalendarDoesNotTouchTheDatabase() {
        FakeStore store = new FakeStore();
        StatutoryCalendar calendar = new StatutoryCalendar(store, Duration.ofHours(1));
        calendar.isWorkday(LocalDate.of(2026, 1, 5));
        store.version = 2;
        store.table = new HolidayTable(List.of(), List.of(2026, 2027), 2);
        assertThat(calendar.isProvisional(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(store.loads).hasValue(1);
        calendar.reload(); // a change on this node reloads at once
        assertThat(calendar.isProvisional(LocalDate.of(2027, 1, 4))).isFalse();
    }
}
