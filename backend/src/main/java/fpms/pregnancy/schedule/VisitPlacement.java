package fpms.pregnancy.schedule;

import java.util.Objects;

/** The placement of one visit; {@code slotSeq} is the seq of the slot of its kind holding it, null when OUTSIDE. */
public record VisitPlacement(long visitId, Placement placement, Integer slotSeq) {

    public VisitPlacement {
        Objects.requireNonNull(placement, "placement");
        if ((placement == Placement.OUTSIDE) != (slotSeq == null)) {
            throw new IllegalArgumentException("slotSeq must be null exactly when OUTSIDE");
        }
    }
}
