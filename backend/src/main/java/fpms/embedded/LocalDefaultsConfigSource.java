package fpms.embedded;

import io.quarkus.runtime.LaunchMode;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Zero-install defaults for a machine with nothing configured: when no JDBC URL is given
 * (env QUARKUS_DATASOURCE_JDBC_URL or -Dquarkus.datasource.jdbc.url), it answers the datasource
 * settings with an embedded PostgreSQL whose data survives restarts (the app and Liquibase as the two roles of
 * {@link DatabaseRoles}), turns the demo data set on (whose passwords do not expire),
 * and, when no JWT keys are configured, answers the key locations with a pair generated beside the data.
 *
 * <p>Ordinal 275: above application.properties (250), below env (300) and system properties (400),
 * so anything an operator configures wins. Values are computed only when asked for, never at build time.
 */
public class LocalDefaultsConfigSource implements ConfigSource {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";
    static final String OWNER_USERNAME = "quarkus.liquibase.username";
    static final String OWNER_PASSWORD = "quarkus.liquibase.password";
    static final String LIQUIBASE_CONTEXTS = "quarkus.liquibase.contexts";
    static final String VERIFY_KEY = "mp.jwt.verify.publickey.location";
    static final String SIGN_KEY = "smallrye.jwt.sign.key.location";
    static final String PASSWORD_MAX_AGE = "fpms.auth.password-max-age-days";

    @Override
    public int getOrdinal() {
        return 275;
    }

    @Override
    public String getName() {
        return "fpms-local-defaults";
    }

    private static final Set<String> NAMES = Set.of(JDBC_URL, USERNAME, PASSWORD, OWNER_USERNAME, OWNER_PASSWORD, LIQUIBASE_CONTEXTS, VERIFY_KEY, SIGN_KEY,
            PASSWORD_MAX_AGE);

    /** Listing the names starts nothing: a value is only made when it is asked for. */
    @Override
    public Set<String> getPropertyNames() {
        return NAMES;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String name) {
        if (DataDirectory.isBuildTime()) {
            return null;
        }
        switch (name) {
            case JDBC_URL:
                return embeddedDatabase() ? LocalPostgres.jdbcUrl(DataDirectory.get()) : null;
            case USERNAME:
                return embeddedDatabase() ? DatabaseRoles.APP : null;
            case PASSWORD:
                return embeddedDatabase() ? DatabaseRoles.APP_PASSWORD : null;
            case OWNER_USERNAME:
                return embeddedDatabase() ? DatabaseRoles.OWNER : null;
            case OWNER_PASSWORD:
                return embeddedDatabase() ? DatabaseRoles.OWNER_PASSWORD : null;
            case LIQUIBASE_CONTEXTS:
                return embeddedDatabase() ? "main,demo" : null;
            case PASSWORD_MAX_AGE: // the demo's published passwords do not expire
                return embeddedDatabase() ? "0" : null;
            case VERIFY_KEY:
                return configured("MP_JWT_VERIFY_PUBLICKEY_LOCATION", VERIFY_KEY) ? null
                        : LocalKeyPair.publicKey(DataDirectory.get()).toUri().toString();
            case SIGN_KEY:
                return configured("SMALLRYE_JWT_SIGN_KEY_LOCATION", SIGN_KEY) ? null
                        : LocalKeyPair.privateKey(DataDirectory.get()).toUri().toString();
            default:
                return null;
        }
    }

    /** The packaged app and dev mode; never tests, which bring their own throw-away database. */
    private static boolean embeddedDatabase() {
        return LaunchMode.current() != LaunchMode.TEST
                && !configured("QUARKUS_DATASOURCE_JDBC_URL", JDBC_URL)
                && !"false".equalsIgnoreCase(System.getProperty("fpms.embedded-db.enabled",
                        System.getenv().getOrDefault("FPMS_EMBEDDED_DB_ENABLED", "true")));
    }

    private static boolean configured(String env, String property) {
        return System.getenv(env) != null || System.getProperty(property) != null;
    }
}
