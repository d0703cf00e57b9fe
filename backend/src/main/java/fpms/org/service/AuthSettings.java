package fpms.org.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fpms.auth")
public interface AuthSettings {

    /** Lifetime of an access token (at most 60). */
    @WithDefault("30")
    int accessTokenMinutes();

    @WithDefault("480")
    int refreshTokenMinutes();

    /** Failed logins in a row that lock an account. */
    @WithDefault("5")
    int maxFailedLogins();

    @WithDefault("15")
    int lockMinutes();
}
