package fpms.common.scope;

/**
 * The data scope: the caller sees and writes only the records of their org subtree. It lives in PostgreSQL: row-level
 * security on every table of records that belong to an org unit (changeset 015) compares the row's org unit with the
 * scope the app sets at the start of each transaction ({@link TransactionScope}); no scope, no rows. It covers every
 * path alike — HQL, loads by id, native SQL, JDBC batches, COPY, jobs. Past it goes only {@link PastScope}, audited.
 * A record outside the subtree is simply not found (404), exactly as if it did not exist.
 *
 * <p>Paths are materialized ("/1/7/42/", collation "C"), so "the subtree of r" is the range [r.path, r.path || '~').
 * Records keep only their org unit id, so moving a unit re-scopes all its records at once.
 *
 * <p>{@link #BY_ORG_UNIT} repeats the scope in a query, not for security but for the planner: row-level security is a
 * filter on the rows a plan reads, while this condition lets a list read the area's range of the indexes led by the
 * org unit instead of the whole table. Lists take it through an area path (PersonService#areaPath), SQL by this text.
 */
public final class OrgScope {

    public static final String PARAM = "scopePath";

    /** SQL: the records of {alias} in the subtree of :scopePath (for the planner; see above). */
    public static final String BY_ORG_UNIT = "{alias}.org_unit_id in (select d.id from org_unit d"
            + " where d.path >= :" + PARAM + " and d.path < :" + PARAM + " || '~')";

    private OrgScope() {
    }
}
