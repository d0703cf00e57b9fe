package fpms.birth.service;

import fpms.audit.AuditTrail;
import fpms.birth.BirthRegistration;
import fpms.household.PersonMerged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;

/**
 * When a duplicate person is merged, the applications naming the retired record as father or mother name the kept
 * one (audited), so that "one application per child order of a mother" and the search by name keep holding — as the
 * pregnancies and the pre-pregnancy checks do.
 */
@ApplicationScoped
public class BirthRegistrationPersonMerge {

    @Inject
    AuditTrail audit;

    void onMerge(@Observes PersonMerged merged) {
        for (BirthRegistration r : BirthRegistration.<BirthRegistration>list("fatherId = ?1 or motherId = ?1", merged.retiredId())) {
            Map<String, Object> before = r.auditState();
            if (Objects.equals(r.fatherId, merged.retiredId())) {
                r.fatherId = merged.keptId();
            }
            if (Objects.equals(r.motherId, merged.retiredId())) {
                r.motherId = merged.keptId();
            }
            audit.changed(r, "PERSON_MERGED", before, "person " + merged.retiredId() + " merged into " + merged.keptId());
        }
        BirthRegistration.flush();
        // and those of villages outside the caller's subtree (the father's side), which the scope hides
        BirthRegistration.getEntityManager().createNativeQuery(
                        "update birth_registration set father_id = case when father_id = :retired then :kept else father_id end,"
                                + " mother_id = case when mother_id = :retired then :kept else mother_id end"
                                + " where father_id = :retired or mother_id = :retired")
                .setParameter("retired", merged.retiredId()).setParameter("kept", merged.keptId()).executeUpdate();
    }
}
