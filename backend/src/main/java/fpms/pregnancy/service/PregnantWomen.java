package fpms.pregnancy.service;

import fpms.household.Person;
import fpms.pregnancy.Pregnancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The women of pregnancies, read past the register's scope: a pregnancy transferred to a village of another town
 * belongs to that village, which follows her up, while she stays in her home village's register. Give it only the
 * pregnancies the caller may see (they were read through the scope), never ids from a request.
 */
@ApplicationScoped
public class PregnantWomen {

    @Inject
    EntityManager em;

    public Person of(Pregnancy p) {
        return byId(List.of(p.personId)).get(p.personId);
    }

    public Map<Long, Person> byId(Collection<Long> personIds) {
        Map<Long, Person> women = new HashMap<>();
        if (personIds.isEmpty()) {
            return women;
        }
        @SuppressWarnings("unchecked")
        List<Person> found = em.createNativeQuery("select * from person where id = any(cast(?1 as bigint[]))", Person.class)
                .setParameter(1, personIds.stream().distinct().toArray(Long[]::new)).getResultList();
        found.forEach(w -> women.put(w.id, w));
        return women;
    }

    /** The women of the pregnancies transferred into the caller's area whose name begins with {@code prefix}. */
    @SuppressWarnings("unchecked")
    public List<Long> movedInNamed(String prefix) {
        List<Long> movedIn = em.createQuery("select p.personId from Pregnancy p where p.transferredFromId is not null", Long.class).getResultList();
        if (movedIn.isEmpty()) {
            return List.of();
        }
        return ((List<Number>) em.createNativeQuery("select id from person where id = any(cast(?1 as bigint[])) and name like ?2")
                .setParameter(1, movedIn.toArray(Long[]::new)).setParameter(2, prefix + "%").getResultList())
                .stream().map(Number::longValue).toList();
    }
}
