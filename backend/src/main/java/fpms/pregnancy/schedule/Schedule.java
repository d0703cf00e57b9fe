package fpms.pregnancy.schedule;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;

/**
 * A planned schedule: the slots ordered by kind then seq, and the placement of every input visit, in input order.
 */
public record Schedule(List<Slot> slots, List<VisitPlacement> visits) {

    public Schedule {
        slots = List.copyOf(slots);
        visits = List.copyOf(visits);
    }

    /** The slots of one kind, by seq. */
    public List<Slot> slots(FollowUpKind kind) {
        return slots.stream().filter(s -> s.kind() == kind).toList();
    }

    /** How many slots have each status on {@code asOf}; every status is present (0 when none). */
    public EnumMap<SlotStatus, Integer> statusCounts(LocalDate asOf) {
        var counts = new EnumMap<SlotStatus, Integer>(SlotStatus.class);
        for (SlotStatus s : SlotStatus.values()) {
            counts.put(s, 0);
        }
        slots.forEach(s -> counts.merge(s.statusOn(asOf), 1, Integer::sum));
        return counts;
    }
}
