package fpms.audit;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns a record's field values into audit values, so every event reads alike whatever wrote it:
 * dates yyyy-MM-dd, instants ISO-8601 with the app zone's offset, enums by name, records and maps as objects (absent
 * fields left out), collections as lists; strings, numbers and booleans as they are; a {@link HealthFinding} masked.
 */
public final class AuditValues {

    private AuditValues() {
    }

    /** Every value of a record's state as an audit value, in the same order. */
    public static Map<String, Object> of(Map<String, ?> state, ZoneId zone) {
        Map<String, Object> out = new LinkedHashMap<>();
        state.forEach((field, value) -> out.put(field, of(value, zone)));
        return out;
    }

    public static Object of(Object value, ZoneId zone) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof HealthFinding h) {
            return new HealthFinding.Masked(of(h.value(), zone));
        }
        if (value instanceof LocalDate d) {
            return d.toString(); // ISO yyyy-MM-dd
        }
        if (value instanceof Instant i) {
            return iso(i.atZone(zone));
        }
        if (value instanceof OffsetDateTime t) {
            return iso(t.atZoneSameInstant(zone));
        }
        if (value instanceof ZonedDateTime t) {
            return iso(t.withZoneSameInstant(zone));
        }
        if (value instanceof Map<?, ?> m) {
            return object(m, zone);
        }
        if (value instanceof Collection<?> c) {
            return list(c, zone);
        }
        if (value instanceof Object[] a) {
            return list(Arrays.asList(a), zone);
        }
        if (value instanceof Record r) {
            return record(r, zone);
        }
        return value.toString(); // a local time or a month: ISO already
    }

    private static String iso(ZonedDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    private static Map<String, Object> object(Map<?, ?> m, ZoneId zone) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (v != null) {
                out.put(String.valueOf(k), of(v, zone));
            }
        });
        return out;
    }

    private static List<Object> list(Collection<?> c, ZoneId zone) {
        List<Object> out = new ArrayList<>(c.size());
        c.forEach(v -> out.add(of(v, zone)));
        return out;
    }

    private static Map<String, Object> record(Record r, ZoneId zone) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(r);
                if (v != null) {
                    out.put(c.getName(), of(v, zone));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
            }
        }
        return out;
    }
}
