package fpms.household;

import fpms.audit.Audited;
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
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person of the register, identified by the ID number; belongs to a village and, normally, to one household. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase implements Audited {

    /** Women of these ages (inclusive) are of childbearing age. */
    public static final int CHILDBEARING_FROM = 15;
    public static final int CHILDBEARING_TO = 49;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    public Long id;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(name = "household_id")
    public Long householdId;

    @Enumerated(EnumType.STRING)
    public Relation relation;

    @Column(nullable = false)
    public String name;

    @Column(name = "id_number")
    public String idNumber;

    /** Maintained by the database (a generated column) for searches by the end of the name (the given name). */
    @Column(name = "name_reversed", insertable = false, updatable = false)
    public String nameReversed;

    /** Maintained by the database (a generated column) for searches by the tail of the number. */
    @Column(name = "id_number_reversed", insertable = false, updatable = false)
    public String idNumberReversed;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(name = "ethnicity_code")
    public String ethnicityCode;

    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "marital_status")
    public MaritalStatus maritalStatus;

    @Column(name = "marriage_date")
    public LocalDate marriageDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "residence_status", nullable = false)
    public ResidenceStatus residenceStatus = ResidenceStatus.REGISTERED;

    @Column(name = "origin_region")
    public String originRegion;

    @Column(name = "arrival_date")
    public LocalDate arrivalDate;

    @Column(name = "stay_until")
    public LocalDate stayUntil;

    public String destination;

    @Column(name = "departure_date")
    public LocalDate departureDate;

    @Column(name = "death_date")
    public LocalDate deathDate;

    @Column(name = "father_id")
    public Long fatherId;

    @Column(name = "mother_id")
    public Long motherId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PersonStatus status = PersonStatus.ACTIVE;

    /** Set when this record was merged into another as a duplicate. */
    @Column(name = "merged_into_id")
    public Long mergedIntoId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** Derived on every read, never stored: a woman aged 15–49 (and alive) on the given day. */
    public boolean childbearingAgeOn(LocalDate day) {
        int age = ageOn(day);
        return sex == Sex.FEMALE && deathDate == null && age >= CHILDBEARING_FROM && age <= CHILDBEARING_TO;
    }

    public boolean alive() {
        return deathDate == null;
    }

    public String maskedIdNumber() {
        return Masking.idNumber(idNumber);
    }

    public String maskedPhone() {
        return Masking.phone(phone);
    }

    @Override
    public String auditEntityType() {
        return "Person";
    }

    @Override
    public Object auditEntityId() {
        return id;
    }

    @Override
    public Long auditOrgUnitId() {
        return orgUnitId;
    }

    /** Identifiers are masked here too: the audit log is read more widely than the register. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("orgUnitId", orgUnitId);
        s.put("householdId", householdId);
        s.put("relation", relation == null ? null : relation.name());
        s.put("name", name);
        s.put("idNumber", maskedIdNumber());
        s.put("birthDate", birthDate == null ? null : birthDate.toString());
        s.put("sex", sex == null ? null : sex.name());
        s.put("ethnicityCode", ethnicityCode);
        s.put("phone", maskedPhone());
        s.put("maritalStatus", maritalStatus == null ? null : maritalStatus.name());
        s.put("marriageDate", marriageDate == null ? null : marriageDate.toString());
        s.put("residenceStatus", residenceStatus.name());
        s.put("originRegion", originRegion);
        s.put("arrivalDate", arrivalDate == null ? null : arrivalDate.toString());
        s.put("stayUntil", stayUntil == null ? null : stayUntil.toString());
        s.put("destination", destination);
        s.put("departureDate", departureDate == null ? null : departureDate.toString());
        s.put("deathDate", deathDate == null ? null : deathDate.toString());
        s.put("fatherId", fatherId);
        s.put("motherId", motherId);
        s.put("status", status.name());
        s.put("mergedIntoId", mergedIntoId);
        return s;
    }
}
