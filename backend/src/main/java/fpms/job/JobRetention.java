package fpms.job;

import fpms.common.scope.PastScope;
import fpms.common.time.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Personal data kept no longer than its use: a job's error report (the refused rows of an uploaded file, with their
 * values) is deleted {@code fpms.jobs.error-retention-days} (30) after the job ended; the job keeps its counts and
 * says when its report went. Every replica runs it every hour; it is idempotent, and each run is one transaction.
 */
@ApplicationScoped
public class JobRetention {

    private static final Logger LOG = Logger.getLogger(JobRetention.class);

    @ConfigProperty(name = "fpms.jobs.error-retention-days", defaultValue = "30")
    int days;

    @Inject
    PastScope pastScope;

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Scheduled(every = "1h", delay = 1, delayUnit = TimeUnit.MINUTES, identity = "job-error-retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        removeExpiredErrorReports();
    }

    /** Deletes the reports whose time is over; returns how many jobs lost theirs. */
    public int removeExpiredErrorReports() {
        Instant now = clock.now();
        Instant before = now.minus(Duration.ofDays(days));
        int jobs = QuarkusTransaction.requiringNew().call(() -> pastScope.run(PastScope.Reason.RETENTION, () -> {
            em.createNativeQuery("""
                    delete from job_error e using job j
                    where j.id = e.job_id and j.finished_at < ?1 and j.errors_removed_at is null and j.error_count > 0""")
                    .setParameter(1, before).executeUpdate();
            return em.createNativeQuery("""
                    update job set errors_removed_at = ?2
                    where finished_at < ?1 and errors_removed_at is null and error_count > 0""")
                    .setParameter(1, before).setParameter(2, now).executeUpdate();
        }));
        if (jobs > 0) {
            LOG.infof("Deleted the error reports of %d jobs that ended more than %d days ago", jobs, days);
        }
        return jobs;
    }
}
