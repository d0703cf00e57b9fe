package fpms.common.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Rebuilds the indexes a {@code CREATE INDEX CONCURRENTLY} left INVALID when it was interrupted (a killed start-up, a
 * failed build). Such an index is kept by the changeset's {@code if not exists} when the changeset runs again, takes
 * every write and serves no read, so each start rebuilds it from its own definition, again concurrently. Leftovers
 * of an interrupted {@code REINDEX CONCURRENTLY} (names ending in _ccnew / _ccold) are duplicates and are dropped.
 */
public final class InvalidIndexes {

    private static final Logger LOG = Logger.getLogger(InvalidIndexes.class);

    private static final String INVALID = """
            select n.nspname, c.relname, pg_get_indexdef(i.indexrelid)
              from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
             where not i.indisvalid and n.nspname = current_schema()
             order by c.relname
            """;

    private InvalidIndexes() {
    }

    /** Rebuilds (or drops, for reindex leftovers) every invalid index of the current schema; returns their names. */
    public static List<String> rebuild(Connection connection) throws SQLException {
        List<String[]> invalid = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(INVALID)) {
            while (rs.next()) {
                invalid.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true); // CONCURRENTLY cannot run in a transaction block
        try (Statement s = connection.createStatement()) {
            List<String> rebuilt = new ArrayList<>();
            for (String[] index : invalid) {
                String name = quote(index[0]) + "." + quote(index[1]);
                LOG.warnf("Index %s is invalid (an interrupted concurrent build): rebuilding it", name);
                s.execute("drop index concurrently if exists " + name);
                if (!index[1].matches(".*_cc(new|old)\\d*")) {
                    s.execute(index[2].replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY "));
                }
                rebuilt.add(index[1]);
            }
            return rebuilt;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
