package fpms.support;

import io.quarkus.test.common.QuarkusTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;

/** Every @QuarkusTest of the run shares one throw-away embedded PostgreSQL with the demo data. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestDatabase {

    static final String SUPERUSER = "postgres";

    private TestDatabase() {
    }

    /**
     * A connection as the database's superuser, past row-level security: for a test to look at or arrange rows as they
     * are, whatever the app's role may see. The app itself never has one.
     */
    public static Connection superuser() throws SQLException {
        return DriverManager.getConnection(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                SUPERUSER, SUPERUSER);
    }

    /** A connection as the app's role, outside any transaction of the app: row-level security binds it. */
    public static Connection app() throws SQLException {
        return DriverManager.getConnection(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                fpms.embedded.DatabaseRoles.APP, fpms.embedded.DatabaseRoles.APP_PASSWORD);
    }
}
