package fpms.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The only source of "now" and "today" ({@code fpms.clock.zone}, Asia/Shanghai). {@code fpms.clock.fixed} pins the
 * instant, so rules, tests and demos can run on a chosen date; tests may also {@link #set} it.
 */
@ApplicationScoped
public class AppClock {

    private Clock configured;

    private volatile Clock clock;

    @Inject
    public AppClock(@ConfigProperty(name = "fpms.clock.zone") ZoneId zone,
            @ConfigProperty(name = "fpms.clock.fixed") Optional<Instant> fixed) {
        this.configured = fixed.map(at -> Clock.fixed(at, zone)).orElseGet(() -> Clock.system(zone));
        this.clock = configured;
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * The machine's own time, never pinned or set: for what is compared with token times, which every token verifier
     * reads from the system clock (a session's idle time, a password's age, an idempotency key's life).
     */
    public Instant systemNow() {
        return Instant.now();
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

    /** Replaces the clock (tests); the zone stays the configured one. */
    public void set(Clock clock) {
        this.clock = clock.withZone(configured.getZone());
    }

    /** Back to the configured clock (tests, after {@link #set}). */
    public void reset() {
        this.clock = configured;
    }
}
