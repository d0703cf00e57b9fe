package fpms.common.idempotency;

import fpms.common.error.ProblemException;
import fpms.common.time.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The kept first answers (table idempotent_request), each step in a transaction of its own. Times follow the system
 * clock, as the tokens' do: this is about how long a client may retry, not about the domain's "now".
 */
@ApplicationScoped
public class IdempotentAnswers {

    static final Duration KEPT = Duration.ofHours(24);
    /** A first request still without an answer after this long has died with its server: a retry may run. */
    static final Duration ABANDONED = Duration.ofMinutes(2);

    public record Answer(int status, String location, String contentType, String body) {
    }

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    /**
     * Null when this request is the first with the key (now recorded as running); else the first one's answer. 422 for
     * the key with another body, 409 while the first still runs.
     */
    public Answer begin(long userId, UUID key, String fingerprint) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.systemNow();
            int claimed = em.createNativeQuery("""
                    insert into idempotent_request (user_id, key, fingerprint, created_at) values (?1, ?2, ?3, ?4)
                    on conflict (user_id, key) do update set fingerprint = excluded.fingerprint, created_at = excluded.created_at,
                        status = null, location = null, content_type = null, body = null
                    where idempotent_request.created_at < ?5
                       or (idempotent_request.status is null and idempotent_request.created_at < ?6)""")
                    .setParameter(1, userId).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, now)
                    .setParameter(5, now.minus(KEPT)).setParameter(6, now.minus(ABANDONED))
                    .executeUpdate();
            if (claimed == 1) {
                return null;
            }
            List<?> rows = em.createNativeQuery(
                            "select fingerprint, status, location, content_type, body from idempotent_request where user_id = ?1 and key = ?2")
                    .setParameter(1, userId).setParameter(2, key).getResultList();
            Object[] row = (Object[]) rows.get(0);
            if (!fingerprint.equals(row[0])) {
                throw ProblemException.ruleViolatedOn(IdempotencyKeys.HEADER, "idempotency.key.reused");
            }
            if (row[1] == null) {
                throw ProblemException.conflict("idempotency.key.running");
            }
            return new Answer(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]);
        });
    }

    public void keep(long userId, UUID key, int status, String location, String contentType, String body) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update idempotent_request set status = ?3, location = ?4, content_type = ?5, body = ?6 where user_id = ?1 and key = ?2")
                .setParameter(1, userId).setParameter(2, key).setParameter(3, status).setParameter(4, location)
                .setParameter(5, contentType).setParameter(6, body).executeUpdate());
    }

    public void forget(long userId, UUID key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from idempotent_request where user_id = ?1 and key = ?2")
                .setParameter(1, userId).setParameter(2, key).executeUpdate());
    }

    @Scheduled(every = "1h", delay = 2, delayUnit = java.util.concurrent.TimeUnit.MINUTES, identity = "idempotency-retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeOld() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from idempotent_request where created_at < ?1")
                .setParameter(1, clock.systemNow().minus(KEPT)).executeUpdate());
    }
}
