package fpms.common.db;

import fpms.support.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A changeset on main never changes: a database built by an earlier build (a user's ./data/pg, production) would fail
 * its checksum at the next start. The checksums Liquibase stored while building the test database are compared with
 * the committed list; a new changeset is added to the list (with the refresh below), a changed one fails.
 */
@QuarkusTest
class ChangesetChecksumTest {

    static final Path LIST = Path.of("src", "test", "resources", "db", "changeset-checksums.txt");
    static final String REFRESH = "mvn -q -pl backend -am test -DskipFrontendChecks -Dtest=ChangesetChecksumTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dchecksums.add-new=true";


    @Test
    void noChangesetOnMainEverChanges() throws IOException, SQLException {
        Map<String, String> applied = applied();
        Map<String, String> committed = committed();
        List<String> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        applied.forEach((changeset, checksum) -> {
            String before = committed.get(changeset);
            if (before == null) {
                added.add(changeset + " " + checksum);
            } else if (!before.equals(checksum)) {
                changed.add(changeset + " was " + before + ", is now " + checksum);
            }
        });
        if (!changed.isEmpty()) {
            fail("Changesets already on main were changed; a database built before fails its checksum at start. Undo the change"
                    + " and add a new changeset (a new file included in master.yaml) instead:\n  " + String.join("\n  ", changed));
        }
        if (!added.isEmpty()) {
            if (Boolean.getBoolean("checksums.add-new")) {
                Files.writeString(LIST, String.join("\n", added) + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
                return;
            }
            fail("New changesets are not in " + LIST + " yet; add them (only new ones are ever added) with:\n  " + REFRESH
                    + "\n  " + String.join("\n  ", added));
        }
        List<String> gone = new ArrayList<>(committed.keySet());
        gone.removeAll(applied.keySet());
        assertEquals(List.of(), gone, "changesets on main were removed from the changelog");
    }

    /** file::id → checksum, as Liquibase stored them while it built the test database (main and demo contexts). */
    private Map<String, String> applied() throws SQLException {
        Map<String, String> applied = new LinkedHashMap<>();
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select filename, id, md5sum from databasechangelog order by orderexecuted")) {
            while (rs.next()) {
                applied.put(rs.getString(1) + "::" + rs.getString(2), rs.getString(3));
            }
        }
        return applied;
    }

    private static Map<String, String> committed() throws IOException {
        Map<String, String> committed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(LIST, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+");
                committed.put(parts[0], parts[1]);
            }
        }
        return committed;
    }
}
