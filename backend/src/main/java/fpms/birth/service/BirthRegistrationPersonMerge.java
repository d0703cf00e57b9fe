package fpms.birth.service;

import fpms.audit.AuditTrail;
import fpms.birth.BirthRegistration;
import fpms.household.PersonMerged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When a duplicate person is merged, the applications naming the retired record as father or mother name the kept
 * one (each audited in its own org unit), so that "one application per child order of a mother" and the search by
 * name keep holding — as the pregnancies and the pre-pregnancy checks do.
 */
@ApplicationScoped
public class BirthRegistrationPersonMerge {

    @Inject
    AuditTrail audit;

    @SuppressWarnings("unchecked")
    void onMerge(@Observes PersonMerged merged) {
        // within the merge's PastScope (DuplicateService): an application of another village (the father's side) names the kept one too
        List<BirthRegistration> named = BirthRegistration.getEntityManager().createNativeQuery(
                        "select * from birth_registration where father_id = :retired or mother_id = :retired", BirthRegistration.class)
                .setParameter("retired", merged.retiredId()).getResultList();
        for (BirthRegistration r : named) {
            Map<String, Object> before = r.auditState();
            if (Objects.equals(r.fatherId, merged.retiredId())) {
                r.fatherId = merged.keptId();
            }
            if (Objects.equals(r.motherId, merged.retiredId())) {
                r.motherId = merged.keptId();
            }
            audit.changedFor(r, "PERSON_MERGED", before, merged.reason());
        }
    }
}
