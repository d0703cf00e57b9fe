package fpms.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The only source of "now" and "today" (zone Asia/Shanghai). {@code fpms.clock.fixed} pins the instant,
 * so rules, tests and demos can run on a chosen date; tests may also {@link #set} it.
 */
@ApplicationScoped
public class AppClock {

    private volatile Clock clock;

    AppClock() {
        this(ZoneId.of("Asia/Shanghai"), Optional.empty());
    }

    public AppClock(@ConfigProperty(name = "fpms.clock.zone") ZoneId zone,
            @ConfigProperty(name = "fpms.clock.fixed") Optional<Instant> fixed) {
        this.clock = fixed.map(at -> Clock.fixed(at, zone)).orElseGet(() -> Clock.system(zone));
    }

    public Instant now() {
        return clock.instant();
    }

    public OffsetDateTime nowWithOffset() {
        return OffsetDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** Replaces the clock (tests). */
    public void set(Clock clock) {
        this.clock = clock.withZone(this.clock.getZone());
    }
}
