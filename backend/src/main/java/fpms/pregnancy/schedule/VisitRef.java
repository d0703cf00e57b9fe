package fpms.pregnancy.schedule;

import java.time.LocalDate;
import java.util.Objects;

/** A recorded (not voided) follow-up visit, as the planner sees it. */
public record VisitRef(long id, FollowUpKind kind, LocalDate date) {

    public VisitRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }
}
