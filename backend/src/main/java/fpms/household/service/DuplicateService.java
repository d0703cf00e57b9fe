package fpms.household.service;

import fpms.audit.AuditTrail;
import fpms.common.error.ProblemException;
import fpms.common.paging.CappedCount;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.scope.Caller;
import fpms.common.scope.PastScope;
import fpms.common.time.AppClock;
import fpms.common.version.Versions;
import fpms.household.DuplicateCandidate;
import fpms.household.Household;
import fpms.household.MembershipEvent;
import fpms.household.Person;
import fpms.household.PersonMerged;
import fpms.household.PersonStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The review queue of probable duplicates: an officer merges a pair into one record or dismisses it. */
@ApplicationScoped
@Transactional
public class DuplicateService {

    @Inject
    AuditTrail audit;

    @Inject
    AppClock clock;

    @Inject
    Caller caller;

    @Inject
    Event<PersonMerged> merged;

    @Inject
    PastScope pastScope;

    @Transactional
    public Optional<DuplicateCandidate> find(long id) {
        return DuplicateCandidate.findByIdOptional(id);
    }

    @Transactional
    public Page<DuplicateCandidate> list(DuplicateCandidate.Status status, PageQuery paging) {
        Sort sort = paging.sort(Map.of("createdAt", "createdAt", "similarity", "similarity", "id", "id"), "id", Sort.Direction.Ascending);
        PanacheQuery<DuplicateCandidate> q = status == null ? DuplicateCandidate.findAll(sort)
                : DuplicateCandidate.find("status", sort, status);
        return CappedCount.page(q.page(paging.page, paging.size).list(), paging, DuplicateCandidate.class,
                "from DuplicateCandidate" + (status == null ? "" : " where status = :status"),
                status == null ? Map.of() : Map.of("status", status));
    }

    /**
     * Keeps one record and retires the other with a pointer to it: its children, its place in a household (if the
     * kept one has none), its ID number (if the kept one has none, as a newborn registered at its delivery) and,
     * through {@link PersonMerged}, every other feature's references move to the kept one. Each record changed is
     * audited, also those of villages outside the caller's area (a child, a candidate of another town).
     */
    public DuplicateCandidate merge(long candidateId, String ifMatch, long keepPersonId, String reason) {
        DuplicateCandidate c = open(candidateId, ifMatch);
        if (keepPersonId != c.personId && keepPersonId != c.otherId) {
            throw ProblemException.invalidField("keepPersonId", "duplicate.keep.one-of-pair", c.personId, c.otherId);
        }
        long retireId = keepPersonId == c.personId ? c.otherId : c.personId;
        Person keep = person(keepPersonId);
        Person retire = person(retireId);
        requireOnePerson(c, keep, retire);
        // what names the retired person moves wherever it lies: a child, a pregnancy, a pair of another town (audited each)
        return pastScope.run(PastScope.Reason.MERGE, () -> {
            PersonMerged event = new PersonMerged(keep.id, retire.id);
            Map<String, Object> keepBefore = keep.auditState();
            Map<String, Object> retireBefore = retire.auditState();
            Household home = retire.householdId == null ? null : Household.findById(retire.householdId);
            Map<String, Object> homeBefore = home == null ? null : home.auditState();
            var relation = retire.relation;
            Household.endStayOf(retire, clock.today(), MembershipEvent.RETIRE);
            if (keep.householdId == null && home != null && home.status == Household.Status.ACTIVE) {
                home.admit(keep, relation, clock.today(), MembershipEvent.MERGE);
            }
            fillGaps(keep, retire);
            retire.status = PersonStatus.RETIRED;
            retire.mergedIntoId = keep.id;
            if (keep.idNumber == null && retire.idNumber != null) {
                retire.flush(); // the retired row leaves the unique index of active numbers before the kept one takes its number
                keep.idNumber = retire.idNumber;
            }
            moveChildren(event);
            merged.fire(event);
            c.decide(DuplicateCandidate.Status.MERGED, caller.username(), clock.now(), reason);
            dismissOthers(c, event);
            audit.changed(keep, "MERGE_KEEP", keepBefore, reason);
            audit.changed(retire, "MERGE_RETIRE", retireBefore, reason);
            if (home != null && !homeBefore.equals(home.auditState())) {
                audit.changedFor(home, "PERSON_MERGED", homeBefore, event.reason());
            }
            audit.changed(c, "MERGE", Map.of("status", "OPEN"), reason);
            return c;
        });
    }

    /**
     * One person has one sex and one birth date: a woman's pregnancies never move to a man. Only a pair found by ID numbers
     * two characters apart may differ in the birth date: one number was mistyped in its date digits, and the kept one wins.
     */
    private static void requireOnePerson(DuplicateCandidate c, Person keep, Person retire) {
        if (keep.sex != retire.sex) {
            throw ProblemException.ruleViolated("duplicate.merge.sex-differs", keep.name, keep.sex.label(), retire.name, retire.sex.label());
        }
        if (!keep.birthDate.equals(retire.birthDate) && c.rule != DuplicateCandidate.Rule.SAME_NAME_NEAR_ID) {
            throw ProblemException.ruleViolated("duplicate.merge.birth-date-differs", keep.name, keep.birthDate, retire.name,
                    retire.birthDate);
        }
    }

    private void moveChildren(PersonMerged event) {
        // within the merge's PastScope: children of other villages name the kept parent too, audited in their own units
        List<Person> children = Person.getEntityManager().createNativeQuery(
                        "select * from person where father_id = :retired or mother_id = :retired", Person.class)
                .setParameter("retired", event.retiredId()).getResultList();
        for (Person child : children) {
            Map<String, Object> before = child.auditState();
            if (Objects.equals(child.fatherId, event.retiredId())) {
                child.fatherId = event.keptId();
            }
            if (Objects.equals(child.motherId, event.retiredId())) {
                child.motherId = event.keptId();
            }
            audit.changedFor(child, "PERSON_MERGED", before, event.reason());
        }
    }

    /** The retired record's other open pairs are settled: it is no one's duplicate any more. */
    private void dismissOthers(DuplicateCandidate merged, PersonMerged event) {
        // within the merge's PastScope: a pair is queued in the unit of its first record, which may be another town's
        List<DuplicateCandidate> others = DuplicateCandidate.getEntityManager().createNativeQuery(
                        "select * from duplicate_candidate where status = 'OPEN' and id <> :merged"
                                + " and (person_id = :retired or other_id = :retired)", DuplicateCandidate.class)
                .setParameter("merged", merged.id).setParameter("retired", event.retiredId()).getResultList();
        for (DuplicateCandidate other : others) {
            Map<String, Object> before = other.auditState();
            other.decide(DuplicateCandidate.Status.DISMISSED, caller.username(), clock.now(), event.reason());
            audit.changedFor(other, "DISMISS", before, other.decisionReasonMessage);
        }
    }

    public DuplicateCandidate dismiss(long candidateId, String ifMatch, String reason) {
        DuplicateCandidate c = open(candidateId, ifMatch);
        Map<String, Object> before = c.auditState();
        c.decide(DuplicateCandidate.Status.DISMISSED, caller.username(), clock.now(), reason);
        audit.changed(c, "DISMISS", before, reason);
        c.flush();
        return c;
    }

    private DuplicateCandidate open(long id, String ifMatch) {
        DuplicateCandidate c = find(id).orElseThrow(() -> ProblemException.notFound("duplicate.not-found", id));
        Versions.requireMatch(ifMatch, c.version);
        if (c.status != DuplicateCandidate.Status.OPEN) {
            throw ProblemException.conflict(c.status == DuplicateCandidate.Status.MERGED ? "duplicate.merged" : "duplicate.dismissed", id);
        }
        return c;
    }

    private static Person person(long id) {
        Person p = Person.findById(id);
        if (p == null) {
            throw ProblemException.notFound("person.not-found", id);
        }
        if (p.status != PersonStatus.ACTIVE) {
            throw ProblemException.conflict("person.retired", id);
        }
        return p;
    }

    /** The kept record takes what only the retired one knew. */
    private static void fillGaps(Person keep, Person retire) {
        if (keep.phone == null) {
            keep.phone = retire.phone;
        }
        if (keep.ethnicityCode == null) {
            keep.ethnicityCode = retire.ethnicityCode;
        }
        if (keep.maritalStatus == null) {
            keep.maritalStatus = retire.maritalStatus;
            keep.marriageDate = retire.marriageDate;
        }
        if (keep.fatherId == null) {
            keep.fatherId = retire.fatherId;
        }
        if (keep.motherId == null) {
            keep.motherId = retire.motherId;
        }
    }
}
