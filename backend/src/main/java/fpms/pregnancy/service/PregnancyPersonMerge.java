package fpms.pregnancy.service;

import fpms.household.PersonMerged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** When a duplicate person is merged, her pregnancies and the babies registered as her children follow the kept record. */
@ApplicationScoped
public class PregnancyPersonMerge {

    @Inject
    EntityManager em;

    void onMerge(@Observes PersonMerged merged) {
        em.createQuery("update Pregnancy set personId = :kept where personId = :retired")
                .setParameter("kept", merged.keptId()).setParameter("retired", merged.retiredId()).executeUpdate();
        em.createQuery("update Baby set personId = :kept where personId = :retired")
                .setParameter("kept", merged.keptId()).setParameter("retired", merged.retiredId()).executeUpdate();
    }
}
