package fpms.org.service;

import fpms.common.memo.Remembered;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer tokens already verified, each remembered for a minute at most and never past its expiry: checking a
 * token's RS256 signature and parsing its claims took a fifth of the CPU of a plain read, and a client sends the same
 * token with every request for 30 minutes. The same string is the same signed content, so its verification gives the
 * same answer; only {@link #parse(String)}, what authenticates a request, is remembered. At most {@link #MAX} tokens
 * (about 10 MB); when full, it starts afresh. Token times follow the system clock, as every verifier's do.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final int MAX = 10_000;
    private static final long KEEP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Remembered<String, JsonWebToken> verified = new Remembered<>(MAX);

    @Inject
    DefaultJWTParser verifier;

    @Override
    public JsonWebToken parse(String bearer) throws ParseException {
        JsonWebToken known = verified.get(bearer);
        if (known != null) {
            return known;
        }
        JsonWebToken token = verifier.parse(bearer);
        long expiresIn = TimeUnit.SECONDS.toNanos(token.getExpirationTime()) - TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        verified.put(bearer, token, Math.min(KEEP_NANOS, expiresIn));
        return token;
    }

    @Override
    public JsonWebToken parse(String bearer, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(bearer, context);
    }

    @Override
    public JsonWebToken verify(String bearer, PublicKey key) throws ParseException {
        return verifier.verify(bearer, key);
    }

    @Override
    public JsonWebToken verify(String bearer, SecretKey key) throws ParseException {
        return verifier.verify(bearer, key);
    }

    @Override
    public JsonWebToken verify(String bearer, String secret) throws ParseException {
        return verifier.verify(bearer, secret);
    }

    @Override
    public JsonWebToken decrypt(String bearer, PrivateKey key) throws ParseException {
        return verifier.decrypt(bearer, key);
    }

    @Override
    public JsonWebToken decrypt(String bearer, SecretKey key) throws ParseException {
        return verifier.decrypt(bearer, key);
    }

    @Override
    public JsonWebToken decrypt(String bearer, String secret) throws ParseException {
        return verifier.decrypt(bearer, secret);
    }

    @Override
    public JsonWebToken parseOnly(String bearer) throws ParseException {
        return verifier.parseOnly(bearer);
    }
}
