package fpms.pregnancy.schedule;

/** Where a visit landed: it fills a slot, is a second visit in an already filled slot, or lies outside the plan. */
public enum Placement {
    FILLS, EXTRA, OUTSIDE
}
