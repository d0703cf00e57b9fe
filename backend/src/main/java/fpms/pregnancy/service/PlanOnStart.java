package fpms.pregnancy.service;

import fpms.common.scope.Caller;
import fpms.pregnancy.Pregnancy;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Plans, at start-up, every pregnancy that has no stored plan yet: pregnancies loaded by SQL (demo data, a migration
 * from another system) get their follow-up slots without anyone having to touch them.
 */
@ApplicationScoped
public class PlanOnStart {

    private static final Logger LOG = Logger.getLogger(PlanOnStart.class);

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    FollowUpPlanning planning;

    void onStart(@Observes StartupEvent start) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            List<Object[]> unplanned = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select p.id, (select r.id from org_unit r where r.parent_id is null order by r.id limit 1) from pregnancy p"
                            + " where not exists (select 1 from follow_up_slot s where s.pregnancy_id = p.id)", Object[].class).getResultList());
            if (unplanned.isEmpty()) {
                return;
            }
            caller.actAs(new Caller.Acting("system", null, ((Number) unplanned.get(0)[1]).longValue()));
            for (Object[] row : unplanned) {
                long id = ((Number) row[0]).longValue();
                QuarkusTransaction.requiringNew().run(() -> planning.replan(Pregnancy.findById(id)));
            }
            LOG.infof("Planned the follow-up of %d pregnancies that had no plan", unplanned.size());
        } finally {
            request.terminate();
        }
    }
}
