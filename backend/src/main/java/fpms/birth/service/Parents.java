package fpms.birth.service;

import fpms.common.scope.PastScope;
import fpms.household.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The couple of an application as its certificate names them. Read past the data scope (audited): the father may
 * live outside the village of the mother, to which the application belongs; whoever may see the application sees
 * who it names. The ID number here is the full one: views mask it, the full one goes out only through the audited reveal.
 */
@ApplicationScoped
@Transactional
public class Parents {

    public record Parent(long id, String name, String idNumber, LocalDate birthDate, Sex sex, String ethnicity, long orgUnitId) {
    }

    @Inject
    EntityManager em;

    @Inject
    PastScope pastScope;

    public Map<Long, Parent> of(Collection<Long> personIds) {
        Map<Long, Parent> parents = new HashMap<>();
        if (personIds.isEmpty()) {
            return parents;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = pastScope.run(PastScope.Reason.APPLICATION_COUPLE, () -> em.createNativeQuery(
                        "select p.id, p.name, p.id_number, p.birth_date, p.sex, e.name, p.org_unit_id"
                        + " from person p left join ethnicity e on e.code = p.ethnicity_code where p.id in (:ids)")
                .setParameter("ids", personIds).getResultList());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            LocalDate birth = row[3] instanceof Date d ? d.toLocalDate() : (LocalDate) row[3];
            parents.put(id, new Parent(id, (String) row[1], (String) row[2], birth, Sex.valueOf((String) row[4]), (String) row[5],
                    ((Number) row[6]).longValue()));
        }
        return parents;
    }
}
