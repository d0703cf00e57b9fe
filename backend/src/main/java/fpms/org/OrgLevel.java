package fpms.org;

import fpms.common.i18n.Message;

/** The levels of the org tree, top down; a unit's parent is always exactly one level up. */
public enum OrgLevel {
    REGION, CITY, DISTRICT, TOWN, VILLAGE;

    /** The level's name for people (e.g. 村居), in any language. */
    public Message label() {
        return Message.of("org-level." + name());
    }

    public boolean isChildOf(OrgLevel parent) {
        return ordinal() == parent.ordinal() + 1;
    }
}
