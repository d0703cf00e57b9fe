package fpms.org.service;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A bearer token is accepted only while the session it names is open ({@link Sessions}): a logout, disabling, a new
 * password or new roles end the access of tokens already issued, within the session check time.
 */
@ApplicationScoped
public class OpenSessionsOnly implements SecurityIdentityAugmentor {

    @Inject
    Sessions sessions;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        UUID session = TokenIssuer.sessionOf(token);
        if (session != null && sessions.knownOpen(session)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (session == null || !sessions.checkOpen(session)) {
                throw new AuthenticationFailedException("the session has ended");
            }
            return identity;
        });
    }
}
