package fpms.org;

/** What a user may do; carried in the token's "groups" claim. */
public enum Role {
    ADMIN, DISTRICT_OFFICER, TOWN_OFFICER, VILLAGE_WORKER, CASHIER, AUDITOR, SERVICE;

    /** Names for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String DISTRICT_OFFICER = "DISTRICT_OFFICER";
        public static final String TOWN_OFFICER = "TOWN_OFFICER";
        public static final String VILLAGE_WORKER = "VILLAGE_WORKER";
        public static final String CASHIER = "CASHIER";
        public static final String AUDITOR = "AUDITOR";
        public static final String SERVICE = "SERVICE";

        private Names() {
        }
    }
}
