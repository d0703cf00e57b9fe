package fpms.pregnancy.schedule;

/** The status of a slot on a given day (computed, never stored). DONE, MISSED and CANCELLED are final. */
public enum SlotStatus {
    UPCOMING, DUE, OVERDUE, DONE, MISSED, CANCELLED;

    /** Still waiting for its visit: DUE or OVERDUE. */
    public boolean open() {
        return this == DUE || this == OVERDUE;
    }
}
