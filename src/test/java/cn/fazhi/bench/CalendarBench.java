package cn.fazhi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.platform.calendar.Period;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.support.FazhiIntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deadline computations per second through the {@link StatutoryCalendar} bean (the in-memory calendar of the loaded
 * notices 2015–2026, with its version check), against a baseline in the same run: the same walk with plain
 * {@link LocalDate#plusDays} that only knows Saturdays and Sundays (what ad-hoc date arithmetic would do).
 * Start days cycle through 2015–2026 so that holidays, make-up days and year ends are all crossed.
 */
@Tag("bench")
@FazhiIntegrationTest
class CalendarBench {

    private static final int DAYS = 12 * 365;
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);

    @Autowired
    StatutoryCalendar calendar;

    @Test
    void deadlinesPerSecond() {
        Period tenWorkingDays = Period.workingDays(10);
        Period sixtyDays = Period.naturalDays(60);

        IntToLongFunction calendarWorking = i -> calendar.due(FIRST.plusDays(i % DAYS), tenWorkingDays).due().toEpochDay();
        IntToLongFunction plainWorking = i -> weekendsOnlyWorkingDays(FIRST.plusDays(i % DAYS), 10).toEpochDay();
        IntToLongFunction calendarNatural = i -> calendar.due(FIRST.plusDays(i % DAYS), sixtyDays).due().toEpochDay();
        IntToLongFunction plainNatural = i -> weekendsOnlyNaturalDays(FIRST.plusDays(i % DAYS), 60).toEpochDay();

        // The calendar is right where the plain walk is not (国庆 2025), which is the point of the cost measured.
        assertThat(calendar.due(LocalDate.of(2025, 9, 26), Period.workingDays(5)).due()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(weekendsOnlyWorkingDays(LocalDate.of(2025, 9, 26), 5)).isEqualTo(LocalDate.of(2025, 10, 3));

        // Interleaved rounds, best of each: the machine is shared, so the best round is the least disturbed one.
        double cw = 0;
        double pw = 0;
        double cnat = 0;
        double pn = 0;
        for (int round = 0; round < 6; round++) { // round 0 warms up the JIT and is not counted
            double[] r = {opsPerSecond(calendarWorking), opsPerSecond(plainWorking), opsPerSecond(calendarNatural),
                    opsPerSecond(plainNatural)};
            if (round > 0) {
                cw = Math.max(cw, r[0]);
                pw = Math.max(pw, r[1]);
                cnat = Math.max(cnat, r[2]);
                pn = Math.max(pn, r[3]);
            }
        }
        Bench.report("calendar.due.10_working_days", cw, pw, "ops/s");
        Bench.report("calendar.due.60_natural_days", cnat, pn, "ops/s");
    }

    /** Runs {@code op} for about 0.3 s and returns calls per second. */
    private static double opsPerSecond(IntToLongFunction op) {
        long sink = 0;
        int n = 0;
        long start = System.nanoTime();
        long end = start + 300_000_000L;
        long now;
        do {
            for (int k = 0; k < 1000; k++) {
                sink += op.applyAsLong(n++);
            }
            now = System.nanoTime();
        } while (now < end);
        if (sink == 42) {
            System.out.println("unlikely");
        }
        return n / ((now - start) / 1e9);
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate weekendsOnlyWorkingDays(LocalDate from, int n) {
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (!weekend(d)) {
                counted++;
            }
        }
        return d;
    }

    private static LocalDate weekendsOnlyNaturalDays(LocalDate from, int n) {
        LocalDate d = from.plusDays(n);
        while (weekend(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
