package fpms.birth.service;

import fpms.common.scope.PastScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The village of a registration and the town above it. Read past the data scope on purpose: a village worker's
 * certificate names the town that issues it, which lies above the worker's subtree. Names and codes only.
 */
@ApplicationScoped
@Transactional
public class Places {

    /** A village, and its town with the town's administrative division code (null while none is set). */
    public record Place(long villageId, String villageName, long townId, String townCode, String townName) {
    }

    @Inject
    EntityManager em;

    @Inject
    PastScope pastScope;

    public Place of(long villageId) {
        return of(List.of(villageId)).get(villageId);
    }

    public Map<Long, Place> of(Collection<Long> villageIds) {
        Map<Long, Place> places = new HashMap<>();
        if (villageIds.isEmpty()) {
            return places;
        }
        // the town lies above a village worker's scope: its name and code are read past it (audited)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = pastScope.run(PastScope.Reason.ORG_DIRECTORY, () -> em.createNativeQuery(
                        "select v.id, v.name, t.id, t.code, t.name from org_unit v join org_unit t on t.id = v.parent_id where v.id in (:ids)")
                .setParameter("ids", villageIds).getResultList());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            places.put(id, new Place(id, (String) row[1], ((Number) row[2]).longValue(), (String) row[3], (String) row[4]));
        }
        return places;
    }
}
