package fpms.org;

/**
 * What a user may do; carried in the token's "groups" claim. The three administrative roles are kept apart (三员分立,
 * GB/T 22239 level 3): ADMIN, the system administrator, keeps the org tree, the accounts (not their roles) and the rule
 * tables, and reads no personal or health record; SECURITY_ADMIN grants roles and unlocks accounts; AUDITOR reads the
 * audit log and masked records only. The business roles read and write what their work needs (README "Who may do
 * what").
 */
public enum Role {
    ADMIN, SECURITY_ADMIN, DISTRICT_OFFICER, TOWN_OFFICER, VILLAGE_WORKER, CASHIER, AUDITOR, SERVICE;

    /** Names for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String SECURITY_ADMIN = "SECURITY_ADMIN";
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
