package fpms.prepregnancy;

import fpms.audit.Audited;
import fpms.audit.HealthFinding;
import fpms.common.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A free pre-pregnancy health check (免费孕前优生健康检查) of a couple: the results for each partner, the risk
 * assessment and the advice. It belongs to the wife's village. What it says is never edited (the database refuses):
 * a mistake is voided with a reason and the check recorded again.
 */
@Entity
@Table(name = "prepregnancy_check")
public class PrepregnancyCheck extends PanacheEntityBase implements Audited {

    @Schema(name = "PrepregnancyCheckStatus", description = "VALID, or VOIDED with a reason (never deleted)")
    public enum Status { VALID, VOIDED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prepregnancy_check_seq")
    @SequenceGenerator(name = "prepregnancy_check_seq", sequenceName = "prepregnancy_check_seq", allocationSize = 50)
    public Long id;

    /** The wife's village when the check was recorded. */
    @Column(name = "org_unit_id", nullable = false, updatable = false)
    public Long orgUnitId;

    @Column(name = "wife_id", nullable = false)
    public Long wifeId;

    @Column(name = "husband_id", nullable = false)
    public Long husbandId;

    @Column(name = "check_date", nullable = false, updatable = false)
    public LocalDate checkDate;

    @Column(nullable = false, updatable = false)
    public String institution;

    @Enumerated(EnumType.STRING)
    @Column(name = "wife_blood_type", nullable = false, updatable = false)
    public BloodType wifeBloodType;

    @Enumerated(EnumType.STRING)
    @Column(name = "wife_hbsag", nullable = false, updatable = false)
    public LabResult wifeHbsag;

    @Enumerated(EnumType.STRING)
    @Column(name = "wife_syphilis", nullable = false, updatable = false)
    public LabResult wifeSyphilis;

    @Enumerated(EnumType.STRING)
    @Column(name = "wife_hiv", nullable = false, updatable = false)
    public LabResult wifeHiv;

    @Enumerated(EnumType.STRING)
    @Column(name = "wife_blood_glucose", nullable = false, updatable = false)
    public LabResult wifeBloodGlucose;

    @Enumerated(EnumType.STRING)
    @Column(name = "wife_tsh", nullable = false, updatable = false)
    public LabResult wifeTsh;

    @Enumerated(EnumType.STRING)
    @Column(name = "wife_rubella_igg", nullable = false, updatable = false)
    public LabResult wifeRubellaIgg;

    @Column(name = "wife_note", updatable = false)
    public String wifeNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "husband_blood_type", nullable = false, updatable = false)
    public BloodType husbandBloodType;

    @Enumerated(EnumType.STRING)
    @Column(name = "husband_hbsag", nullable = false, updatable = false)
    public LabResult husbandHbsag;

    @Enumerated(EnumType.STRING)
    @Column(name = "husband_syphilis", nullable = false, updatable = false)
    public LabResult husbandSyphilis;

    @Enumerated(EnumType.STRING)
    @Column(name = "husband_hiv", nullable = false, updatable = false)
    public LabResult husbandHiv;

    @Enumerated(EnumType.STRING)
    @Column(name = "husband_blood_glucose", nullable = false, updatable = false)
    public LabResult husbandBloodGlucose;

    @Column(name = "husband_note", updatable = false)
    public String husbandNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, updatable = false)
    public RiskLevel riskLevel;

    /** Codes of the {@link PrepregnancyRiskFactor} dictionary. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "prepregnancy_check_risk_factor", joinColumns = @JoinColumn(name = "check_id"))
    @Column(name = "factor_code", nullable = false)
    public Set<String> riskFactors = new TreeSet<>();

    @Column(updatable = false)
    public String advice;

    /** The worker who recorded it: username, and the name shown. */
    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    public String recordedByName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.VALID;

    @Column(name = "voided_by")
    public String voidedBy;

    @Column(name = "voided_at")
    public Instant voidedAt;

    @Column(name = "void_reason")
    public String voidReason;

    @Version
    public long version;

    /** Voids the check (a correction is a new record); a check is voided once. */
    public void voidFor(String reason, String by, Instant at) {
        if (status == Status.VOIDED) {
            throw ProblemException.conflict("prepregnancy.voided", id);
        }
        status = Status.VOIDED;
        voidReason = reason;
        voidedBy = by;
        voidedAt = at;
    }

    @Override
    public String auditEntityType() {
        return "PrepregnancyCheck";
    }

    @Override
    public Object auditEntityId() {
        return id;
    }

    @Override
    public Long auditOrgUnitId() {
        return orgUnitId;
    }

    /**
     * The laboratory results stay out of the audit log (it is read more widely than health data should be): the check
     * itself is never edited, so the record is its own history; the log keeps who, when, the couple and the assessment.
     */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("orgUnitId", orgUnitId);
        s.put("wifeId", wifeId);
        s.put("husbandId", husbandId);
        s.put("checkDate", checkDate == null ? null : checkDate.toString());
        s.put("institution", institution);
        s.put("riskLevel", HealthFinding.of(riskLevel));
        s.put("riskFactors", HealthFinding.of(riskFactors.isEmpty() ? null : List.copyOf(riskFactors)));
        s.put("status", status.name());
        s.put("voidReason", voidReason);
        return s;
    }
}
