package fpms.common.scope;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.Session;

/**
 * Who is calling: the claims of the verified bearer token, or whom a job acts as. Their org unit is the data scope
 * that {@link TransactionScope} sets for each transaction of the request.
 */
@RequestScoped
public class Caller {

    public static final String ORG_UNIT_ID = "orgUnitId";
    public static final String ORG_UNIT_PATH = "orgUnitPath";
    /** True in a token given for a password that has expired: it has no roles, and serves to change the password. */
    public static final String PASSWORD_EXPIRED = "pwx";

    @Inject
    JsonWebToken token;

    @Inject
    Session session;

    private String orgUnitPath;

    /** Set when work runs on behalf of someone outside a request (a job): who started it, and where. */
    private Acting acting;

    /** Who a job acts as: the user who started it, with that user's org unit as the scope. */
    public record Acting(String username, Long userId, long orgUnitId) {
    }

    /** Makes this request context act as someone (a job's worker thread); the scope follows. */
    public void actAs(Acting who) {
        this.acting = who;
        this.orgUnitPath = null;
    }

    public boolean authenticated() {
        return token != null && token.getRawToken() != null;
    }

    /** Who is calling, to hand to work that goes on after the request. */
    public Acting acting() {
        return new Acting(username(), userId(), orgUnitId());
    }

    public String username() {
        return acting != null ? acting.username() : authenticated() ? token.getName() : "anonymous";
    }

    public Long userId() {
        return acting != null ? acting.userId() : authenticated() ? Long.valueOf(token.getSubject()) : null;
    }

    public boolean passwordExpired() {
        if (acting != null || !authenticated()) {
            return false;
        }
        Object claim = token.getClaim(PASSWORD_EXPIRED);
        return claim != null && "true".equals(claim.toString());
    }

    public Set<String> roles() {
        return authenticated() ? token.getGroups() : Set.of();
    }

    Long orgUnitIdOrNull() {
        if (acting != null) {
            return acting.orgUnitId();
        }
        if (!authenticated()) {
            return null;
        }
        Object claim = token.getClaim(ORG_UNIT_ID);
        return claim == null ? null : Long.valueOf(claim.toString());
    }

    /**
     * The current path of the caller's org unit (the token's copy may predate a move), as the database answered when
     * it set this request's scope ({@link TransactionScope}); null for a caller with no unit.
     */
    public String orgUnitPathOrNull() {
        Long unit = orgUnitIdOrNull();
        if (unit != null && orgUnitPath == null) {
            orgUnitPath = QuarkusTransaction.joiningExisting().call(() -> session.doReturningWork(
                    c -> TransactionScope.enter(c, unit, PastScope.active())));
        }
        return orgUnitPath;
    }

    void scopeEntered(String path) {
        this.orgUnitPath = path;
    }

    public long orgUnitId() {
        Long id = orgUnitIdOrNull();
        if (id == null) {
            throw new IllegalStateException("no caller org unit");
        }
        return id;
    }
}
