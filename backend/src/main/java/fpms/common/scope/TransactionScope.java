package fpms.common.scope;

import fpms.common.memo.Remembered;
import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * Sets the data scope at the start of each transaction: when the pool hands out a connection for a transaction, this
 * sets {@code fpms.scope_path} transaction-locally to the caller's org unit path (or the whole tree inside
 * {@link PastScope}). The setting ends with the transaction, so a pooled connection never carries a previous
 * caller's scope. Outside a transaction nothing is set and the database shows no rows: every unit of database work
 * runs in a transaction.
 *
 * <p>A unit's path is read by the database ({@code fpms_enter_scope}, which also sets it) and remembered for
 * {@link #PATH_SECONDS}; a remembered one is set as it is ({@code set_config}): a read by id costs three statements,
 * not a function and a lookup more. A path remembered from before its unit moved is no unit's path any more (paths
 * are chains of ids), so its callers see nothing until it is read again: stale fails closed. A move forgets them all
 * ({@link #unitsMoved}).
 */
@ApplicationScoped
public class TransactionScope implements AgroalPoolInterceptor {

    static final String ENTER = "select fpms_enter_scope(?, ?)";
    static final String SET = "select set_config('fpms.scope_path', ?, true)";
    static final String WHOLE_TREE = "/";
    static final long PATH_SECONDS = 30;
    /** More units than a province has: past it, the remembered paths are forgotten and read again. */
    private static final int MAX_PATHS = 200_000;

    private static final Remembered<Long, String> PATHS = new Remembered<>(MAX_PATHS);

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public void onConnectionAcquire(Connection connection) {
        try {
            if (connection.getAutoCommit()) {
                return; // outside a transaction: no scope, no rows
            }
            Caller caller = currentCaller();
            String path = enter(connection, caller == null ? null : caller.orgUnitIdOrNull(), PastScope.active());
            if (caller != null) {
                caller.scopeEntered(path);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the data scope of a transaction", e);
        }
    }

    /** Sets this transaction's scope on its connection; answers the unit's path (null for no unit: no rows). */
    static String enter(Connection connection, Long unitId, boolean wide) throws SQLException {
        String known = unitId == null ? null : PATHS.get(unitId);
        if (unitId != null && known == null) {
            String path = answer(connection, ENTER, s -> { // sets the unit's subtree, or the whole tree when wide
                s.setLong(1, unitId);
                s.setBoolean(2, wide);
            });
            if (path != null) {
                PATHS.put(unitId, path, TimeUnit.SECONDS.toNanos(PATH_SECONDS));
            }
            if (!wide && isRoot(path)) {
                answer(connection, SET, s -> s.setString(1, WHOLE_TREE));
            }
            return path;
        }
        answer(connection, SET, s -> s.setString(1, wide || isRoot(known) ? WHOLE_TREE : known == null ? "" : known));
        return known;
    }

    /**
     * The root's subtree is the whole tree (it is the only root: changeset 016), whose scope '/' the policies pass
     * without looking up the units of the rows.
     */
    private static boolean isRoot(String path) {
        return path != null && path.indexOf('/', 1) == path.length() - 1;
    }

    /** Units have moved: remembered paths are forgotten now and when this transaction ends (one read meanwhile is old). */
    public void unitsMoved() {
        PATHS.clear();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                PATHS.clear();
            }
        });
    }

    private interface Binding {
        void bind(PreparedStatement s) throws SQLException;
    }

    private static String answer(Connection connection, String sql, Binding binding) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            binding.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static Caller currentCaller() {
        ArcContainer arc = Arc.container();
        return arc != null && arc.requestContext().isActive() ? arc.instance(Caller.class).get() : null;
    }
}
