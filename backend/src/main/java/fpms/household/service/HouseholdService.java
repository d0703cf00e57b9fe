package fpms.household.service;

import fpms.audit.AuditTrail;
import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import fpms.common.jdbc.Like;
import fpms.common.paging.CappedCount;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.time.AppClock;
import fpms.common.version.Versions;
import fpms.household.Household;
import fpms.household.HouseholdMembership;
import fpms.household.HouseholdType;
import fpms.household.MembershipEvent;
import fpms.household.Person;
import fpms.household.Relation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Households of the caller's subtree and every change of their membership, each one transaction, audited. */
@ApplicationScoped
@Transactional
public class HouseholdService {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "address", "address", "createdAt", "createdAt", "id", "id");

    @Inject
    AuditTrail audit;

    @Inject
    AppClock clock;

    public record Filter(String q, String areaPath, HouseholdType type, Household.Status status) {

        /** The HQL condition on {@code h} (empty for everything) and its parameters; lists and exports share it. */
        public Condition condition() {
            List<String> where = new ArrayList<>();
            Map<String, Object> params = new java.util.HashMap<>();
            if (q != null && !q.isBlank()) {
                where.add("(h.code like :prefix" + Like.ESCAPE + " or h.address like :contains" + Like.ESCAPE
                        + " or h.headId in (select p.id from Person p where p.name like :contains" + Like.ESCAPE + "))");
                params.put("prefix", Like.prefix(q.trim()));
                params.put("contains", Like.contains(q.trim()));
            }
            if (areaPath != null) {
                where.add("h.orgUnitId in (select o.id from OrgUnit o where o.path like :path)");
                params.put("path", areaPath + "%");
            }
            if (type != null) {
                where.add("h.type = :type");
                params.put("type", type);
            }
            if (status != null) {
                where.add("h.status = :status");
                params.put("status", status);
            }
            return new Condition(String.join(" and ", where), params);
        }
    }

    public record Condition(String where, Map<String, Object> params) {
    }

    /** A member and the relation they will have to the head. */
    public record Member(long personId, Relation relation) {
    }

    @Transactional
    public Optional<Household> find(long id) {
        return Household.findByIdOptional(id);
    }

    @Transactional
    public Page<Household> list(Filter f, PageQuery paging) {
        Condition c = f.condition();
        Sort sort = paging.sort(SORTABLE, "code", Sort.Direction.Ascending);
        String from = "from Household h" + (c.where().isEmpty() ? "" : " where " + c.where());
        PanacheQuery<Household> q = Household.find(from, sort, c.params());
        return CappedCount.page(q.page(paging.page, paging.size).list(), paging, Household.class, from, c.params());
    }

    /** The number of active members of each of the given households. */
    @Transactional
    public Map<Long, Long> memberCounts(List<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Person.getEntityManager().createQuery(
                "select p.householdId, count(p) from Person p where p.householdId in ?1 and p.status = fpms.household.PersonStatus.ACTIVE"
                        + " group by p.householdId", Object[].class).setParameter(1, householdIds).getResultList();
        return rows.stream().collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** Every stay in the household, past and present, oldest first. */
    @Transactional
    public List<HouseholdMembership> history(long householdId) {
        return HouseholdMembership.list("householdId = ?1 order by joinedOn, id", householdId);
    }

    public Household create(long villageId, String code, String address, HouseholdType type) {
        Household h = new Household();
        h.orgUnitId = PersonService.village(villageId).id;
        requireFreeCode(h.orgUnitId, code, null);
        h.code = code;
        h.address = address;
        h.type = type;
        h.createdAt = clock.now();
        h.persist();
        audit.created(h, "CREATE");
        return h;
    }

    public Household update(long id, String ifMatch, String code, String address, HouseholdType type) {
        Household h = current(id, ifMatch);
        h.requireActive();
        requireFreeCode(h.orgUnitId, code, h.id);
        Map<String, Object> before = h.auditState();
        h.code = code;
        h.address = address;
        h.type = type;
        audit.changed(h, "UPDATE", before, null);
        return flushed(h);
    }

    /** Takes a person who is in no household into this one. */
    public Household addMember(long id, String ifMatch, Member member) {
        Household h = current(id, ifMatch);
        Person p = person(member.personId());
        if (p.householdId != null) {
            throw ProblemException.conflict("household.member.elsewhere", p.name);
        }
        admit(h, p, member.relation(), MembershipEvent.ADD);
        return flushed(h);
    }

    /** Moves a member of this household into another one; the head moves only as the last member. */
    public Household moveMember(long id, String ifMatch, long personId, long toHouseholdId, Relation relation) {
        Household from = current(id, ifMatch);
        Person p = person(personId);
        from.requireMember(p);
        from.requireHeadMayLeave(p, 1);
        Household to = Household.<Household>findByIdOptional(toHouseholdId)
                .orElseThrow(() -> ProblemException.invalidField("toHouseholdId", "household.not-in-area", toHouseholdId));
        Map<String, Object> fromBefore = from.auditState();
        admit(to, p, relation, MembershipEvent.MOVE);
        audit.changedFor(from, "MEMBER_LEFT", fromBefore, Message.of("audit.reason.member-moved", p.name, to.code));
        return flushed(from);
    }

    public Household changeHead(long id, String ifMatch, long personId, Relation formerHeadBecomes) {
        Household h = current(id, ifMatch);
        Person newHead = person(personId);
        Map<String, Object> before = h.auditState();
        h.changeHead(newHead, formerHeadBecomes, clock.today());
        audit.changed(h, "CHANGE_HEAD", before, null);
        return flushed(h);
    }

    /** Splits members off into a new household of the same village, with one of them as its head. */
    public Household split(long id, String ifMatch, String code, String address, List<Member> members) {
        Household from = current(id, ifMatch);
        from.requireActive();
        long heads = members.stream().filter(m -> m.relation() == Relation.HEAD).count();
        if (heads != 1) {
            throw ProblemException.invalidField("members", "household.split.one-head");
        }
        List<Person> persons = members.stream().map(m -> person(m.personId())).toList();
        persons.forEach(p -> {
            from.requireMember(p);
            from.requireHeadMayLeave(p, persons.size());
        });
        Household to = create(from.orgUnitId, code, address, from.type);
        Map<String, Object> fromBefore = from.auditState();
        for (int i = 0; i < members.size(); i++) {
            admit(to, persons.get(i), members.get(i).relation(), MembershipEvent.SPLIT);
        }
        audit.changedFor(from, "SPLIT", fromBefore, Message.of("audit.reason.split", members.size(), to.code));
        return flushed(to);
    }

    /** Merges another household into this one: its members join (as OTHER unless told), and it is closed. */
    public Household merge(long id, String ifMatch, long fromHouseholdId, Map<Long, Relation> relations, String reason) {
        Household into = current(id, ifMatch);
        into.requireActive();
        if (fromHouseholdId == id) {
            throw ProblemException.invalidField("fromHouseholdId", "household.merge.same");
        }
        Household from = Household.<Household>findByIdOptional(fromHouseholdId)
                .orElseThrow(() -> ProblemException.invalidField("fromHouseholdId", "household.not-in-area", fromHouseholdId));
        from.requireActive();
        Map<String, Object> fromBefore = from.auditState();
        for (Person p : from.members()) {
            Relation r = relations.getOrDefault(p.id, Relation.OTHER);
            if (r == Relation.HEAD) {
                throw ProblemException.invalidField("relations", "household.merge.keeps-head");
            }
            admit(into, p, r, MembershipEvent.MERGE);
        }
        Message mergedInto = Message.of("audit.reason.merged-into-household", into.code);
        if (reason == null) {
            from.close(mergedInto, clock.today());
        } else {
            from.close(reason, clock.today());
        }
        audit.changedFor(from, "MERGED_INTO", fromBefore, mergedInto);
        return flushed(into);
    }

    public Household close(long id, String ifMatch, String reason) {
        Household h = current(id, ifMatch);
        Map<String, Object> before = h.auditState();
        h.close(reason, clock.today());
        audit.changed(h, "CLOSE", before, reason);
        return flushed(h);
    }

    private void admit(Household h, Person p, Relation relation, MembershipEvent by) {
        Map<String, Object> personBefore = p.auditState();
        Map<String, Object> householdBefore = h.auditState();
        h.admit(p, relation, clock.today(), by);
        audit.changedFor(p, "JOIN_HOUSEHOLD", personBefore, Message.of("audit.reason.joined-household", by.label(), h.code));
        if (relation == Relation.HEAD) {
            audit.changed(h, "CHANGE_HEAD", householdBefore, null);
        }
    }

    private Household current(long id, String ifMatch) {
        Household h = find(id).orElseThrow(() -> ProblemException.notFound("household.not-found", id));
        Versions.requireMatch(ifMatch, h.version);
        // every operation bumps the household's version, membership changes too: concurrent ones cannot both win
        Household.getEntityManager().lock(h, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return h;
    }

    private static Person person(long id) {
        Person p = Person.findById(id);
        if (p == null || p.status != fpms.household.PersonStatus.ACTIVE) {
            throw ProblemException.invalidField("personId", "person.not-in-area", id);
        }
        return p;
    }

    private static void requireFreeCode(long villageId, String code, Long self) {
        Household same = Household.find("orgUnitId = ?1 and code = ?2", villageId, code).firstResult();
        if (same != null && !same.id.equals(self)) {
            throw ProblemException.conflict("household.code.taken", code);
        }
    }

    private static Household flushed(Household h) {
        h.flush(); // so that the answer carries the new version
        return h;
    }
}
