package fpms.household;

import fpms.common.i18n.Message;

/** Why a stay in a household began or ended: the history keeps it. */
public enum MembershipEvent {
    CREATE, ADD, MOVE, SPLIT, MERGE, CLOSE, RETIRE,
    /** The member's relation to the head changed (e.g. a change of head): one stay ends and the next begins. */
    RELATION_CHANGE;

    /** The event's name for people, in any language. */
    public Message label() {
        return Message.of("membership-event." + name());
    }
}
