package fpms.common.db;

import fpms.support.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import liquibase.Liquibase;
import org.junit.jupiter.api.Test;

/**
 * A start-up killed while it migrated must not block the next one: Liquibase's own lock is a row it sets and clears,
 * which a killed process leaves set (every later start then waits 5 minutes and fails). The lock is a PostgreSQL
 * session lock instead (liquibase-sessionlock), released with the dead connection.
 */
@QuarkusTest
class MigrationLockTest {

    @Inject
    LiquibaseFactory liquibaseFactory;

    @Test
    void aStartKilledWhileMigratingLeavesNoLockBehind() throws Exception {
        try (Connection c = TestDatabase.superuser(); Statement s = c.createStatement()) {
            // what a start killed mid-migration leaves behind with the row lock (a database of an earlier build has the table)
            s.execute("create table if not exists databasechangeloglock (id int primary key, locked boolean not null,"
                    + " lockgranted timestamp, lockedby varchar(255))");
            s.execute("insert into databasechangeloglock values (1, true, timestamp '2026-12-01 08:00', 'a killed start-up')"
                    + " on conflict (id) do update set locked = true");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Liquibase liquibase = liquibaseFactory.createLiquibase()) {
                liquibase.update(liquibaseFactory.createContexts(), liquibaseFactory.createLabels());
            }
        });
    }

}
