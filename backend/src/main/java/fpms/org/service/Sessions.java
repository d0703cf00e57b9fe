package fpms.org.service;

import fpms.common.memo.Remembered;
import fpms.common.time.AppClock;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Login sessions (table user_session): opened by a login, checked on every request, moved on by each refresh, ended by
 * a logout, a reused refresh token, a password change or reset, disabling, a change of roles or org unit, or 30
 * minutes without a request (fpms.auth.idle-minutes); a session ends at the latest when its refresh token would
 * ({@code fpms.auth.refresh-token-minutes} after the login). An open session is remembered as open for
 * {@code fpms.auth.session-check-seconds} at most, so an end reaches every replica within that time. Its times follow
 * the system clock, as the tokens' do: they are about how old a login is, not the domain's "now".
 */
@ApplicationScoped
public class Sessions {

    /** Why a session ended (column end_reason). */
    public enum End {
        LOGOUT, REFRESH_REUSED, PASSWORD_CHANGED, PASSWORD_RESET, DISABLED, GRANT_CHANGED, IDLE
    }

    /** An open session and the generation of its current refresh token. */
    public record Open(UUID id, long userId, int generation, Instant expiresAt) {
    }

    /** A refresh token presented: the session moved on, or the token was not the current one (stale or reused). */
    public sealed interface Refreshed permits Moved, Refused {
    }

    public record Moved(Open session) implements Refreshed {
    }

    /** {@code reused}: an earlier generation of an open session came back and ended it. */
    public record Refused(boolean reused, Long userId) implements Refreshed {
    }

    /** A refresh from the generation just before the current one within this time is a tab racing another (no theft). */
    static final Duration RACE = Duration.ofSeconds(10);

    private final Remembered<UUID, Boolean> open = new Remembered<>(100_000);

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuthSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public Open start(long userId) {
        Instant now = clock.systemNow();
        Open session = new Open(UUID.randomUUID(), userId, 0, now.plus(Duration.ofMinutes(settings.refreshTokenMinutes())));
        em.createNativeQuery("insert into user_session (id, user_id, created_at, last_seen_at, expires_at) values (?1, ?2, ?3, ?3, ?4)")
                .setParameter(1, session.id()).setParameter(2, userId).setParameter(3, now).setParameter(4, session.expiresAt())
                .executeUpdate();
        return session;
    }

    /** Whether the session was found open a moment ago (at most the check time): no need to ask the database. */
    public boolean knownOpen(UUID id) {
        return open.get(id) != null;
    }

    /**
     * Whether the session is open and was used within the idle time, asked of the database; a request counts as its
     * use. On a connection of its own outside any transaction (before anyone is the caller): the table is no one's.
     */
    public boolean checkOpen(UUID id) {
        Instant now = clock.systemNow();
        boolean isOpen;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                update user_session set last_seen_at = ?
                where id = ? and ended_at is null and last_seen_at > ? and expires_at > ?""")) {
            s.setObject(1, now.atOffset(ZoneOffset.UTC));
            s.setObject(2, id);
            s.setObject(3, idleSince(now).atOffset(ZoneOffset.UTC));
            s.setObject(4, now.atOffset(ZoneOffset.UTC));
            isOpen = s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the session", e);
        }
        if (isOpen) {
            open.put(id, true, TimeUnit.SECONDS.toNanos(settings.sessionCheckSeconds()));
        }
        return isOpen;
    }

    /**
     * Moves the session on to the next refresh token if {@code generation} is its current one. The generation before
     * presented again ends the session (reuse: one of the two holders is a thief), except within {@link #RACE} of the
     * move, which is the same client's second tab: it gets the current generation again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Refreshed refresh(UUID id, int generation) {
        Instant now = clock.systemNow();
        List<?> moved = em.createNativeQuery("""
                update user_session set refresh_generation = refresh_generation + 1, rotated_at = ?3, last_seen_at = ?3
                where id = ?1 and refresh_generation = ?2 and ended_at is null and last_seen_at > ?4 and expires_at > ?3
                returning user_id, refresh_generation, expires_at""")
                .setParameter(1, id).setParameter(2, generation).setParameter(3, now).setParameter(4, idleSince(now))
                .getResultList();
        if (!moved.isEmpty()) {
            return new Moved(open(id, (Object[]) moved.get(0)));
        }
        List<?> found = em.createNativeQuery("""
                select user_id, refresh_generation, expires_at, rotated_at from user_session
                where id = ?1 and ended_at is null and expires_at > ?2 for update""")
                .setParameter(1, id).setParameter(2, now).getResultList();
        if (found.isEmpty()) {
            return new Refused(false, null);
        }
        Object[] row = (Object[]) found.get(0);
        Open current = open(id, row);
        Instant rotatedAt = (Instant) row[3];
        if (generation == current.generation() - 1 && rotatedAt != null && rotatedAt.isAfter(now.minus(RACE))) {
            return new Moved(current);
        }
        if (generation < current.generation()) {
            end(id, End.REFRESH_REUSED);
            return new Refused(true, current.userId());
        }
        return new Refused(false, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void end(UUID id, End reason) {
        em.createNativeQuery("update user_session set ended_at = ?2, end_reason = ?3 where id = ?1 and ended_at is null")
                .setParameter(1, id).setParameter(2, clock.systemNow()).setParameter(3, reason.name()).executeUpdate();
        open.remove(id);
    }

    /** Ends every open session of the user but {@code except} (null: all); returns how many ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endAll(long userId, End reason, UUID except) {
        int ended = em.createNativeQuery("""
                update user_session set ended_at = ?2, end_reason = ?3
                where user_id = ?1 and ended_at is null and id is distinct from ?4""")
                .setParameter(1, userId).setParameter(2, clock.systemNow()).setParameter(3, reason.name()).setParameter(4, except)
                .executeUpdate();
        open.clear(); // which of them this replica remembers is not known; the others' memories end within the check time
        return ended;
    }

    private Instant idleSince(Instant now) {
        return now.minus(Duration.ofMinutes(settings.idleMinutes()));
    }

    private static Open open(UUID id, Object[] row) {
        return new Open(id, ((Number) row[0]).longValue(), ((Number) row[1]).intValue(), (Instant) row[2]);
    }
}
