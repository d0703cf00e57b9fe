package fpms.pregnancy.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The k-th follow-up ({@code seq}, from 0) of one kind: it covers the period [start, end], is due by
 * {@code dueDate} and OVERDUE from {@code overdueFrom} (end + 1: never overdue). {@code filledByVisitId} /
 * {@code filledOn} are both set or both null; {@code cancelledOn} is the outcome date when the pregnancy ended first.
 */
public record Slot(FollowUpKind kind, int seq, LocalDate start, LocalDate end, LocalDate dueDate, LocalDate overdueFrom,
        Long filledByVisitId, LocalDate filledOn, LocalDate cancelledOn) {

    public Slot {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(overdueFrom, "overdueFrom");
        if ((filledByVisitId == null) != (filledOn == null)) {
            throw new IllegalArgumentException("filledByVisitId and filledOn must be both set or both null");
        }
    }

    /** DONE, CANCELLED, UPCOMING, DUE, OVERDUE, MISSED: the first that applies on {@code asOf}. */
    public SlotStatus statusOn(LocalDate asOf) {
        if (filledOn != null && !filledOn.isAfter(asOf)) {
            return SlotStatus.DONE;
        }
        if (cancelledOn != null && !cancelledOn.isAfter(asOf)) {
            return SlotStatus.CANCELLED;
        }
        if (asOf.isBefore(start)) {
            return SlotStatus.UPCOMING;
        }
        if (asOf.isBefore(overdueFrom)) {
            return SlotStatus.DUE;
        }
        return asOf.isAfter(end) ? SlotStatus.MISSED : SlotStatus.OVERDUE;
    }

    /** Days past the due date while the slot is open (DUE within its grace days, or OVERDUE), else 0. */
    public int daysOverdue(LocalDate asOf) {
        return statusOn(asOf).open() ? (int) Math.max(0, ChronoUnit.DAYS.between(dueDate, asOf)) : 0;
    }
}
