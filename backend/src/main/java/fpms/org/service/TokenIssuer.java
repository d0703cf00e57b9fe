package fpms.org.service;

import fpms.common.scope.Caller;
import fpms.org.AppUser;
import fpms.org.OrgUnit;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * RS256 tokens: a short access token for the API (audience fpms-api) and a longer refresh token
 * (audience fpms-refresh) that the API itself never accepts as a bearer token.
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String API_AUDIENCE = "fpms-api";
    static final String REFRESH_AUDIENCE = "fpms-refresh";
    static final String CREDENTIALS_VERSION = "cv";

    @Inject
    AuthSettings settings;

    @Inject
    JWTParser parser;

    @Inject
    JWTAuthContextInfo apiTokens;

    public record Issued(String accessToken, int expiresIn, String refreshToken, int refreshExpiresIn) {
    }

    public Issued issue(AppUser user, OrgUnit unit) {
        // token times follow the system clock, which is what every verifier compares them with
        int accessSeconds = Math.min(settings.accessTokenMinutes(), 60) * 60;
        int refreshSeconds = settings.refreshTokenMinutes() * 60;
        String access = Jwt.subject(user.id.toString())
                .upn(user.username)
                .audience(API_AUDIENCE)
                .groups(Set.of(user.roles))
                .claim("name", user.displayName)
                .claim(Caller.ORG_UNIT_ID, unit.id)
                .claim(Caller.ORG_UNIT_PATH, unit.path)
                .expiresIn(Duration.ofSeconds(accessSeconds))
                .sign();
        String refresh = Jwt.subject(user.id.toString())
                .upn(user.username)
                .audience(REFRESH_AUDIENCE)
                .claim(CREDENTIALS_VERSION, user.credentialsVersion)
                .expiresIn(Duration.ofSeconds(refreshSeconds))
                .sign();
        return new Issued(access, accessSeconds, refresh, refreshSeconds);
    }

    /** The refresh token's claims, if it is one of ours, unexpired and meant for refreshing. */
    public Optional<JsonWebToken> readRefreshToken(String token) {
        JWTAuthContextInfo refreshTokens = new JWTAuthContextInfo(apiTokens);
        refreshTokens.setExpectedAudience(Set.of(REFRESH_AUDIENCE));
        try {
            return Optional.of(parser.parse(token, refreshTokens));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
