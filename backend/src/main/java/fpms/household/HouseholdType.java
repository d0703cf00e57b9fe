package fpms.household;

/** 户籍 (registered here) or 流动 (a floating household). */
public enum HouseholdType {
    REGISTERED, FLOATING
}
