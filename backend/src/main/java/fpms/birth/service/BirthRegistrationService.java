package fpms.birth.service;

import fpms.audit.AuditTrail;
import fpms.birth.BirthRegistration;
import fpms.birth.BirthRegistrationAction;
import fpms.birth.BirthRegistrationKind;
import fpms.birth.BirthRegistrationStatus;
import fpms.birth.BirthRegistrationStep;
import fpms.birth.Channel;
import fpms.birth.Deadline;
import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import fpms.common.paging.CappedCount;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.scope.Caller;
import fpms.common.scope.PastScope;
import fpms.common.time.AppClock;
import fpms.common.time.DateBounds;
import fpms.common.time.OfficialCalendar;
import fpms.common.time.WorkingDays;
import fpms.common.version.Versions;
import fpms.household.Person;
import fpms.household.PersonStatus;
import fpms.household.Sex;
import fpms.household.service.PersonService;
import fpms.org.Role;
import fpms.pregnancy.Pregnancy;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Birth registrations and approvals of the caller's subtree: submission with its checks, each step of the procedure
 * (one transaction each, with its timeline entry and audit event), the list and worklists.
 */
@ApplicationScoped
@Transactional
public class BirthRegistrationService {

    private static final Map<String, String> SORTABLE = Map.of("dueOn", "dueOn", "submittedOn", "submittedOn", "id", "id");

    @Inject
    AuditTrail audit;

    @Inject
    PastScope pastScope;

    @Inject
    PersonService persons;

    @Inject
    AppClock clock;

    @Inject
    Caller caller;

    @Inject
    OfficialCalendar calendar;

    @Inject
    RegistrationNumbers numbers;

    @Inject
    Places places;

    @Inject
    Parents parents;

    /** What an applicant sends; the kind follows from the child order. */
    public record Application(long fatherId, long motherId, LocalDate marriageDate, int childOrder, String childOrderReason, Channel channel,
            Long pregnancyId) {
    }

    /** How many children the register knows of a mother, and the order of her next one. */
    public record ChildOrderHint(long motherId, int childrenInRegister, int childOrder, BirthRegistrationKind kind) {
    }

    @Transactional
    public Optional<BirthRegistration> find(long id) {
        return BirthRegistration.findByIdOptional(id);
    }

    public BirthRegistration require(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("birth.not-found", id));
    }

    @Transactional
    public Page<BirthRegistration> list(BirthRegistrationSearch search, PageQuery paging) {
        LocalDate today = clock.today();
        BirthRegistrationSearch.Condition c = search.condition(today, Deadline.soonUntil(today, calendarAround(today)));
        Sort sort = paging.sort(SORTABLE, "dueOn", Sort.Direction.Ascending);
        String from = "from BirthRegistration r" + (c.where().isEmpty() ? "" : " where " + c.where());
        PanacheQuery<BirthRegistration> q = BirthRegistration.find(from, sort, c.params());
        return CappedCount.page(q.page(paging.page, paging.size).list(), paging, BirthRegistration.class, from, c.params());
    }

    /** Each application's deadline as of today (the calendar read once for all of them). */
    @Transactional
    public Function<BirthRegistration, Deadline> deadlines() {
        LocalDate today = clock.today();
        WorkingDays days = calendarAround(today);
        return r -> r.deadline(today, days);
    }

    /**
     * Whether an application's due date was counted across a year whose holiday arrangement is not entered (Monday to
     * Friday there, holidays unknown); the calendar read once for all of them.
     */
    @Transactional
    public Predicate<BirthRegistration> countedWeekdaysOnly(Collection<BirthRegistration> registrations) {
        if (registrations.isEmpty()) {
            return r -> false;
        }
        int from = registrations.stream().mapToInt(r -> r.submittedOn.plusDays(1).getYear()).min().orElseThrow();
        int to = registrations.stream().mapToInt(r -> r.dueOn.getYear()).max().orElseThrow();
        Set<Integer> unarranged = calendar.unarrangedYears(from, to);
        return r -> IntStream.rangeClosed(r.submittedOn.plusDays(1).getYear(), r.dueOn.getYear()).anyMatch(unarranged::contains);
    }

    @Transactional
    public List<BirthRegistrationStep> steps(long registrationId) {
        return BirthRegistrationStep.of(registrationId);
    }

    @Transactional
    public ChildOrderHint childOrderHint(long motherId) {
        Person mother = person("motherId", motherId);
        if (mother.sex != Sex.FEMALE) {
            throw ProblemException.invalidField("motherId", "birth.mother.female", mother.name);
        }
        int children = persons.registeredChildrenOf(motherId);
        return new ChildOrderHint(motherId, children, children + 1, BirthRegistrationKind.forChildOrder(children + 1));
    }

    public BirthRegistration submit(Application a) {
        Person father = person("fatherId", a.fatherId());
        Person mother = person("motherId", a.motherId());
        if (father.sex != Sex.MALE) {
            throw ProblemException.invalidField("fatherId", "birth.father.male", father.name);
        }
        if (mother.sex != Sex.FEMALE) {
            throw ProblemException.invalidField("motherId", "birth.mother.female", mother.name);
        }
        requireMarriedAfterBirths(a.marriageDate(), father.name, father.birthDate, mother.name, mother.birthDate);
        Channel channel = channel(a.channel());
        requireNoOther(mother.id, mother.name, a.childOrder(), null);
        String orderReason = childOrderReason(mother.id, a.childOrder(), a.childOrderReason());
        Long pregnancyId = pregnancyOf(mother.id, a.pregnancyId());
        LocalDate today = clock.today();
        BirthRegistration r = BirthRegistration.submitted(mother.orgUnitId, father.id, mother.id, a.marriageDate(), a.childOrder(),
                channel, pregnancyId, today, dueFrom(today), clock.now());
        r.childOrderReason = orderReason;
        r.persist();
        BirthRegistrationStep.record(r, BirthRegistrationAction.SUBMIT, null, null, caller.username(), clock.now());
        audit.created(r, "SUBMIT");
        return r;
    }

    /** A returned registration comes back, with the marriage date or child order (and its reason) corrected where given. */
    public BirthRegistration resubmit(long id, String ifMatch, LocalDate marriageDate, Integer childOrder, String childOrderReason,
            String note) {
        BirthRegistration r = current(id, ifMatch);
        r.requireAllowed(BirthRegistrationAction.RESUBMIT);
        int order = childOrder == null ? r.childOrder : childOrder;
        if (BirthRegistrationKind.forChildOrder(order) != r.kind) {
            throw ProblemException.invalidField("childOrder", "birth.child-order.other-kind");
        }
        LocalDate married = marriageDate == null ? r.marriageDate : marriageDate;
        Map<Long, Parents.Parent> couple = parents.of(List.of(r.fatherId, r.motherId));
        Parents.Parent father = couple.get(r.fatherId);
        Parents.Parent mother = couple.get(r.motherId);
        requireMarriedAfterBirths(married, father.name(), father.birthDate(), mother.name(), mother.birthDate());
        requireNoOther(r.motherId, mother.name(), order, r.id);
        String orderReason = childOrderReason(r.motherId, order, childOrderReason == null ? r.childOrderReason : childOrderReason);
        Map<String, Object> before = r.auditState();
        LocalDate today = clock.today();
        r.resubmit(married, order, today, dueFrom(today));
        r.childOrderReason = orderReason;
        return stepped(r, BirthRegistrationAction.RESUBMIT, before, note, note);
    }

    public BirthRegistration register(long id, String ifMatch, String remark) {
        BirthRegistration r = current(id, ifMatch);
        r.requireAllowed(BirthRegistrationAction.REGISTER);
        Map<String, Object> before = r.auditState();
        LocalDate today = clock.today();
        r.register(numbers.next(places.of(r.orgUnitId), today.getYear()), today, remark);
        return stepped(r, BirthRegistrationAction.REGISTER, before, remark, remark == null ? r.number : remark);
    }

    public BirthRegistration returnToApplicant(long id, String ifMatch, String reason) {
        BirthRegistration r = current(id, ifMatch);
        Map<String, Object> before = r.auditState();
        r.returnToApplicant(reason, clock.today());
        return stepped(r, BirthRegistrationAction.RETURN, before, reason, reason);
    }

    public BirthRegistration villageReview(long id, String ifMatch, String opinion) {
        BirthRegistration r = current(id, ifMatch);
        Map<String, Object> before = r.auditState();
        r.villageReview(opinion, clock.today());
        return stepped(r, BirthRegistrationAction.VILLAGE_REVIEW, before, opinion, opinion);
    }

    public BirthRegistration approve(long id, String ifMatch, String remark) {
        BirthRegistration r = current(id, ifMatch);
        r.requireAllowed(BirthRegistrationAction.APPROVE);
        Map<String, Object> before = r.auditState();
        LocalDate today = clock.today();
        r.approve(numbers.next(places.of(r.orgUnitId), today.getYear()), today, remark);
        return stepped(r, BirthRegistrationAction.APPROVE, before, remark, remark == null ? r.number : remark);
    }

    public BirthRegistration reject(long id, String ifMatch, String reason) {
        BirthRegistration r = current(id, ifMatch);
        Map<String, Object> before = r.auditState();
        r.reject(reason, clock.today());
        return stepped(r, BirthRegistrationAction.REJECT, before, reason, reason);
    }

    private BirthRegistration stepped(BirthRegistration r, BirthRegistrationAction action, Map<String, Object> before,
            String remark, String auditReason) {
        BirthRegistrationStep.record(r, action, BirthRegistrationStatus.valueOf((String) before.get("status")), remark,
                caller.username(), clock.now());
        audit.changed(r, action.name(), before, auditReason);
        r.flush(); // so that the answer carries the new version
        return r;
    }

    private BirthRegistration current(long id, String ifMatch) {
        BirthRegistration r = require(id);
        Versions.requireMatch(ifMatch, r.version);
        return r;
    }

    private LocalDate dueFrom(LocalDate submittedOn) {
        return calendar.workingDaysAfter(submittedOn, BirthRegistration.REVIEW_WORKING_DAYS);
    }

    private WorkingDays calendarAround(LocalDate today) {
        return calendar.around(today, today);
    }

    /**
     * The client decides the child order, and with it registration or approval: one other than her registered children + 1
     * needs a reason, kept and shown to the reviewer; the register's order keeps none.
     */
    private String childOrderReason(long motherId, int childOrder, String reason) {
        int children = persons.registeredChildrenOf(motherId);
        if (childOrder == children + 1) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("childOrderReason", "birth.child-order.reason", children);
        }
        return reason.trim();
    }

    /** The pregnancy the birth follows: one of the mother's in the caller's area (404 outside it, 422 another woman's). */
    private static Long pregnancyOf(long motherId, Long pregnancyId) {
        if (pregnancyId == null) {
            return null;
        }
        Pregnancy p = Pregnancy.<Pregnancy>findByIdOptional(pregnancyId)
                .orElseThrow(() -> ProblemException.notFound("pregnancy.not-found", pregnancyId));
        if (p.personId != motherId) {
            throw ProblemException.ruleViolatedOn("pregnancyId", "birth.pregnancy.other-mother");
        }
        return p.id;
    }

    /** An outside system applies online; staff take applications at the office unless they say otherwise. */
    private Channel channel(Channel asked) {
        boolean staff = caller.roles().contains(Role.Names.VILLAGE_WORKER) || caller.roles().contains(Role.Names.TOWN_OFFICER);
        if (!staff) {
            if (asked == Channel.OFFICE) {
                throw ProblemException.invalidField("channel", "birth.channel.online-only");
            }
            return Channel.ONLINE;
        }
        return asked == null ? Channel.OFFICE : asked;
    }

    /** A person of the register in the caller's subtree (404 otherwise), not a retired duplicate. */
    private static Person person(String field, long id) {
        Person p = Person.findById(id);
        if (p == null) {
            throw ProblemException.notFound("person.not-found", id);
        }
        if (p.status != PersonStatus.ACTIVE) {
            throw ProblemException.invalidField(field, "birth.person.retired", p.name, p.mergedIntoId);
        }
        return p;
    }

    private void requireMarriedAfterBirths(LocalDate married, String fatherName, LocalDate fatherBorn, String motherName, LocalDate motherBorn) {
        DateBounds.notFuture("marriageDate", married, clock.today());
        if (!married.isAfter(fatherBorn)) {
            throw ProblemException.invalidField("marriageDate", "birth.marriage-date.before-birth", fatherName, fatherBorn);
        }
        if (!married.isAfter(motherBorn)) {
            throw ProblemException.invalidField("marriageDate", "birth.marriage-date.before-birth", motherName, motherBorn);
        }
    }

    /**
     * One open application per mother and child order, and none once that child is registered or approved (409 naming
     * it). Read past the data scope (audited): an application of the village the mother lived in before still counts.
     */
    private void requireNoOther(long motherId, String motherName, int childOrder, Long self) {
        @SuppressWarnings("unchecked")
        List<Object[]> others = pastScope.run(PastScope.Reason.FAMILY_HISTORY, () -> BirthRegistration.getEntityManager()
                .createNativeQuery("select id, status, number from birth_registration where mother_id = :mother and child_order = :order"
                        + " and status in ('SUBMITTED', 'VILLAGE_REVIEWED', 'REGISTERED', 'APPROVED') and id <> :self order by id")
                .setParameter("mother", motherId).setParameter("order", childOrder).setParameter("self", self == null ? -1L : self)
                .getResultList());
        for (Object[] other : others) {
            BirthRegistrationStatus status = BirthRegistrationStatus.valueOf((String) other[1]);
            if (status.open()) {
                throw ProblemException.conflict("birth.open.exists", childOrder, motherName, ((Number) other[0]).longValue(),
                        Message.of("birth-status." + status.name()));
            }
            throw ProblemException.conflict("birth.granted.exists", childOrder, motherName, other[2]);
        }
    }
}
