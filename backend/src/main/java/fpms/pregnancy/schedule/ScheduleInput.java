package fpms.pregnancy.schedule;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Everything the plan of one pregnancy depends on. {@code outcomeDate} is null while the pregnancy is ongoing;
 * {@code rules} holds all versions of all kinds (at most one per kind and effectiveFrom); visit ids are unique.
 */
public record ScheduleInput(LocalDate registrationDate, LocalDate expectedDelivery, int endMarginDays,
        LocalDate outcomeDate, List<FollowUpRule> rules, List<VisitRef> visits) {

    public ScheduleInput {
        Objects.requireNonNull(registrationDate, "registrationDate");
        Objects.requireNonNull(expectedDelivery, "expectedDelivery");
        if (endMarginDays < 0) {
            throw new IllegalArgumentException("endMarginDays must be >= 0, was " + endMarginDays);
        }
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        visits = List.copyOf(Objects.requireNonNull(visits, "visits"));
        var versions = new HashSet<>();
        for (FollowUpRule r : rules) {
            if (!versions.add(List.of(r.kind(), r.effectiveFrom()))) {
                throw new IllegalArgumentException("rules: two versions of " + r.kind() + " from " + r.effectiveFrom());
            }
        }
        var ids = new HashSet<Long>();
        for (VisitRef v : visits) {
            if (!ids.add(v.id())) {
                throw new IllegalArgumentException("visits: duplicate id " + v.id());
            }
        }
    }
}
