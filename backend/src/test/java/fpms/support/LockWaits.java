package fpms.support;

import java.sql.Connection;
import java.sql.ResultSet;

/** Waits until a request of the application waits for a lock a test holds: races made to happen in a known order. */
public final class LockWaits {

    private LockWaits() {
    }

    /** Until a statement of the application waits for a lock: on a table, or (with "%") a statement that starts so. */
    public static void awaitWaiterOn(Connection connection, String table) throws Exception {
        await(connection, "select count(*) from pg_locks where not granted and relation = '" + table + "'::regclass");
    }

    public static void awaitWaiting(Connection connection, String statement) throws Exception {
        await(connection, "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '" + statement + "'");
    }

    private static void await(Connection connection, String count) throws Exception {
        for (int i = 0; i < 600; i++) {
            connection.createStatement().execute("select pg_stat_clear_snapshot()"); // the activity view is read once per transaction
            try (ResultSet rs = connection.createStatement().executeQuery(count)) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nothing came to wait: " + count);
    }
}
