package fpms.pregnancy.service;

import fpms.common.jdbc.Like;
import fpms.common.scope.Caller;
import fpms.common.scope.OrgScope;
import fpms.common.scope.PastScope;
import fpms.household.Household;
import fpms.household.Person;
import fpms.household.PersonStatus;
import fpms.household.Relation;
import fpms.household.Sex;
import fpms.pregnancy.Pregnancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

    @Inject
    PastScope pastScope;

    public Person of(Pregnancy p) {
        return byPregnancy(List.of(p)).get(p.personId);
    }

    /**
     * Work on the woman of a pregnancy where she is registered: a woman transferred in lives in the register of her
     * home village, outside the receiving village's scope (past it, audited); any other in the caller's scope.
     */
    public <T> T atHerHome(Pregnancy p, Supplier<T> work) {
        return p.transferredFromId == null ? work.get() : pastScope.run(PastScope.Reason.TRANSFERRED_PREGNANCY, work);
    }

    /** The women of these pregnancies, by person id: a woman transferred in too (past the scope, audited). */
    public Map<Long, Person> byPregnancy(Collection<Pregnancy> pregnancies) {
        Map<Long, Person> women = new HashMap<>();
        List<Long> movedIn = pregnancies.stream().filter(p -> p.transferredFromId != null).map(p -> p.personId).distinct().toList();
        List<Long> local = pregnancies.stream().filter(p -> p.transferredFromId == null).map(p -> p.personId).distinct().toList();
        if (!local.isEmpty()) {
            Person.<Person>list("id in ?1", local).forEach(w -> women.put(w.id, w));
        }
        if (!movedIn.isEmpty()) {
            pastScope.run(PastScope.Reason.TRANSFERRED_PREGNANCY,
                    () -> Person.<Person>list("id in ?1", movedIn).forEach(w -> women.put(w.id, w)));
        }
        return women;
    }

    /** Her household (the newborns join it), or null; for a woman transferred in, within {@link #atHerHome}. */
    public Household householdOf(Person woman) {
        return woman.householdId == null ? null : Household.findById(woman.householdId);
    }

    /** Her husband in the household — the head if she is the spouse, or the reverse — or null; see {@link #householdOf}. */
    public Person husbandOf(Person woman) {
        if (woman.householdId == null || (woman.relation != Relation.SPOUSE && woman.relation != Relation.HEAD)) {
            return null;
        }
        Relation partner = woman.relation == Relation.SPOUSE ? Relation.HEAD : Relation.SPOUSE;
        return Person.<Person>find("householdId = ?1 and relation = ?2 and sex = ?3 and status = ?4 order by id",
                woman.householdId, partner, Sex.MALE, PersonStatus.ACTIVE).firstResult();
    }

    /**
     * The women of the pregnancies transferred into the caller's area whose name begins with {@code prefix}: one
     * query past the scope (they are registered elsewhere), with the caller's area as its own condition.
     */
    @SuppressWarnings("unchecked")
    public List<Long> movedInNamed(String prefix) {
        String area = caller.orgUnitPathOrNull();
        return pastScope.run(PastScope.Reason.TRANSFERRED_PREGNANCY, () -> ((List<Number>) em.createNativeQuery(
                        "select distinct g.person_id from pregnancy g join person x on x.id = g.person_id where g.transferred_from_id is not null"
                        + " and x.name like :name" + Like.ESCAPE + " and " + OrgScope.BY_ORG_UNIT.replace("{alias}", "g"))
                .setParameter("name", Like.prefix(prefix))
                .setParameter(OrgScope.PARAM, area).getResultList())
                .stream().map(Number::longValue).toList());
    }
}
