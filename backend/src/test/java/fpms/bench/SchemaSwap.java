package fpms.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the secondary indexes and foreign keys of the register tables before a bulk COPY and puts them back after:
 * building an index once over 7 million rows is far cheaper than maintaining it row by row.
 *
 * <p>The definitions are read from the live catalog (pg_get_indexdef / pg_get_constraintdef) right after Liquibase
 * ran the changelog, so they are exactly the changelog's and cannot drift from it; {@link #restored} checks that.
 * Primary keys stay (COPY of unique ids costs little), and so do the CHECK constraints: re-adding one scans the
 * table and evaluates it on every row anyway, the same work COPY does while loading.
 */
final class SchemaSwap {

    private static final String TABLES = "('household', 'person', 'household_membership')";
    private static final String INDEXES = "select c.relname, pg_get_indexdef(c.oid) from pg_index i join pg_class c on c.oid = i.indexrelid"
            + " where i.indrelid::regclass::text in " + TABLES + " and not i.indisprimary"
            + " and not exists (select 1 from pg_constraint k where k.conindid = c.oid) order by 1";
    private static final String FOREIGN_KEYS = "select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint"
            + " where contype = 'f' and conrelid::regclass::text in " + TABLES + " order by 1, 2";

    private final List<String[]> indexes;
    private final List<String[]> foreignKeys;

    private SchemaSwap(List<String[]> indexes, List<String[]> foreignKeys) {
        this.indexes = indexes;
        this.foreignKeys = foreignKeys;
    }

    /** Reads the definitions, then drops them. */
    static SchemaSwap dropFor(Connection db) throws SQLException {
        SchemaSwap swap = new SchemaSwap(rows(db, INDEXES), rows(db, FOREIGN_KEYS));
        try (Statement s = db.createStatement()) {
            for (String[] fk : swap.foreignKeys) {
                s.execute("alter table " + fk[0] + " drop constraint " + fk[1]);
            }
            for (String[] ix : swap.indexes) {
                s.execute("drop index " + ix[0]);
            }
        }
        return swap;
    }

    /** Builds the indexes (maintenance_work_mem is large for this) and re-adds and validates the foreign keys. */
    void restore(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String[] ix : indexes) {
                long t0 = System.nanoTime();
                s.execute(ix[1]);
                System.out.printf("  index       %-42s %6.1f s%n", ix[0], (System.nanoTime() - t0) / 1e9);
            }
            for (String[] fk : foreignKeys) {
                long t0 = System.nanoTime();
                s.execute("alter table " + fk[0] + " add constraint " + fk[1] + " " + fk[2]);
                System.out.printf("  foreign key %-42s %6.1f s%n", fk[1], (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    /** Whether the catalog now holds exactly the definitions read before the load. */
    boolean restored(Connection db) throws SQLException {
        return same(indexes, rows(db, INDEXES)) && same(foreignKeys, rows(db, FOREIGN_KEYS));
    }

    int count() {
        return indexes.size() + foreignKeys.size();
    }

    private static boolean same(List<String[]> a, List<String[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!String.join("|", a.get(i)).equals(String.join("|", b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static List<String[]> rows(Connection db, String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
