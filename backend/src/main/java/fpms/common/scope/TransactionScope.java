package fpms.common.scope;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Sets the data scope at the start of each transaction: when the pool hands out a connection for a transaction, this
 * sets {@code fpms.scope_path} transaction-locally to the caller's org unit path (or the whole tree inside
 * {@link PastScope}). The setting ends with the transaction, so a pooled connection never carries a previous
 * caller's scope. Outside a transaction nothing is set and the database shows no rows: every unit of database work
 * runs in a transaction.
 */
@ApplicationScoped
public class TransactionScope implements AgroalPoolInterceptor {

    static final String ENTER = "select fpms_enter_scope(?, ?)";

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
        try (PreparedStatement s = connection.prepareStatement(ENTER)) {
            if (unitId == null) {
                s.setNull(1, Types.BIGINT);
            } else {
                s.setLong(1, unitId);
            }
            s.setBoolean(2, wide);
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
