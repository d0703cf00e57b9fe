package fpms.household.service;

import fpms.audit.AuditTrail;
import fpms.common.error.ProblemException;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.scope.Caller;
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
import java.util.Map;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DuplicateCandidate> find(long id) {
        return DuplicateCandidate.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DuplicateCandidate> list(DuplicateCandidate.Status status, PageQuery paging) {
        Sort sort = paging.sort(Map.of("createdAt", "createdAt", "similarity", "similarity", "id", "id"), "id", Sort.Direction.Ascending);
        PanacheQuery<DuplicateCandidate> q = status == null ? DuplicateCandidate.findAll(sort)
                : DuplicateCandidate.find("status", sort, status);
        return new Page<>(q.page(paging.page, paging.size).list(), paging.page, paging.size, q.count());
    }

    /**
     * Keeps one record and retires the other with a pointer to it: its children, its place in a household (if the
     * kept one has none) and, through {@link PersonMerged}, every other feature's references move to the kept one.
     */
    public DuplicateCandidate merge(long candidateId, String ifMatch, long keepPersonId, String reason) {
        DuplicateCandidate c = open(candidateId, ifMatch);
        if (keepPersonId != c.personId && keepPersonId != c.otherId) {
            throw ProblemException.invalidField("keepPersonId", "duplicate.keep.one-of-pair", c.personId, c.otherId);
        }
        long retireId = keepPersonId == c.personId ? c.otherId : c.personId;
        Person keep = person(keepPersonId);
        Person retire = person(retireId);
        Map<String, Object> keepBefore = keep.auditState();
        Map<String, Object> retireBefore = retire.auditState();
        Long household = retire.householdId;
        var relation = retire.relation;
        Household.endStayOf(retire, clock.today(), MembershipEvent.RETIRE);
        if (keep.householdId == null && household != null) {
            Household h = Household.findById(household);
            if (h != null && h.status == Household.Status.ACTIVE) {
                h.admit(keep, relation, clock.today(), MembershipEvent.MERGE);
            }
        }
        fillGaps(keep, retire);
        Person.update("fatherId = ?1 where fatherId = ?2", keep.id, retire.id);
        Person.update("motherId = ?1 where motherId = ?2", keep.id, retire.id);
        retire.status = PersonStatus.RETIRED;
        retire.mergedIntoId = keep.id;
        merged.fire(new PersonMerged(keep.id, retire.id));
        c.decide(DuplicateCandidate.Status.MERGED, caller.username(), clock.now(), reason);
        DuplicateCandidate.update("status = ?1, decisionReason = ?2 where status = ?3 and id <> ?4 and (personId = ?5 or otherId = ?5)",
                DuplicateCandidate.Status.DISMISSED, "record " + retire.id + " was merged into " + keep.id,
                DuplicateCandidate.Status.OPEN, c.id, retire.id);
        audit.changed(keep, "MERGE_KEEP", keepBefore, reason);
        audit.changed(retire, "MERGE_RETIRE", retireBefore, reason);
        audit.changed(c, "MERGE", Map.of("status", "OPEN"), reason);
        c.flush();
        return c;
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
