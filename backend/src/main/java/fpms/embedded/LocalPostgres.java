package fpms.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/** One embedded PostgreSQL per JVM, its data kept in {@code <data-dir>/pg} across restarts. */
final class LocalPostgres {

    private static final String SUPERUSER = "postgres";
    private static final Logger LOG = Logger.getLogger(LocalPostgres.class);
    private static EmbeddedPostgres server;
    private static String url;

    private LocalPostgres() {
    }

    static synchronized String jdbcUrl(Path dataDir) {
        if (url != null) {
            return url;
        }
        long t0 = System.nanoTime();
        Path pgData = dataDir.resolve("pg");
        try {
            Files.createDirectories(pgData);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false) // keep the data between restarts
                    .start();                     // registers its own shutdown hook
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + pgData, e);
        }
        url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
        DatabaseRoles.prepare(url, SUPERUSER, SUPERUSER);
        LOG.infof("Embedded PostgreSQL started in %d ms on port %d, data in %s (set QUARKUS_DATASOURCE_JDBC_URL to use another database)",
                (System.nanoTime() - t0) / 1_000_000, server.getPort(), pgData);
        return url;
    }
}
