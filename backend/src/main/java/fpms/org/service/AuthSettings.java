package fpms.org.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fpms.auth")
public interface AuthSettings {

    /** Lifetime of an access token (at most 60). */
    @WithDefault("30")
    int accessTokenMinutes();

    /** How long a login lasts at most: its refresh tokens, however often rotated, end then. */
    @WithDefault("480")
    int refreshTokenMinutes();

    /** A session without a request for this long has ended. */
    @WithDefault("30")
    int idleMinutes();

    /** Days after which a password must be changed before anything else; 0: never (the embedded demo). */
    @WithDefault("90")
    int passwordMaxAgeDays();

    /** Whether the SPA's refresh cookie is Secure (sent over HTTPS only; browsers count http://localhost as secure). */
    @WithDefault("true")
    boolean cookieSecure();

    /** How long a replica may take a session for open without asking the database again: the delay of a revocation. */
    @WithDefault("30")
    int sessionCheckSeconds();

    /** Failed logins in a row that lock an account. */
    @WithDefault("5")
    int maxFailedLogins();

    @WithDefault("15")
    int lockMinutes();

    /** Failed logins from one client address within a minute after which it must wait (429) until the minute is over. */
    @WithDefault("10")
    int failuresPerAddress();
}
