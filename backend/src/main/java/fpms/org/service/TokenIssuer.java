package fpms.org.service;

import fpms.common.scope.Caller;
import fpms.common.time.AppClock;
import fpms.org.AppUser;
import fpms.org.OrgUnit;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * RS256 tokens: a short access token for the API (audience fpms-api) and a longer refresh token
 * (audience fpms-refresh) that the API itself never accepts as a bearer token.
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String API_AUDIENCE = "fpms-api";
    static final String REFRESH_AUDIENCE = "fpms-refresh";
    /** The session a token belongs to ({@link Sessions}). */
    static final String SESSION = "sid";
    /** The generation of a refresh token in its session: only the current one refreshes. */
    static final String GENERATION = "gen";

    @Inject
    AuthSettings settings;

    @Inject
    AppClock clock;

    @Inject
    JWTParser parser;

    @Inject
    JWTAuthContextInfo apiTokens;

    public record Issued(String accessToken, int expiresIn, String refreshToken, int refreshExpiresIn) {
    }

    /** A pair for the session (a token without roles while the password is expired): the refresh token of its current generation, ending when the session does at the latest. */
    public Issued issue(AppUser user, OrgUnit unit, Sessions.Open session, boolean passwordExpired) {
        // token times follow the system clock, which is what every verifier compares them with
        int refreshSeconds = (int) Math.max(1, Duration.between(clock.systemNow(), session.expiresAt()).toSeconds());
        int accessSeconds = Math.min(Math.min(settings.accessTokenMinutes(), 60) * 60, refreshSeconds);
        String access = Jwt.subject(user.id.toString())
                .upn(user.username)
                .audience(API_AUDIENCE)
                .groups(passwordExpired ? Set.of() : Set.of(user.roles)) // no role until the expired password is changed
                .claim(Caller.PASSWORD_EXPIRED, passwordExpired)
                .claim("name", user.displayName)
                .claim(Caller.ORG_UNIT_ID, unit.id)
                .claim(Caller.ORG_UNIT_PATH, unit.path)
                .claim(SESSION, session.id().toString())
                .expiresIn(Duration.ofSeconds(accessSeconds))
                .sign();
        String refresh = Jwt.subject(user.id.toString())
                .upn(user.username)
                .audience(REFRESH_AUDIENCE)
                .claim(SESSION, session.id().toString())
                .claim(GENERATION, session.generation())
                .expiresIn(Duration.ofSeconds(refreshSeconds))
                .sign();
        return new Issued(access, accessSeconds, refresh, refreshSeconds);
    }

    /** The session a token names, or null (a token from before sessions, or not ours). */
    public static UUID sessionOf(JsonWebToken token) {
        Object claim = token.getClaim(SESSION);
        try {
            return claim == null ? null : UUID.fromString(claim.toString().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The refresh token's generation in its session. */
    public static int generationOf(JsonWebToken token) {
        Object claim = token.getClaim(GENERATION);
        return claim == null ? -1 : Integer.parseInt(claim.toString());
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
