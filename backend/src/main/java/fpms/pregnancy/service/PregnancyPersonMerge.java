package fpms.pregnancy.service;

import fpms.audit.AuditTrail;
import fpms.common.error.ProblemException;
import fpms.household.PersonMerged;
import fpms.pregnancy.Baby;
import fpms.pregnancy.Pregnancy;
import fpms.pregnancy.PregnancyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/**
 * When a duplicate person is merged, her pregnancies and the babies registered as her children follow the kept
 * record, each audited in its own org unit.
 */
@ApplicationScoped
public class PregnancyPersonMerge {

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @SuppressWarnings("unchecked")
    void onMerge(@Observes PersonMerged merged) {
        // within the merge's PastScope (DuplicateService): a pregnancy transferred to another area, or a baby's delivery there, moves too
        List<Pregnancy> pregnancies = em.createNativeQuery("select * from pregnancy where person_id = :retired order by id for update",
                        Pregnancy.class)
                .setParameter("retired", merged.retiredId()).getResultList();
        if (pregnancies.stream().anyMatch(p -> p.status == PregnancyStatus.ACTIVE)
                && ((Number) em.createNativeQuery("select count(*) from pregnancy where person_id = :kept and status = 'ACTIVE'")
                        .setParameter("kept", merged.keptId()).getSingleResult()).longValue() > 0) {
            // one woman, one ongoing pregnancy: the officer ends or corrects one of the two records first
            throw ProblemException.ruleViolated("duplicate.merge.both-pregnant");
        }
        for (Pregnancy p : pregnancies) {
            Map<String, Object> before = p.auditState();
            p.personId = merged.keptId();
            audit.changedFor(p, "PERSON_MERGED", before, merged.reason());
        }
        for (Baby b : Baby.<Baby>list("personId", merged.retiredId())) { // a baby has no scope of its own
            Map<String, Object> before = b.auditState();
            b.personId = merged.keptId();
            audit.changedFor(b, "PERSON_MERGED", before, merged.reason());
        }
    }
}
