package fpms.household;

import fpms.audit.Audited;
import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A household (户) of a village with its members. Every change of membership goes through this aggregate,
 * which keeps the members' current household and relation and the history of stays in step.
 */
@Entity
@Table(name = "household")
public class Household extends PanacheEntityBase implements Audited {

    @Schema(name = "HouseholdStatus", description = "ACTIVE, or CLOSED with a reason (never deleted)")
    public enum Status { ACTIVE, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
    public Long id;

    /** The village. */
    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HouseholdType type;

    @Column(name = "head_id")
    public Long headId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.ACTIVE;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** The reason the officer gave. */
    @Column(name = "closed_reason")
    public String closedReason;

    /** The reason the system gave (merged into another household), in the reader's language. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "closed_reason_message")
    public Message closedReasonMessage;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The current members, head first. */
    public List<Person> members() {
        return Person.list("householdId = ?1 and status = ?2 order by case when relation = ?3 then 0 else 1 end, birthDate",
                id, PersonStatus.ACTIVE, Relation.HEAD);
    }

    /** Takes a person in (from no household or from another one, whose stay then ends the same day). */
    public void admit(Person person, Relation relation, LocalDate on, MembershipEvent by) {
        requireActive();
        if (id.equals(person.householdId)) {
            throw ProblemException.conflict("household.member.already", person.name, code);
        }
        if (relation == Relation.HEAD && headId != null) {
            throw ProblemException.conflict("household.head.taken", code);
        }
        endStayOf(person, on, by);
        person.householdId = id;
        person.relation = relation;
        person.orgUnitId = orgUnitId;
        HouseholdMembership.begin(this, person, relation, on, by);
        if (relation == Relation.HEAD) {
            headId = person.id;
        }
    }

    /** Makes a member the head; the former head stays with the relation given. */
    public void changeHead(Person newHead, Relation formerHeadBecomes, LocalDate on) {
        requireActive();
        requireMember(newHead);
        if (newHead.id.equals(headId)) {
            throw ProblemException.conflict("household.head.already", newHead.name, code);
        }
        if (formerHeadBecomes == Relation.HEAD) {
            throw ProblemException.invalidField("formerHeadRelation", "household.former-head.relation");
        }
        if (headId != null) {
            Person former = Person.findById(headId);
            if (former != null) {
                relate(former, formerHeadBecomes, on);
            }
        }
        relate(newHead, Relation.HEAD, on);
        headId = newHead.id;
    }

    /** Closes the household for a reason the system writes (a catalogue message). */
    public void close(Message reason, LocalDate on) {
        close((String) null, on);
        closedReasonMessage = reason;
    }

    public String closedReasonIn(Locale locale) {
        return Message.textOr(closedReasonMessage, closedReason, locale);
    }

    /** Closes the household; it must have no members left. Nothing is deleted. */
    public void close(String reason, LocalDate on) {
        requireActive();
        if (Person.count("householdId = ?1 and status = ?2", id, PersonStatus.ACTIVE) > 0) {
            throw ProblemException.conflict("household.close.has-members", code);
        }
        status = Status.CLOSED;
        closedOn = on;
        closedReason = reason;
        headId = null;
    }

    /** The head leaves only as the last member (or with all the others): change the head first. */
    public void requireHeadMayLeave(Person person, int leavingTogether) {
        if (person.id.equals(headId) && Person.count("householdId = ?1 and status = ?2", id, PersonStatus.ACTIVE) > leavingTogether) {
            throw ProblemException.conflict("household.head.must-stay", person.name, code);
        }
    }

    public void requireMember(Person person) {
        if (!id.equals(person.householdId)) {
            throw ProblemException.ruleViolated("household.member.not", person.name, code);
        }
    }

    public void requireActive() {
        if (status != Status.ACTIVE) {
            throw ProblemException.conflict("household.closed", code);
        }
    }

    /** A member's relation to the head changes: the stay is split into two rows of history. */
    private void relate(Person person, Relation relation, LocalDate on) {
        HouseholdMembership current = HouseholdMembership.openStayOf(person);
        if (current != null) {
            current.end(on, MembershipEvent.RELATION_CHANGE);
        }
        person.relation = relation;
        HouseholdMembership.begin(this, person, relation, on, MembershipEvent.RELATION_CHANGE);
    }

    /** Ends the person's open stay (if any) in whatever household, and clears that household's head if it was them. */
    public static void endStayOf(Person person, LocalDate on, MembershipEvent by) {
        HouseholdMembership current = HouseholdMembership.openStayOf(person);
        if (current != null) {
            current.end(on, by);
        }
        if (person.householdId != null && person.relation == Relation.HEAD) {
            Household previous = Household.findById(person.householdId);
            if (previous != null && person.id.equals(previous.headId)) {
                previous.headId = null;
            }
        }
        person.householdId = null;
        person.relation = null;
    }

    @Override
    public String auditEntityType() {
        return "Household";
    }

    @Override
    public Object auditEntityId() {
        return id;
    }

    @Override
    public Long auditOrgUnitId() {
        return orgUnitId;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("orgUnitId", orgUnitId);
        s.put("code", code);
        s.put("address", address);
        s.put("type", type.name());
        s.put("headId", headId);
        s.put("status", status.name());
        s.put("closedOn", closedOn == null ? null : closedOn.toString());
        s.put("closedReason", closedReason);
        return s;
    }
}
