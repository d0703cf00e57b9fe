package fpms.pregnancy.service;

import fpms.common.scope.Caller;
import fpms.common.scope.PastScope;
import fpms.org.OrgUnit;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Plans, at start-up, every pregnancy of the demo data (loaded by SQL, Liquibase context "demo") that has no stored
 * plan yet, so that the worklist and the charts are alive on first run. Without the demo context it does nothing.
 */
@ApplicationScoped
public class PlanOnStart {

    private static final Logger LOG = Logger.getLogger(PlanOnStart.class);

    @Inject
    EntityManager em;

    @Inject
    PastScope pastScope;

    @Inject
    Caller caller;

    @Inject
    FollowUpPlanning planning;

    void onStart(@Observes StartupEvent start, @ConfigProperty(name = "quarkus.liquibase.contexts") List<String> contexts) {
        if (!contexts.contains("demo")) {
            return; // only the demo data are pregnancies written by SQL; the API plans every pregnancy it writes
        }
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            // the system acts at the root of the tree: it finds the root past the scope (there is no caller yet)
            long root = QuarkusTransaction.requiringNew().call(() -> pastScope.run(PastScope.Reason.PLANNING_ON_START, OrgUnit::rootId));
            caller.actAs(new Caller.Acting("system", null, root));
            @SuppressWarnings("unchecked")
            List<Number> unplanned = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select p.id from pregnancy p"
                    + " where not exists (select 1 from follow_up_slot s where s.pregnancy_id = p.id)").getResultList());
            if (unplanned.isEmpty()) {
                return;
            }
            for (Number id : unplanned) {
                QuarkusTransaction.requiringNew().run(() -> planning.lock(id.longValue()).ifPresent(planning::replan));
            }
            LOG.infof("Planned the follow-up of %d pregnancies that had no plan", unplanned.size());
        } finally {
            request.terminate();
        }
    }
}
