package fpms.pregnancy;

import fpms.audit.Audited;
import fpms.audit.HealthFinding;
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
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** A woman's pregnancy, followed from its registration to its outcome (delivery, end, or transfer out). */
@Entity
@Table(name = "pregnancy")
public class Pregnancy extends PanacheEntityBase implements Audited {

    /** Days from the last menstrual period to the expected delivery (Naegele's rule). */
    public static final int TERM_DAYS = 280;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pregnancy_seq")
    @SequenceGenerator(name = "pregnancy_seq", sequenceName = "pregnancy_seq", allocationSize = 50)
    public Long id;

    /** The woman's village (the receiving one after a transfer). */
    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "household_id")
    public Long householdId;

    @Column(nullable = false)
    public LocalDate lmp;

    @Column(nullable = false)
    public LocalDate edd;

    @Column(name = "edd_reason")
    public String eddReason;

    /** Why a pregnancy at a rare age (PregnancyRules) is real: asked for at those ages only, kept and shown. */
    @Column(name = "age_reason")
    public String ageReason;

    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    @Column(name = "birth_order", nullable = false)
    public int birthOrder;

    @Column(name = "birth_order_reason")
    public String birthOrderReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    public RiskLevel riskLevel = RiskLevel.LOW;

    @Column(name = "responsible_worker_id")
    public Long responsibleWorkerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PregnancyStatus status = PregnancyStatus.ACTIVE;

    @Column(name = "outcome_date")
    public LocalDate outcomeDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_type")
    public OutcomeType outcomeType;

    @Column(name = "outcome_place")
    public String outcomePlace;

    @Column(name = "outcome_reason")
    public String outcomeReason;

    @Column(name = "transferred_to_id")
    public Long transferredToId;

    @Column(name = "transferred_from_id")
    public Long transferredFromId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Completed weeks and days of gestation on a day, counted from the LMP. */
    public int[] gestationOn(LocalDate day) {
        long days = ChronoUnit.DAYS.between(lmp, day);
        return new int[] {(int) (days / 7), (int) (days % 7)};
    }

    public static LocalDate eddFrom(LocalDate lmp) {
        return lmp.plusDays(TERM_DAYS);
    }

    public boolean highRisk() {
        return riskLevel == RiskLevel.HIGH;
    }

    @Override
    public String auditEntityType() {
        return "Pregnancy";
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
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", personId);
        state.put("lmp", lmp);
        state.put("edd", edd);
        state.put("eddReason", eddReason);
        state.put("ageReason", HealthFinding.of(ageReason));
        state.put("registeredOn", registeredOn);
        state.put("birthOrder", birthOrder);
        state.put("birthOrderReason", birthOrderReason);
        state.put("riskLevel", HealthFinding.of(riskLevel));
        state.put("responsibleWorkerId", responsibleWorkerId);
        state.put("status", status);
        state.put("outcomeDate", outcomeDate);
        state.put("outcomeType", HealthFinding.of(outcomeType));
        state.put("outcomeReason", HealthFinding.of(outcomeReason));
        state.put("transferredToId", transferredToId);
        return state;
    }
}
