package fpms.common.scope;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the claims of the verified bearer token. */
@RequestScoped
public class Caller {

    public static final String ORG_UNIT_ID = "orgUnitId";
    public static final String ORG_UNIT_PATH = "orgUnitPath";

    @Inject
    JsonWebToken token;

    public boolean authenticated() {
        return token != null && token.getRawToken() != null;
    }

    public String username() {
        return authenticated() ? token.getName() : "anonymous";
    }

    public Long userId() {
        return authenticated() ? Long.valueOf(token.getSubject()) : null;
    }

    public Set<String> roles() {
        return authenticated() ? token.getGroups() : Set.of();
    }

    Long orgUnitIdOrNull() {
        if (!authenticated()) {
            return null;
        }
        Object claim = token.getClaim(ORG_UNIT_ID);
        return claim == null ? null : Long.valueOf(claim.toString());
    }

    public long orgUnitId() {
        Long id = orgUnitIdOrNull();
        if (id == null) {
            throw new IllegalStateException("no caller org unit");
        }
        return id;
    }
}
