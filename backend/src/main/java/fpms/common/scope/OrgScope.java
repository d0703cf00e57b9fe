package fpms.common.scope;

/**
 * The data scope: every read and write sees only the caller's org subtree. It is ONE Hibernate filter,
 * auto-enabled in every session and applied to loads by id too, whose parameter is the caller's org unit
 * ({@link CallerOrgUnit}). A scoped entity declares it with
 * {@code @Filter(name = OrgScope.NAME, condition = OrgScope.BY_ORG_UNIT, deduceAliasInjectionPoints = false)};
 * a record outside the subtree is then simply not found (404), exactly as if it did not exist.
 *
 * <p>Paths are materialized ("/1/7/42/", collation "C"), so "the subtree of r" is the range [r.path, r.path || '~').
 * Records keep only their org unit id, so moving a unit re-scopes all its records at once.
 */
public final class OrgScope {

    public static final String NAME = "orgScope";
    public static final String PARAM = "scopeRoot";

    /** For records that belong to an org unit through their org_unit_id column. */
    public static final String BY_ORG_UNIT = "{alias}.org_unit_id in (select d.id from org_unit d join org_unit r"
            + " on d.path >= r.path and d.path < r.path || '~' where r.id = :" + PARAM + ")";

    /** For org units themselves. */
    public static final String ON_PATH = "{alias}.path >= (select r.path from org_unit r where r.id = :" + PARAM + ")"
            + " and {alias}.path < (select r.path || '~' from org_unit r where r.id = :" + PARAM + ")";

    /** The scope root of a caller who is nobody (no token): matches no org unit. */
    static final long NOBODY = -1L;

    private OrgScope() {
    }
}
