package fpms.common.scope;

/**
 * The data scope: the caller sees only their org subtree. It is ONE Hibernate filter, auto-enabled in every
 * session, whose parameter is the current path of the caller's org unit ({@link CallerScopePath}). It covers the
 * ORM's queries (HQL, criteria, Panache) and its loads by id; hand-written SQL is not filtered and applies
 * {@link #BY_ORG_UNIT} itself (PersonSearch, PregnantWomen). A later issue moves the scope into PostgreSQL
 * row-level security, which covers both. A scoped entity declares it with
 * {@code @Filter(name = OrgScope.NAME, condition = OrgScope.BY_ORG_UNIT, deduceAliasInjectionPoints = false)};
 * a record outside the subtree is then simply not found (404), exactly as if it did not exist.
 *
 * <p>Paths are materialized ("/1/7/42/", collation "C"), so "the subtree of r" is the range [r.path, r.path || '~').
 * Records keep only their org unit id, so moving a unit re-scopes all its records at once.
 */
public final class OrgScope {

    public static final String NAME = "orgScope";
    public static final String PARAM = "scopePath";

    /** For records that belong to an org unit through their org_unit_id column. */
    public static final String BY_ORG_UNIT = "{alias}.org_unit_id in (select d.id from org_unit d"
            + " where d.path >= :" + PARAM + " and d.path < :" + PARAM + " || '~')";

    /** For org units themselves. */
    public static final String ON_PATH = "{alias}.path >= :" + PARAM + " and {alias}.path < :" + PARAM + " || '~'";

    /** The scope of a caller who is nobody (no token): a path no org unit has. */
    static final String NOBODY = "~nobody";

    private OrgScope() {
    }
}
