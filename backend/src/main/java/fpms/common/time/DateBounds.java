package fpms.common.time;

import fpms.common.error.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The bounds every date and year the API takes shares, so that only what can be true is stored or asked for: a fact is
 * not in the future and not before what it follows; a plan or a query lies between {@link #FIRST_YEAR} and
 * {@link #YEARS_AHEAD} years from now. Each check names the field it is about (400 problem+json).
 */
public final class DateBounds {

    /** The register and its rules start in 2000 (the first follow-up rules take effect then): nothing is planned or asked before. */
    public static final int FIRST_YEAR = 2000;
    /** Plans (calendar, targets, rules, stays) and queries reach two five-year plans ahead at most. */
    public static final int YEARS_AHEAD = 10;

    private DateBounds() {
    }

    /** The first day a plan or a query may name. */
    public static LocalDate first() {
        return LocalDate.of(FIRST_YEAR, 1, 1);
    }

    /** The last day a plan or a query may name: the end of the year {@link #YEARS_AHEAD} years from now. */
    public static LocalDate last(LocalDate today) {
        return LocalDate.of(lastYear(today), 12, 31);
    }

    public static int lastYear(LocalDate today) {
        return today.getYear() + YEARS_AHEAD;
    }

    public static boolean yearAllowed(int year, LocalDate today) {
        return year >= FIRST_YEAR && year <= lastYear(today);
    }

    /** A day of a plan or a query: from {@link #first()} to {@link #last}. */
    public static void planned(String field, LocalDate day, LocalDate today) {
        if (day != null && (day.isBefore(first()) || day.isAfter(last(today)))) {
            throw ProblemException.invalidField(field, "date.range", first(), last(today));
        }
    }

    /** Not later than plans reach (an expected stay): the end of the year {@link #YEARS_AHEAD} years from now. */
    public static void withinPlans(String field, LocalDate day, LocalDate today) {
        notAfter(field, day, last(today), "date.too-late", last(today));
    }

    /** An instant of a query (an audit period), by its day in the zone. */
    public static void planned(String field, Instant at, ZoneId zone, LocalDate today) {
        if (at != null && (at.isBefore(first().atStartOfDay(zone).toInstant())
                || !at.isBefore(last(today).plusDays(1).atStartOfDay(zone).toInstant()))) {
            throw ProblemException.invalidField(field, "date.range", first(), last(today));
        }
    }

    /** A fact that has happened: not after today. */
    public static void notFuture(String field, LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            throw ProblemException.invalidField(field, "date.future");
        }
    }

    /** Not before the day it follows (a birth, an LMP, a registration); the key says which. */
    public static void notBefore(String field, LocalDate day, LocalDate earliest, String key, Object... args) {
        if (day != null && earliest != null && day.isBefore(earliest)) {
            throw ProblemException.invalidField(field, key, args);
        }
    }

    /** Not after the last day it can be; the key says why. */
    public static void notAfter(String field, LocalDate day, LocalDate latest, String key, Object... args) {
        if (day != null && latest != null && day.isAfter(latest)) {
            throw ProblemException.invalidField(field, key, args);
        }
    }
}
