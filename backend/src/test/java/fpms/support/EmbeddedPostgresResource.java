package fpms.support;

import fpms.embedded.DatabaseRoles;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A throw-away embedded PostgreSQL for one test run, with the demo data set (Liquibase context "demo"); the app logs in as
 * its role (bound by row-level security), Liquibase as the schema owner, as in production.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres pg;

    @Override
    public Map<String, String> start() {
        // the generated test key pair goes to target/, never into the source tree
        System.setProperty("fpms.data-dir", "target/test-data");
        try {
            pg = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
        DatabaseRoles.prepare(url, TestDatabase.SUPERUSER, TestDatabase.SUPERUSER);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", DatabaseRoles.APP,
                "quarkus.datasource.password", DatabaseRoles.APP_PASSWORD,
                "quarkus.liquibase.username", DatabaseRoles.OWNER,
                "quarkus.liquibase.password", DatabaseRoles.OWNER_PASSWORD);
    }

    @Override
    public void stop() {
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
