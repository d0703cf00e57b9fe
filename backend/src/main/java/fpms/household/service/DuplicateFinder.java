package fpms.household.service;

import fpms.common.scope.PastScope;
import fpms.common.time.AppClock;
import fpms.household.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Finds probable duplicates and puts them in the review queue: the same name and birth date; the same name and ID
 * numbers at most two characters apart (both known: a newborn has none yet); a trigram-similar name with the same
 * birth date in the same village, unless both have the same mother — twins are two children, not one.
 * Set-based SQL over the whole register, past the scope (audited): a duplicate may sit in another village; the person
 * (or the subtree scanned) is the caller's. A pair is queued once, in the unit of its first record.
 */
@ApplicationScoped
public class DuplicateFinder {

    /** Pairs (a, b) of active persons that match a rule; :scope narrows a to one person or a subtree. */
    private static final String PAIRS = """
            insert into duplicate_candidate (id, org_unit_id, person_id, other_id, rule, similarity, status, created_at)
            select nextval('duplicate_candidate_seq'), a.org_unit_id, least(a.id, b.id), greatest(a.id, b.id), m.rule, m.similarity, 'OPEN', :now
            from person a
            join lateral (
                select b.id, 'SAME_NAME_BIRTH_DATE' as rule, 1.000 as similarity from person b
                 where b.name = a.name and b.birth_date = a.birth_date and b.id <> a.id and b.status = 'ACTIVE'
                union all
                select b.id, 'SAME_NAME_NEAR_ID', 0.900 from person b
                 where b.name = a.name and b.birth_date <> a.birth_date and b.id <> a.id and b.status = 'ACTIVE'
                   and a.id_number is not null and b.id_number is not null and levenshtein(b.id_number, a.id_number) <= 2
                union all
                select b.id, 'SIMILAR_NAME_SAME_BIRTH_DATE_VILLAGE', round(similarity(b.name, a.name)::numeric, 3) from person b
                 where b.org_unit_id = a.org_unit_id and b.birth_date = a.birth_date and b.name <> a.name and b.id <> a.id
                   and b.status = 'ACTIVE' and similarity(b.name, a.name) >= 0.3
                   and (a.mother_id is null or b.mother_id is distinct from a.mother_id)
            ) m on true
            join person b on b.id = m.id
            where a.status = 'ACTIVE' and %s
            on conflict (person_id, other_id) do nothing
            """;

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    PastScope pastScope;

    /** Queues the probable duplicates of a newly registered person; returns how many pairs were new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int checkNew(Person person) {
        person.flush();
        return pastScope.run(PastScope.Reason.DUPLICATES, () -> pairs("a.id = :person").setParameter("person", person.id).executeUpdate());
    }

    /** Scans every active person under the org path; returns how many pairs were new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int scan(String orgPath) {
        return pastScope.run(PastScope.Reason.DUPLICATES, () -> pairs(
                        "a.org_unit_id in (select o.id from org_unit o where o.path >= :path and o.path < :path || '~')")
                .setParameter("path", orgPath).executeUpdate());
    }

    private Query pairs(String scope) {
        return em.createNativeQuery(PAIRS.formatted(scope)).setParameter("now", clock.now());
    }
}
