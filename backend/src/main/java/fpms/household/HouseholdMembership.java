package fpms.household;

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
import java.time.LocalDate;

/** One stay of a person in a household, from the day they joined to the day they left (open while they are in it). */
@Entity
@Table(name = "household_membership")
public class HouseholdMembership extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_membership_seq")
    @SequenceGenerator(name = "household_membership_seq", sequenceName = "household_membership_seq", allocationSize = 50)
    public Long id;

    @Column(name = "household_id", nullable = false)
    public Long householdId;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Relation relation;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "joined_by", nullable = false)
    public MembershipEvent joinedBy;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "left_by")
    public MembershipEvent leftBy;

    static HouseholdMembership begin(Household household, Person person, Relation relation, LocalDate on, MembershipEvent by) {
        HouseholdMembership m = new HouseholdMembership();
        m.householdId = household.id;
        m.personId = person.id;
        m.orgUnitId = household.orgUnitId;
        m.relation = relation;
        m.joinedOn = on;
        m.joinedBy = by;
        m.persist();
        return m;
    }

    /** The person's current stay, if they are in a household. */
    static HouseholdMembership openStayOf(Person person) {
        return find("personId = ?1 and leftOn is null", person.id).firstResult();
    }

    void end(LocalDate on, MembershipEvent by) {
        leftOn = on;
        leftBy = by;
    }
}
