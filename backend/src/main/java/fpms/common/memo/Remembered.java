package fpms.common.memo;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers remembered for a while: each value until its own deadline (monotonic time, never the app's clock: this is
 * about how old an answer may be, not about the domain's "now"); at most {@code max} of them, and when full it starts
 * afresh. For what is dear to compute and may be a few seconds old (a verified token, an org unit's path).
 */
public final class Remembered<K, V> {

    private record Entry<V>(V value, long untilNanos) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int max;

    public Remembered(int max) {
        this.max = max;
    }

    /** The value remembered for the key and not yet past its deadline, or null. */
    public V get(K key) {
        Entry<V> e = entries.get(key);
        return e != null && System.nanoTime() - e.untilNanos() < 0 ? e.value() : null;
    }

    /** Remembers the value for at most {@code nanos} from now. */
    public void put(K key, V value, long nanos) {
        if (entries.size() >= max) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, System.nanoTime() + nanos));
    }

    /** The value remembered for the key, or a new one made and remembered for {@code nanos}, atomically. */
    public V getOrPut(K key, Supplier<V> make, long nanos) {
        if (entries.size() >= max) {
            entries.clear();
        }
        return entries.compute(key, (k, e) -> e != null && System.nanoTime() - e.untilNanos() < 0 ? e
                : new Entry<>(make.get(), System.nanoTime() + nanos)).value();
    }

    public void remove(K key) {
        entries.remove(key);
    }

    public void clear() {
        entries.clear();
    }
}
