package fpms.org.service;

import fpms.audit.AuditTrail;
import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import fpms.common.scope.Caller;
import fpms.common.scope.PastScope;
import fpms.common.time.AppClock;
import fpms.org.AppUser;
import fpms.org.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Login, refresh, logout and password change. Login looks users up across the whole tree: the caller is nobody yet. */
@ApplicationScoped
@Transactional
public class AuthService {

    @Inject
    PastScope pastScope;

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenIssuer tokens;

    @Inject
    AuthSettings settings;

    @Inject
    AppClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Sessions sessions;

    @Inject
    PasswordPolicy policy;

    @Inject
    JsonWebToken token;

    public record SignedIn(AppUser user, OrgUnit unit, TokenIssuer.Issued tokens) {
    }

    /**
     * Empty for a wrong password, an unknown, disabled or locked user alike (the answer must not tell which).
     * A failure is counted and committed; the configured number in a row locks the account.
     */
    public Optional<SignedIn> login(String username, String password) {
        return pastScope.run(PastScope.Reason.SIGN_IN, () -> check(username, password));
    }

    private Optional<SignedIn> check(String username, String password) {
        Optional<AppUser> found = AppUser.find("username", username).firstResultOptional();
        if (found.isEmpty()) {
            hasher.burnOneVerification(password);
            return Optional.empty();
        }
        AppUser user = found.get();
        if (!user.enabled || user.lockedAt(clock.now())) {
            hasher.burnOneVerification(password);
            return Optional.empty();
        }
        if (!hasher.matches(password, user.passwordHash)) {
            countFailure(user);
            return Optional.empty();
        }
        if (!succeeded(user)) { // parallel failures locked it while this password was being checked
            return Optional.empty();
        }
        return Optional.of(signIn(user, sessions.start(user.id)));
    }

    /**
     * One more failure, counted by the database in one statement (parallel guesses each count: the row lock queues
     * them); the configured number in a row locks the account and is audited.
     */
    private void countFailure(AppUser user) {
        Map<String, Object> before = user.auditState();
        EntityManager em = AppUser.getEntityManager();
        boolean locked = (Boolean) em.createNativeQuery("""
                update app_user set failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end,
                       locked_until = case when failed_logins + 1 >= :max then :until else locked_until end
                where id = :id returning failed_logins = 0""")
                .setParameter("max", settings.maxFailedLogins())
                .setParameter("until", clock.now().plus(Duration.ofMinutes(settings.lockMinutes())))
                .setParameter("id", user.id)
                .getSingleResult();
        if (locked) {
            em.refresh(user);
            audit.changedBySystem(user, "LOCK", before, Message.of("audit.reason.locked", settings.maxFailedLogins()));
        }
    }

    /**
     * Starts the count again, unless the account was locked meanwhile; a password set before the policy starts its
     * age now.
     */
    private boolean succeeded(AppUser user) {
        return AppUser.getEntityManager().createNativeQuery("""
                update app_user set failed_logins = 0, locked_until = null, password_changed_at = coalesce(password_changed_at, :set)
                where id = :id and enabled and (locked_until is null or locked_until <= :now)""")
                .setParameter("id", user.id)
                .setParameter("now", clock.now())
                .setParameter("set", clock.systemNow())
                .executeUpdate() == 1;
    }

    /**
     * Whether the user's password is older than {@code fpms.auth.password-max-age-days} (0: never): then a login gets
     * a token without roles, good only for changing it.
     */
    public boolean passwordExpired(AppUser user) {
        int days = settings.passwordMaxAgeDays();
        return days > 0 && user.passwordChangedAt != null && user.passwordChangedAt.plus(Duration.ofDays(days)).isBefore(clock.systemNow());
    }

    /**
     * New tokens for the current refresh token of an open session whose user is still enabled and not locked. The
     * session moves on: the token presented no longer refreshes, and presenting it again ends the session (audited).
     */
    public Optional<SignedIn> refresh(String refreshToken) {
        return tokens.readRefreshToken(refreshToken).flatMap(claims -> {
            UUID id = TokenIssuer.sessionOf(claims);
            if (id == null) {
                return Optional.empty();
            }
            Sessions.Refreshed refreshed = sessions.refresh(id, TokenIssuer.generationOf(claims));
            return pastScope.run(PastScope.Reason.SIGN_IN, () -> {
                if (refreshed instanceof Sessions.Refused refused) {
                    if (refused.reused()) {
                        AppUser user = AppUser.findById(refused.userId());
                        audit.changedBySystem(user, "REFRESH_REUSED", user.auditState(), Message.of("audit.reason.refresh-reused"));
                    }
                    return Optional.<SignedIn>empty();
                }
                Sessions.Open session = ((Sessions.Moved) refreshed).session();
                AppUser user = AppUser.findById(session.userId());
                if (!user.enabled || user.lockedAt(clock.now())) {
                    return Optional.<SignedIn>empty();
                }
                return Optional.of(signIn(user, session));
            });
        });
    }

    /** Ends the caller's session: its tokens stop working (on every replica within the session check time). */
    public void logout() {
        UUID id = TokenIssuer.sessionOf(token);
        if (id != null) {
            sessions.end(id, Sessions.End.LOGOUT);
        }
    }

    @Transactional
    public Optional<AppUser> me() {
        return AppUser.findByIdOptional(caller.userId());
    }

    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = me().orElseThrow(() -> ProblemException.notFound("user.not-found", caller.userId()));
        if (!hasher.matches(currentPassword, user.passwordHash)) {
            throw ProblemException.invalidField("currentPassword", "auth.password.wrong");
        }
        policy.check("newPassword", user.username, newPassword, user);
        Map<String, Object> before = user.auditState();
        user.changePassword(hasher.hash(newPassword), clock.systemNow(), PasswordPolicy.REMEMBERED);
        audit.changed(user, "CHANGE_PASSWORD", before, null);
        sessions.endAll(user.id, Sessions.End.PASSWORD_CHANGED, TokenIssuer.sessionOf(token)); // logins elsewhere end, this one goes on
    }

    private SignedIn signIn(AppUser user, Sessions.Open session) {
        OrgUnit unit = OrgUnit.findById(user.orgUnitId);
        return new SignedIn(user, unit, tokens.issue(user, unit, session, passwordExpired(user)));
    }
}
