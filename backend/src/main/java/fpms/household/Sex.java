package fpms.household;

/** A person's sex as the ID number records it (odd sequence = male, even = female), so both always agree. */
public enum Sex {
    /** Odd 3-digit sequence in the ID number. */
    MALE,
    /** Even 3-digit sequence in the ID number. */
    FEMALE
}
