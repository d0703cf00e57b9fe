package fpms.support;

import fpms.common.time.AppClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Holds the app's clock on its current day for one test: time runs on, but stops a nanosecond before midnight in the
 * app's zone, so a run that crosses midnight in Shanghai still agrees with the server on "today". Undo with
 * {@link AppClock#reset()}.
 */
public final class SameDay {

    private SameDay() {
    }

    /** Holds the clock on today (the app's) and returns that day. */
    public static LocalDate hold(AppClock clock) {
        LocalDate today = clock.today();
        Instant lastMoment = today.plusDays(1).atStartOfDay(clock.zone()).toInstant().minusNanos(1);
        Clock running = Clock.system(clock.zone());
        clock.set(new Clock() {
            @Override
            public ZoneId getZone() {
                return running.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                Instant now = running.instant();
                return now.isAfter(lastMoment) ? lastMoment : now;
            }
        });
        return today;
    }
}
