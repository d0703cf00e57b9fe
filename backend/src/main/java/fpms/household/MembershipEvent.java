package fpms.household;

/** Why a stay in a household began or ended: the history keeps it. */
public enum MembershipEvent {
    CREATE, ADD, MOVE, SPLIT, MERGE, CLOSE, RETIRE
}
