package cn.fazhi.reporting;

import cn.fazhi.platform.kernel.TimeConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the reporting tests set to a day (China time). */
public class ReportTestClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    public void setDay(LocalDate day) {
        now.set(day.atTime(LocalTime.of(10, 0)).atZone(TimeConfig.CHINA).toInstant());
    }

    public void reset() {
        now.set(Instant.now());
    }

    @Override
    public ZoneId getZone() {
        return TimeConfig.CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
