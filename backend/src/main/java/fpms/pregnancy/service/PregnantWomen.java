package fpms.pregnancy.service;

import fpms.common.jdbc.Like;
import fpms.common.scope.Caller;
import fpms.common.scope.OrgScope;
import fpms.household.Household;
import fpms.household.Person;
import fpms.household.Relation;
import fpms.pregnancy.Pregnancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The women of pregnancies and what the follow-up needs of their families. A pregnancy transferred to a village of
 * another town belongs to that village, which follows her up and records the delivery, while she stays in her home
 * village's register: for such a pregnancy she, her household and her husband are read past the register's scope —
 * bounded by the pregnancy, which was read through the scope. Every other woman is read through the scope as usual.
 */
@ApplicationScoped
public class PregnantWomen {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public Person of(Pregnancy p) {
        return byPregnancy(List.of(p)).get(p.personId);
    }

    /** The women of these pregnancies (read through the scope), by person id. */
    public Map<Long, Person> byPregnancy(Collection<Pregnancy> pregnancies) {
        Map<Long, Person> women = new HashMap<>();
        List<Long> movedIn = pregnancies.stream().filter(p -> p.transferredFromId != null).map(p -> p.personId).distinct().toList();
        List<Long> local = pregnancies.stream().filter(p -> p.transferredFromId == null).map(p -> p.personId).distinct().toList();
        if (!local.isEmpty()) {
            Person.<Person>list("id in ?1", local).forEach(w -> women.put(w.id, w));
        }
        if (!movedIn.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Person> found = em.createNativeQuery("select * from person where id = any(cast(?1 as bigint[]))", Person.class)
                    .setParameter(1, movedIn.toArray(Long[]::new)).getResultList();
            found.forEach(w -> women.put(w.id, w));
        }
        return women;
    }

    /** Her household (the newborns join it), or null. */
    public Household householdOf(Person woman) {
        if (woman.householdId == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Household> found = em.createNativeQuery("select * from household where id = ?1", Household.class)
                .setParameter(1, woman.householdId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Her husband in the household — the head if she is the spouse, or the reverse — or null. */
    public Person husbandOf(Person woman) {
        if (woman.householdId == null || (woman.relation != Relation.SPOUSE && woman.relation != Relation.HEAD)) {
            return null;
        }
        Relation partner = woman.relation == Relation.SPOUSE ? Relation.HEAD : Relation.SPOUSE;
        @SuppressWarnings("unchecked")
        List<Person> found = em.createNativeQuery("select * from person where household_id = ?1 and relation = ?2 and sex = 'MALE'"
                + " and status = 'ACTIVE' order by id limit 1", Person.class)
                .setParameter(1, woman.householdId).setParameter(2, partner.name()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The women of the pregnancies transferred into the caller's area whose name begins with {@code prefix}: one
     * query, with the caller's area as its own condition (the scope filter does not apply to SQL).
     */
    @SuppressWarnings("unchecked")
    public List<Long> movedInNamed(String prefix) {
        return ((List<Number>) em.createNativeQuery("select distinct g.person_id from pregnancy g join person x on x.id = g.person_id"
                + " where g.transferred_from_id is not null and x.name like :name" + Like.ESCAPE + " and " + OrgScope.BY_ORG_UNIT.replace("{alias}", "g"))
                .setParameter("name", Like.prefix(prefix))
                .setParameter(OrgScope.PARAM, caller.orgUnitPathOrNull()).getResultList())
                .stream().map(Number::longValue).toList();
    }
}
