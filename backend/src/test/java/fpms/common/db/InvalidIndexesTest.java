package fpms.common.db;

import fpms.support.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An interrupted concurrent index build leaves an INVALID index; the changeset that runs last on every start rebuilds it. */
@QuarkusTest
class InvalidIndexesTest {


    @Test
    void anIndexLeftInvalidByAFailedConcurrentBuildIsRebuiltValid() throws SQLException {
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("create table invalid_index_probe (code int)");
            try {
                s.execute("insert into invalid_index_probe values (1), (1), (2)");
                // fails on the duplicate after the index was created: PostgreSQL leaves it INVALID, as a killed build does
                assertThrows(SQLException.class,
                        () -> s.execute("create unique index concurrently if not exists invalid_index_probe_uk on invalid_index_probe (code)"));
                // running the changeset again changes nothing: the invalid index exists
                s.execute("create unique index concurrently if not exists invalid_index_probe_uk on invalid_index_probe (code)");
                assertEquals(List.of("invalid_index_probe_uk"), invalid(s));
                s.execute("create index concurrently invalid_index_probe_ix_ccnew on invalid_index_probe (code)");
                s.execute("update pg_index set indisvalid = false where indexrelid = 'invalid_index_probe_ix_ccnew'::regclass");
                s.execute("delete from invalid_index_probe where ctid = (select max(ctid) from invalid_index_probe where code = 1)");

                assertEquals(List.of("invalid_index_probe_ix_ccnew", "invalid_index_probe_uk"), InvalidIndexes.rebuild(c));

                assertEquals(List.of(), invalid(s));
                assertEquals(List.of("invalid_index_probe_uk"), indexes(s), "the reindex leftover is dropped, the index rebuilt");
                assertThrows(SQLException.class, () -> s.execute("insert into invalid_index_probe values (2)"), "the rebuilt index is unique");
            } finally {
                s.execute("drop table invalid_index_probe");
            }
        }
    }

    private static List<String> invalid(Statement s) throws SQLException {
        return names(s, "select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid where not i.indisvalid order by 1");
    }

    private static List<String> indexes(Statement s) throws SQLException {
        return names(s, "select indexname::text from pg_indexes where tablename = 'invalid_index_probe' order by 1");
    }

    private static List<String> names(Statement s, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
