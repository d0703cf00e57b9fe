package fpms.common.time;

import fpms.support.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Now" comes only from AppClock: no column takes a default from the database's own clock. */
@QuarkusTest
class DatabaseKeepsNoClockTest {


    @Test
    void noColumnDefaultsToTheDatabasesNowOrToday() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select table_name || '.' || column_name from information_schema.columns"
                        + " where table_schema = current_schema() and column_default ~* '(now|current_date|current_timestamp"
                        + "|localtimestamp|clock_timestamp|statement_timestamp|transaction_timestamp)' order by 1")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        assertEquals(List.of(), columns);
    }
}
