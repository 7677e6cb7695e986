package cn.fazhi.platform.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The statutory calendar every module uses for deadlines (design.md: every deadline comes from platform.calendar).
 * The loaded notices are held in memory as an immutable {@link HolidayTable}; a change on this node swaps it at
 * once, and every {@code fazhi.calendar.refresh-check} the node compares the database's version counter with its
 * own and re-reads on a difference, so that other nodes see a newly loaded notice too.
 */
@Service
public class StatutoryCalendar {

    private static final Logger log = LoggerFactory.getLogger(StatutoryCalendar.class);

    private final CalendarStore store;
    private final long checkIntervalNanos;
    private volatile HolidayTable table;
    private volatile long lastCheck;

    StatutoryCalendar(CalendarStore store, @Value("${fazhi.calendar.refresh-check:10s}") Duration refreshCheck) {
        this.store = store;
        this.checkIntervalNanos = refreshCheck.toNanos();
    }

    /** The deadline of {@code period} started on {@code from}; the rules and their sources are in {@link PeriodRules}. */
    public Deadline due(LocalDate from, Period period) {
        return PeriodRules.due(snapshot(), from, period);
    }

    /** Monday–Friday not given off by a notice, or a 调休上班 Saturday/Sunday. */
    public boolean isWorkday(LocalDate date) {
        return snapshot().isWorkday(date);
    }

    /** Working days after {@code from} up to and including {@code to} (start day not counted). */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        return PeriodRules.workingDaysBetween(snapshot(), from, to);
    }

    /** True when the notice for the year of {@code date} is not loaded, so the day's status is assumed (待公布). */
    public boolean isProvisional(LocalDate date) {
        return !snapshot().isLoaded(date.getYear());
    }

    /** The notice entry (holiday name, off or worked, notice number) of a day, if a notice lists it. */
    public Optional<NoticeDay> day(LocalDate date) {
        return snapshot().day(date);
    }

    /** The loaded notices with their days, newest year first. */
    public List<HolidayNotice> notices() {
        return store.notices();
    }

    /** One year's notice with its days. */
    public Optional<HolidayNotice> notice(int year) {
        return store.notice(year);
    }

    /** The current in-memory calendar, re-read when the database's version counter moved. */
    public HolidayTable snapshot() {
        HolidayTable t = table;
        if (t == null) {
            return reload();
        }
        long now = System.nanoTime();
        if (now - lastCheck > checkIntervalNanos) {
            lastCheck = now;
            try {
                if (store.version() != t.version()) {
                    t = reload();
                }
            } catch (RuntimeException e) {
                log.warn("Calendar version check failed; keeping the calendar of version {}", t.version(), e);
            }
        }
        return t;
    }

    /** Re-reads the notices from the database (after a change committed on this node, or a version change). */
    public synchronized HolidayTable reload() {
        HolidayTable t = store.loadTable();
        table = t;
        lastCheck = System.nanoTime();
        log.info("Calendar loaded: version {}, years {}", t.version(), t.loadedYears());
        return t;
    }
}
