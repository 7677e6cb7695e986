package cn.fazhi.disputes.litigation;

import cn.fazhi.platform.kernel.TimeConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the litigation, mediation and petition tests set to a day (China time), so that periods can run out. */
public class DisputesTestClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    /** Sets "now" to 10:00 China time on {@code day}. */
    public void setDay(LocalDate day) {
        now.set(day.atTime(LocalTime.of(10, 0)).atZone(TimeConfig.CHINA).toInstant());
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
