package fpms.pregnancy;

import fpms.audit.Audited;
import fpms.audit.HealthFinding;
import fpms.pregnancy.schedule.FollowUpKind;
import fpms.pregnancy.schedule.Placement;
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
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A home visit, pregnancy check or ultrasound of a pregnancy; corrected only by voiding it (with a reason) and recording anew. */
@Entity
@Table(name = "visit")
public class Visit extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_seq")
    @SequenceGenerator(name = "visit_seq", sequenceName = "visit_seq", allocationSize = 50)
    public Long id;

    @Column(name = "pregnancy_id", nullable = false)
    public Long pregnancyId;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpKind kind;

    @Column(name = "visit_date", nullable = false)
    public LocalDate visitDate;

    @Column(name = "performed_by", nullable = false)
    public String performedBy;

    public String place;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public VisitFindings findings;

    @Column(name = "next_appointment")
    public LocalDate nextAppointment;

    /** Where the schedule put it: FILLS a slot, EXTRA in an already filled one, or OUTSIDE every slot (flagged). */
    @Enumerated(EnumType.STRING)
    public Placement placement;

    @Column(name = "voided_at")
    public Instant voidedAt;

    @Column(name = "voided_by")
    public String voidedBy;

    @Column(name = "void_reason")
    public String voidReason;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean voided() {
        return voidedAt != null;
    }

    @Override
    public String auditEntityType() {
        return "Visit";
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
        state.put("pregnancyId", pregnancyId);
        state.put("kind", kind);
        state.put("visitDate", visitDate);
        state.put("performedBy", performedBy);
        state.put("place", place);
        state.put("findings", HealthFinding.of(findings));
        state.put("nextAppointment", nextAppointment);
        state.put("voidReason", voidReason);
        return state;
    }
}
