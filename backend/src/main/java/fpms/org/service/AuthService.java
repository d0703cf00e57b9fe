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
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Login, refresh and password change. Login looks users up across the whole tree: the caller is nobody yet. */
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
            Map<String, Object> before = user.auditState();
            if (user.failedLogin(settings.maxFailedLogins(), clock.now().plus(Duration.ofMinutes(settings.lockMinutes())))) {
                audit.changedBySystem(user, "LOCK", before, Message.of("audit.reason.locked", settings.maxFailedLogins()));
            }
            return Optional.empty();
        }
        user.succeededLogin();
        return Optional.of(signIn(user));
    }

    /** New tokens for a valid refresh token of a user who is still enabled and has not changed password since. */
    public Optional<SignedIn> refresh(String refreshToken) {
        return tokens.readRefreshToken(refreshToken).flatMap(claims -> pastScope.run(PastScope.Reason.SIGN_IN, () -> {
            AppUser user = AppUser.findById(Long.valueOf(claims.getSubject()));
            Object cv = claims.getClaim(TokenIssuer.CREDENTIALS_VERSION);
            if (user == null || !user.enabled || user.lockedAt(clock.now())
                    || cv == null || Integer.parseInt(cv.toString()) != user.credentialsVersion) {
                return Optional.empty();
            }
            return Optional.of(signIn(user));
        }));
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
        Map<String, Object> before = user.auditState();
        user.changePassword(hasher.hash(newPassword));
        audit.changed(user, "CHANGE_PASSWORD", before, null);
    }

    private SignedIn signIn(AppUser user) {
        OrgUnit unit = OrgUnit.findById(user.orgUnitId);
        return new SignedIn(user, unit, tokens.issue(user, unit));
    }
}
