package fpms.household.service;

import fpms.audit.AuditTrail;
import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import fpms.common.jdbc.CustomPlans;
import fpms.common.paging.CappedCount;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.scope.Caller;
import fpms.common.scope.PastScope;
import fpms.common.time.AppClock;
import fpms.common.version.Versions;
import fpms.common.web.Texts;
import fpms.household.Household;
import fpms.household.IdNumber;
import fpms.household.Masking;
import fpms.household.MembershipEvent;
import fpms.household.Person;
import fpms.household.Relation;
import fpms.household.ResidenceStatus;
import fpms.household.Sex;
import fpms.org.OrgLevel;
import fpms.org.OrgUnit;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The person register within the caller's subtree: search, create, edit, residence moves, and audited reveals. */
@ApplicationScoped
@Transactional
public class PersonService {

    @Inject
    AppClock clock;

    @Inject
    PastScope pastScope;

    @Inject
    Caller caller;

    @ConfigProperty(name = "fpms.register.outside-lookups-per-day", defaultValue = "50")
    int outsideLookupsPerDay;

    @Inject
    AuditTrail audit;

    @Inject
    DuplicateFinder duplicates;

    @Transactional
    public Optional<Person> find(long id) {
        return Person.findByIdOptional(id);
    }

    public Person require(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("person.not-found", id));
    }

    /** A name search that finds less than a page also tries names with one character wrong (a typo). */
    @Transactional
    public Page<Person> search(PersonSearch search, PageQuery paging) {
        CustomPlans.forThisTransaction(Person.getEntityManager());
        Page<Person> page = searchOnce(search, paging);
        if (search.byName() && !search.typos() && paging.page == 0 && page.total() < paging.size) {
            return searchOnce(search.withTypos(), paging);
        }
        return page;
    }

    private Page<Person> searchOnce(PersonSearch search, PageQuery paging) {
        if (search.byName()) {
            return byName(search, paging);
        }
        PersonSearch.Query q = search.toQuery(clock.today(), paging);
        PanacheQuery<Person> page = Person.find(q.statement() + " order by " + q.orderBy(), q.params());
        List<Person> items = page.page(paging.page, paging.size).list();
        return CappedCount.page(items, paging, Person.class, q.statement(), q.params());
    }

    /**
     * A name matches a few persons in a village but thousands in a province (王春: 6 500): such a search shows the best
     * {@link PersonSearch#NAME_MATCHES_SHOWN} it finds, ranked and paged, and says that it stopped ({@code totalCapped})
     * — the officer narrows it with a village or the whole name. Only the page's persons are read from the table.
     */
    private Page<Person> byName(PersonSearch search, PageQuery paging) {
        PersonSearch.Query q = search.nameMatches(clock.today(), paging, caller.orgUnitPathOrNull());
        jakarta.persistence.Query matches = Person.getEntityManager().createNativeQuery(q.statement());
        q.params().forEach(matches::setParameter);
        @SuppressWarnings("unchecked")
        List<Long> ids = ((List<Number>) matches.getResultList()).stream().map(Number::longValue).toList();
        boolean capped = ids.size() > PersonSearch.NAME_MATCHES_SHOWN;
        List<Long> shown = capped ? ids.subList(0, PersonSearch.NAME_MATCHES_SHOWN) : ids;
        List<Person> items;
        if (paging.sort == null) { // ranked: the page is a slice of the ids
            int from = (int) Math.min(shown.size(), (long) paging.page * paging.size);
            List<Long> pageIds = shown.subList(from, Math.min(shown.size(), from + paging.size));
            Map<Long, Person> byId = new HashMap<>();
            if (!pageIds.isEmpty()) {
                Person.<Person>list("id in ?1", pageIds).forEach(p -> byId.put(p.id, p));
            }
            items = pageIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        } else {
            String orderBy = PersonSearch.pageOrder(paging);
            items = shown.isEmpty() ? List.of() : Person.<Person>find("from Person p where p.id in :shown order by " + orderBy,
                    Map.<String, Object>of("shown", shown)).page(paging.page, paging.size).list();
        }
        return new Page<>(items, paging.page, paging.size, shown.size(), capped ? Boolean.TRUE : null);
    }

    /** How many active children the register records for this mother, in any village (past the scope, audited). */
    public int registeredChildrenOf(long motherId) {
        return pastScope.run(PastScope.Reason.FAMILY_HISTORY, () -> ((Number) Person.getEntityManager()
                .createNativeQuery("select count(*) from person where mother_id = :m and status = 'ACTIVE'")
                .setParameter("m", motherId).getSingleResult()).intValue());
    }

    /**
     * The path of a village or town filter, which must be in the caller's subtree; without one, the caller's own:
     * every list names its area, so that the planner reads the area's range of the indexes led by the org unit
     * (row-level security alone filters whatever the plan reads; see OrgScope).
     */
    @Transactional
    public String areaPath(Long orgUnitId) {
        if (orgUnitId == null) {
            return caller.orgUnitPathOrNull();
        }
        OrgUnit unit = OrgUnit.findById(orgUnitId);
        if (unit == null) {
            throw ProblemException.invalidField("orgUnitId", "org-unit.not-in-area", orgUnitId);
        }
        return unit.path;
    }

    /** Registers a person; one person per ID number (409 naming the existing record). Probable duplicates go to review. */
    public Person create(PersonChanges c) {
        if (c.idNumber() == null || c.idNumber().isBlank()) {
            throw ProblemException.invalidField("idNumber", "field.required");
        }
        IdNumber id = PersonRules.identity(c.idNumber(), c.birthDate(), c.sex(), clock.today());
        requireUnique(id.value(), null);
        Person p = new Person();
        p.idNumber = id.value();
        p.birthDate = id.birthDate();
        p.sex = id.sex();
        p.createdAt = clock.now();
        apply(p, c);
        Household household = c.householdId() == null ? null : household(c.householdId());
        p.orgUnitId = household != null ? household.orgUnitId : village(c.orgUnitId()).id;
        PersonRules.dates(p, clock.today());
        p.persist();
        audit.created(p, "CREATE");
        if (household != null) {
            join(household, p, c.relation() == null ? Relation.OTHER : c.relation());
        }
        duplicates.checkNew(p);
        return p;
    }

    /** Edits a person's details (not the household: members move through the household operations). */
    public Person update(long personId, String ifMatch, PersonChanges c) {
        Person p = require(personId);
        Versions.requireMatch(ifMatch, p.version);
        Map<String, Object> before = p.auditState();
        String number = c.idNumber() == null || c.idNumber().isBlank() ? p.idNumber : c.idNumber();
        if (number != null) { // a child registered at its birth has none yet: its birth date and sex stay as recorded
            IdNumber id = PersonRules.identity(number, c.birthDate(), c.sex(), clock.today());
            if (!id.value().equals(p.idNumber)) {
                requireUnique(id.value(), p.id);
            }
            p.idNumber = id.value();
            p.birthDate = id.birthDate();
            p.sex = id.sex();
        }
        apply(p, c);
        if (c.orgUnitId() != null && p.householdId == null) {
            p.orgUnitId = village(c.orgUnitId()).id;
        }
        PersonRules.dates(p, clock.today());
        audit.changed(p, "UPDATE", before, null);
        p.flush();
        return p;
    }

    /** A purpose of a reveal is said in words: at least this many visible characters. */
    static final int PURPOSE_MIN_VISIBLE = 4;

    /** The full ID number and phone, for a role that needs them; every such read is audited with its purpose. */
    public Person reveal(long personId, String purpose) {
        if (Texts.visibleCount(purpose) < PURPOSE_MIN_VISIBLE) {
            throw ProblemException.invalidField("purpose", "person.reveal.purpose", PURPOSE_MIN_VISIBLE);
        }
        Person p = require(personId);
        audit.changed(p, "READ_IDENTITY", p.auditState(), purpose);
        return p;
    }

    private void join(Household household, Person p, Relation relation) {
        Map<String, Object> householdBefore = household.auditState();
        Map<String, Object> before = p.auditState();
        household.admit(p, relation, clock.today(), MembershipEvent.CREATE);
        audit.changed(p, "JOIN_HOUSEHOLD", before, null);
        if (relation == Relation.HEAD) {
            audit.changed(household, "CHANGE_HEAD", householdBefore, null);
        }
    }

    private void apply(Person p, PersonChanges c) {
        p.name = c.name().trim();
        p.ethnicityCode = c.ethnicityCode();
        if (c.phone() != null) { // left out of an update: the phone stays, as the ID number does
            p.phone = Texts.blankToNull(c.phone());
        }
        p.maritalStatus = c.maritalStatus();
        p.marriageDate = c.marriageDate();
        p.residenceStatus = c.residenceStatus() == null ? ResidenceStatus.REGISTERED : c.residenceStatus();
        p.originRegion = c.originRegion();
        p.arrivalDate = c.arrivalDate();
        p.stayUntil = c.stayUntil();
        p.destination = c.destination();
        p.departureDate = c.departureDate();
        p.deathDate = c.deathDate();
        p.fatherId = parent("fatherId", c.fatherId(), Sex.MALE, p);
        p.motherId = parent("motherId", c.motherId(), Sex.FEMALE, p);
        if (c.ethnicityCode() != null && fpms.household.Ethnicity.findById(c.ethnicityCode()) == null) {
            throw ProblemException.invalidField("ethnicityCode", "person.ethnicity.unknown");
        }
    }

    private Long parent(String field, Long parentId, Sex sex, Person child) {
        if (parentId == null) {
            return null;
        }
        Person parent = Person.findById(parentId);
        if (parent == null) {
            throw ProblemException.invalidField(field, "person.not-in-area", parentId);
        }
        PersonRules.parent(field, parent, sex, child);
        return parent.id;
    }

    private static Household household(long id) {
        Household h = Household.findById(id);
        if (h == null) {
            throw ProblemException.invalidField("householdId", "household.not-in-area", id);
        }
        h.requireActive();
        return h;
    }

    static OrgUnit village(Long orgUnitId) {
        if (orgUnitId == null) {
            throw ProblemException.invalidField("orgUnitId", "person.org-unit.required");
        }
        OrgUnit unit = OrgUnit.findById(orgUnitId);
        if (unit == null) {
            throw ProblemException.invalidField("orgUnitId", "org-unit.not-in-area", orgUnitId);
        }
        if (unit.level != OrgLevel.VILLAGE) {
            throw ProblemException.invalidField("orgUnitId", "person.org-unit.village");
        }
        return unit;
    }

    /**
     * One active person per ID number across the whole register; the answer names the record the caller can see. A
     * number registered outside the caller's area is answered too (409), but audited as a lookup, and after
     * {@code fpms.register.outside-lookups-per-day} of them a user's checks wait for the next day (429).
     */
    private void requireUnique(String idNumber, Long self) {
        requireLookupsLeft();
        Object[] existing = pastScope.run(PastScope.Reason.DUPLICATE_ID, () -> (Object[]) Person.getEntityManager()
                .createNativeQuery("select id, name from person where id_number = :id and status = 'ACTIVE'")
                .setParameter("id", idNumber).getResultStream().findFirst().orElse(null));
        if (existing == null || ((Number) existing[0]).longValue() == (self == null ? -1 : self)) {
            return;
        }
        long existingId = ((Number) existing[0]).longValue();
        if (Person.findById(existingId) != null) {
            throw ProblemException.conflict("person.id-number.registered", Masking.idNumber(idNumber), existingId, existing[1]);
        }
        audit.lookedUpOutside("Person", existingId, Message.of("audit.reason.looked-up-outside", Masking.idNumber(idNumber)));
        throw ProblemException.conflict("person.id-number.registered-elsewhere", Masking.idNumber(idNumber));
    }

    private void requireLookupsLeft() {
        long today = ((Number) Person.getEntityManager().createNativeQuery(
                        "select count(*) from audit_event where actor = :actor and occurred_at >= :since and action = :action")
                .setParameter("actor", caller.username())
                .setParameter("since", clock.today().atStartOfDay(clock.zone()).toInstant())
                .setParameter("action", AuditTrail.LOOKUP_OUTSIDE)
                .getSingleResult()).longValue();
        if (today >= outsideLookupsPerDay) {
            long seconds = Duration.between(clock.now(), clock.today().plusDays(1).atStartOfDay(clock.zone())).toSeconds();
            throw ProblemException.tooMany(seconds, "person.lookups-outside.exhausted", outsideLookupsPerDay);
        }
    }
}
