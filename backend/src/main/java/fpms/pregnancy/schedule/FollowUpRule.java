package fpms.pregnancy.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One version of the rule of one kind, in force from {@code effectiveFrom}: a slot every {@code intervalMonths}
 * months, due within its first {@code windowDays} days, overdue {@code graceDays} days after that.
 */
public record FollowUpRule(FollowUpKind kind, int intervalMonths, int windowDays, int graceDays, LocalDate effectiveFrom) {

    public FollowUpRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (intervalMonths < 1 || intervalMonths > 12) {
            throw new IllegalArgumentException("intervalMonths must be 1..12, was " + intervalMonths);
        }
        if (windowDays < 1) {
            throw new IllegalArgumentException("windowDays must be >= 1, was " + windowDays);
        }
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays must be >= 0, was " + graceDays);
        }
    }

    /** The work plan: a home visit a month, a pregnancy check every two months, an ultrasound every half-year. */
    public static List<FollowUpRule> defaults(LocalDate effectiveFrom) {
        return List.of(
                new FollowUpRule(FollowUpKind.HOME_VISIT, 1, 20, 5, effectiveFrom),
                new FollowUpRule(FollowUpKind.PREGNANCY_CHECK, 2, 40, 7, effectiveFrom),
                new FollowUpRule(FollowUpKind.ULTRASOUND, 6, 90, 14, effectiveFrom));
    }
}
