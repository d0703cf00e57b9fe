package fpms.org.service;

import fpms.audit.AuditTrail;
import fpms.common.error.ProblemException;
import fpms.common.jdbc.Like;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.scope.Caller;
import fpms.common.scope.PastScope;
import fpms.common.time.AppClock;
import fpms.common.version.Versions;
import fpms.org.AppUser;
import fpms.org.OrgUnit;
import fpms.org.Role;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** User administration within the caller's subtree. */
@ApplicationScoped
@Transactional
public class UserService {

    private static final Map<String, String> SORTABLE = Map.of(
            "username", "username", "displayName", "displayName", "createdAt", "createdAt", "id", "id");

    @Inject
    PasswordHasher hasher;

    @Inject
    PastScope pastScope;

    @Inject
    AuditTrail audit;

    @Inject
    AppClock clock;

    @Inject
    Sessions sessions;

    @Inject
    PasswordPolicy policy;

    @Inject
    Caller caller;

    public record Filter(String q, Long orgUnitId, Role role, Boolean enabled) {
    }

    public record NewUser(String username, String displayName, String phone, String password, long orgUnitId) {
    }

    public record UserChange(String displayName, String phone, long orgUnitId) {
    }

    @Transactional
    public Optional<AppUser> find(long id) {
        return AppUser.findByIdOptional(id);
    }

    @Transactional
    public Page<AppUser> list(Filter filter, PageQuery paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(lower(username) like :q" + Like.ESCAPE + " or lower(displayName) like :q" + Like.ESCAPE + ")");
            params.and("q", Like.contains(filter.q().trim().toLowerCase()));
        }
        if (filter.orgUnitId() != null) {
            where.add("orgUnitId = :orgUnitId");
            params.and("orgUnitId", filter.orgUnitId());
        }
        if (filter.role() != null) {
            where.add("array_contains(roles, :role)");
            params.and("role", filter.role().name());
        }
        if (filter.enabled() != null) {
            where.add("enabled = :enabled");
            params.and("enabled", filter.enabled());
        }
        Sort sort = paging.sort(SORTABLE, "username", Sort.Direction.Ascending);
        PanacheQuery<AppUser> query = where.isEmpty() ? AppUser.findAll(sort)
                : AppUser.find(String.join(" and ", where), sort, params);
        return new Page<>(query.page(paging.page, paging.size).list(), paging.page, paging.size, query.count());
    }

    /** Names of the given org units (those in scope), for showing users' units. */
    @Transactional
    public Map<Long, String> orgUnitNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<OrgUnit> units = OrgUnit.list("id in ?1", ids);
        return units.stream().collect(Collectors.toMap(u -> u.id, u -> u.name));
    }

    public AppUser create(NewUser request) {
        requireUnitInScope(request.orgUnitId());
        policy.check("password", request.username(), request.password(), null);
        boolean taken = pastScope.run(PastScope.Reason.UNIQUE_USERNAME, () -> AppUser.getEntityManager()
                .createNativeQuery("select 1 from app_user where lower(username) = lower(:u)")
                .setParameter("u", request.username()).getResultStream().findFirst().isPresent());
        if (taken) {
            throw ProblemException.conflict("user.username.taken", request.username());
        }
        AppUser user = new AppUser();
        user.username = request.username();
        user.displayName = request.displayName();
        user.phone = request.phone();
        user.passwordHash = hasher.hash(request.password());
        user.passwordChangedAt = clock.systemNow();
        user.roles = new String[0]; // granted by the security administrator
        user.orgUnitId = request.orgUnitId();
        user.createdAt = clock.now();
        user.persist();
        audit.created(user, "CREATE");
        return user;
    }

    /** Another org unit ends the user's sessions: tokens carry it, and must not outlive it. */
    public AppUser update(long id, String ifMatch, UserChange change) {
        return write(id, ifMatch, "UPDATE", null, user -> {
            requireUnitInScope(change.orgUnitId());
            boolean moved = user.orgUnitId != change.orgUnitId();
            user.displayName = change.displayName();
            user.phone = change.phone();
            user.orgUnitId = change.orgUnitId();
            if (moved) {
                sessions.endAll(user.id, Sessions.End.GRANT_CHANGED, null);
            }
        });
    }

    /**
     * The security administrator sets a user's roles (never their own: nobody grants themselves); a change ends the
     * user's sessions, since tokens carry the roles.
     */
    public AppUser grant(long id, String ifMatch, List<Role> roles, String reason) {
        if (caller.userId() != null && caller.userId() == id) {
            throw ProblemException.ruleViolatedOn("roles", "user.roles.own");
        }
        return write(id, ifMatch, "GRANT", reason, user -> {
            String[] granted = names(roles);
            if (!Set.of(granted).equals(Set.of(user.roles))) {
                user.roles = granted;
                sessions.endAll(user.id, Sessions.End.GRANT_CHANGED, null);
            }
        });
    }

    public AppUser disable(long id, String ifMatch, String reason) {
        return write(id, ifMatch, "DISABLE", reason, user -> {
            user.enabled = false;
            sessions.endAll(user.id, Sessions.End.DISABLED, null);
        });
    }

    public AppUser enable(long id, String ifMatch, String reason) {
        return write(id, ifMatch, "ENABLE", reason, user -> {
            user.enabled = true;
            user.unlock();
        });
    }

    public AppUser unlock(long id, String ifMatch, String reason) {
        return write(id, ifMatch, "UNLOCK", reason, AppUser::unlock);
    }

    public AppUser resetPassword(long id, String ifMatch, String newPassword, String reason) {
        return write(id, ifMatch, "RESET_PASSWORD", reason, user -> {
            policy.check("newPassword", user.username, newPassword, user);
            user.changePassword(hasher.hash(newPassword), clock.systemNow(), PasswordPolicy.REMEMBERED);
            sessions.endAll(user.id, Sessions.End.PASSWORD_RESET, null);
        });
    }

    private AppUser write(long id, String ifMatch, String action, String reason, Consumer<AppUser> change) {
        AppUser user = find(id).orElseThrow(() -> ProblemException.notFound("user.not-found", id));
        Versions.requireMatch(ifMatch, user.version);
        Map<String, Object> before = user.auditState();
        change.accept(user);
        audit.changed(user, action, before, reason);
        user.flush(); // so that the answer carries the new version
        return user;
    }

    private static void requireUnitInScope(long orgUnitId) {
        if (OrgUnit.findById(orgUnitId) == null) {
            throw ProblemException.invalidField("orgUnitId", "org-unit.not-in-area", orgUnitId);
        }
    }

    private static String[] names(List<Role> roles) {
        return roles.stream().distinct().map(Role::name).toArray(String[]::new);
    }
}
