package fpms.org;

/** The levels of the org tree, top down; a unit's parent is always exactly one level up. */
public enum OrgLevel {
    REGION, CITY, DISTRICT, TOWN, VILLAGE;

    public boolean isChildOf(OrgLevel parent) {
        return ordinal() == parent.ordinal() + 1;
    }
}
