package fpms.household;

/** ACTIVE, or RETIRED after being merged into another record as its duplicate (never deleted). */
public enum PersonStatus {
    ACTIVE, RETIRED
}
