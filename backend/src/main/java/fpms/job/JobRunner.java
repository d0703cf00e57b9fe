package fpms.job;

import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import fpms.common.i18n.RequestLanguage;
import fpms.common.scope.Caller;
import fpms.common.time.AppClock;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Runs long work as a job: the job row is committed first, the work runs on a worker thread acting as (and seeing
 * the scope of) the user who started it, progress commits separately, and the outcome lands in the row. Its texts
 * (summary, failure, error report) are written in the language of the request that started it.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    /** The work of a job: it returns a one-line summary; throwing fails the job. */
    @FunctionalInterface
    public interface Work {
        Message run(JobProgress progress) throws Exception;
    }

    @Inject
    Caller caller;

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    @Inject
    RequestLanguage language;

    /** Two workers: jobs queue rather than take the machine; no request context is carried over from the caller. */
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "fpms-job");
        t.setDaemon(true);
        return t;
    });

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** Creates the job (committed at once) and starts the work; returns the job's id. */
    public long start(String kind, Map<String, Object> params, Work work) {
        Caller.Acting who = caller.acting();
        Locale locale = language.current();
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Job job = new Job();
            job.kind = kind;
            job.orgUnitId = who.orgUnitId();
            job.createdBy = who.username();
            job.createdAt = clock.now();
            job.params = params;
            job.persist();
            return job.id;
        });
        executor.execute(() -> runAs(who, locale, id, work));
        return id;
    }

    private void runAs(Caller.Acting who, Locale locale, long id, Work work) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            caller.actAs(who);
            update(id, job -> {
                job.status = Job.Status.RUNNING;
                job.startedAt = clock.now();
            });
            String summary = work.run(progress(id, locale)).in(locale);
            update(id, job -> {
                job.status = Job.Status.SUCCEEDED;
                job.message = summary;
                job.finishedAt = clock.now();
            });
        } catch (Exception e) {
            Message reason = e instanceof JobFailure f ? f.reason() : e instanceof ProblemException p ? p.detail() : null;
            if (reason == null) {
                LOG.errorf(e, "Job %d failed", id);
                reason = Message.of("job.failed", id);
            }
            String message = reason.in(locale);
            update(id, job -> {
                job.status = Job.Status.FAILED;
                job.message = message;
                job.finishedAt = clock.now();
            });
        } finally {
            request.terminate();
        }
    }

    private JobProgress progress(long id, Locale locale) {
        return new JobProgress() {
            @Override
            public void total(long total) {
                update(id, job -> job.total = total);
            }

            @Override
            public void done(long done) {
                update(id, job -> job.done = done);
            }

            @Override
            public void errors(List<JobError> errors) {
                if (errors.isEmpty()) {
                    return;
                }
                QuarkusTransaction.requiringNew().run(() -> {
                    em.unwrap(Session.class).doWork(connection -> {
                        try (PreparedStatement insert = connection.prepareStatement(
                                "insert into job_error (job_id, row_no, column_name, value, message) values (?, ?, ?, ?, ?)")) {
                            for (JobError e : errors) {
                                insert.setLong(1, id);
                                insert.setInt(2, e.row());
                                insert.setString(3, e.column());
                                insert.setString(4, truncate(e.value()));
                                insert.setString(5, truncate(e.message().in(locale)));
                                insert.addBatch();
                            }
                            insert.executeBatch();
                        }
                    });
                    Job job = Job.findById(id);
                    job.errorCount += errors.size();
                });
            }

            @Override
            public long jobId() {
                return id;
            }
        };
    }

    private static void update(long id, java.util.function.Consumer<Job> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(Job.findById(id)));
    }

    /** As the column takes it: at most 500 characters, and no NUL (which PostgreSQL refuses in text). */
    private static String truncate(String s) {
        if (s == null) {
            return null;
        }
        String text = s.replace('\u0000', '\uFFFD');
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
