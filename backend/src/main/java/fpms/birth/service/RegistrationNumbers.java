package fpms.birth.service;

import fpms.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Numbers of registrations and approvals: year, the town's administrative division code and a sequence gapless per
 * year and town, e.g. 2018-640502101-0007. The counter row is locked (FOR UPDATE) until the deciding transaction ends:
 * concurrent decisions of one town wait for each other, and a decision that rolls back gives its number back.
 */
@ApplicationScoped
public class RegistrationNumbers {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(Places.Place place, int year) {
        if (place.townCode() == null || place.townCode().isBlank()) {
            throw ProblemException.ruleViolated("birth.town.code-missing", place.townName());
        }
        em.createNativeQuery("insert into birth_registration_counter (year, town_id, last_value) values (:year, :town, 0)"
                + " on conflict (year, town_id) do nothing")
                .setParameter("year", year).setParameter("town", place.townId()).executeUpdate();
        int last = ((Number) em.createNativeQuery("select last_value from birth_registration_counter"
                + " where year = :year and town_id = :town for update")
                .setParameter("year", year).setParameter("town", place.townId()).getSingleResult()).intValue();
        int next = last + 1;
        em.createNativeQuery("update birth_registration_counter set last_value = :next where year = :year and town_id = :town")
                .setParameter("next", next).setParameter("year", year).setParameter("town", place.townId()).executeUpdate();
        return format(year, place.townCode(), next);
    }

    public static String format(int year, String townCode, int sequence) {
        return String.format("%d-%s-%04d", year, townCode, sequence);
    }
}
