package fpms.pregnancy.service;

import fpms.audit.AuditTrail;
import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import fpms.common.scope.Caller;
import fpms.common.time.AppClock;
import fpms.common.time.DateBounds;
import fpms.job.JobRunner;
import fpms.pregnancy.FollowUpRuleVersion;
import fpms.pregnancy.Pregnancy;
import fpms.pregnancy.PregnancyStatus;
import fpms.pregnancy.schedule.FollowUpKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The follow-up rules: every version of each kind. A change is a new version effective from today or later; a job
 * then re-plans every active pregnancy, so that open and future slots follow it (closed ones keep theirs).
 */
@ApplicationScoped
public class FollowUpRules {

    public static final String REPLAN_JOB = "FOLLOW_UP_REPLAN";
    private static final int BATCH = 200;

    public record Change(FollowUpKind kind, int intervalMonths, int windowDays, int graceDays, LocalDate effectiveFrom, String reason) {
    }

    @Inject
    AppClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    JobRunner jobs;

    @Inject
    FollowUpPlanning planning;

    @Transactional
    public List<FollowUpRuleVersion> all() {
        return FollowUpRuleVersion.list("order by kind, effectiveFrom desc");
    }

    /** Adds the version and starts the re-planning job; returns the version and the job's id. */
    public Map.Entry<FollowUpRuleVersion, Long> change(Change c) {
        FollowUpRuleVersion v = QuarkusTransaction.requiringNew().call(() -> add(c));
        long job = jobs.start(REPLAN_JOB, Map.of("kind", c.kind().name(), "effectiveFrom", c.effectiveFrom().toString()), progress -> {
            List<Long> ids = QuarkusTransaction.requiringNew().call(() ->
                    Pregnancy.getEntityManager().createQuery("select p.id from Pregnancy p where p.status = :active order by p.id", Long.class)
                            .setParameter("active", PregnancyStatus.ACTIVE).getResultList());
            progress.total(ids.size());
            for (int i = 0; i < ids.size(); i += BATCH) {
                List<Long> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
                QuarkusTransaction.requiringNew().run(() -> batch.forEach(id -> planning.lock(id).ifPresent(planning::replan)));
                progress.done(Math.min(ids.size(), i + BATCH));
            }
            return Message.of("follow-up-rule.replanned", ids.size());
        });
        return Map.entry(v, job);
    }

    private FollowUpRuleVersion add(Change c) {
        if (c.effectiveFrom().isBefore(clock.today())) {
            throw ProblemException.invalidField("effectiveFrom", "follow-up-rule.effective.past");
        }
        DateBounds.withinPlans("effectiveFrom", c.effectiveFrom(), clock.today());
        if (FollowUpRuleVersion.count("kind = ?1 and effectiveFrom = ?2", c.kind(), c.effectiveFrom()) > 0) {
            throw ProblemException.conflict("follow-up-rule.exists", c.kind(), c.effectiveFrom());
        }
        FollowUpRuleVersion v = new FollowUpRuleVersion();
        v.kind = c.kind();
        v.intervalMonths = c.intervalMonths();
        v.windowDays = c.windowDays();
        v.graceDays = c.graceDays();
        v.effectiveFrom = c.effectiveFrom();
        v.reason = c.reason();
        v.createdBy = caller.username();
        v.createdAt = clock.now();
        v.persist();
        audit.created(v, "CHANGE");
        return v;
    }
}
