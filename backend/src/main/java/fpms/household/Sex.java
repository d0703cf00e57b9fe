package fpms.household;

import fpms.common.i18n.Message;

/** A person's sex as the ID number records it (odd sequence = male, even = female), so both always agree. */
public enum Sex {
    /** Odd 3-digit sequence in the ID number. */
    MALE,
    /** Even 3-digit sequence in the ID number. */
    FEMALE;

    /** The sex's name for people (男, 女), in any language. */
    public Message label() {
        return Message.of("sex." + name());
    }
}
