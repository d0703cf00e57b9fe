package fpms.org.service;

import fpms.common.memo.Remembered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failed logins per client address: after {@code fpms.auth.failures-per-address} failures within a minute the address
 * is refused (429 with Retry-After) until that minute is over, before any password is checked. It stops guessing from
 * one address, and with it locking others' accounts from there. Kept in memory per replica (each counts its own);
 * the address is the proxy's forwarded one only from the trusted proxies (quarkus.http.proxy.*).
 */
@ApplicationScoped
public class LoginThrottle {

    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private record Window(AtomicInteger failures, long untilNanos) {
    }

    private final Remembered<String, Window> windows = new Remembered<>(100_000);

    @Inject
    AuthSettings settings;

    /** Seconds until the address may try again, if it has failed too often this minute. */
    public OptionalLong refusal(String address) {
        Window w = windows.get(address);
        if (w == null || w.failures().get() < settings.failuresPerAddress()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(TimeUnit.NANOSECONDS.toSeconds(w.untilNanos() - System.nanoTime()) + 1);
    }

    public void failed(String address) {
        windows.getOrPut(address, () -> new Window(new AtomicInteger(), System.nanoTime() + WINDOW_NANOS), WINDOW_NANOS)
                .failures().incrementAndGet();
    }
}
