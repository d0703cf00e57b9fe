package fpms.oversight;

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
import java.util.LinkedHashMap;
import java.util.Map;

/** The annual target of one org unit for one kind (e.g. 470 couples checked in 文昌镇 in 2018), set by the level above. */
@Entity
@Table(name = "annual_target")
public class AnnualTarget extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annual_target_seq")
    @SequenceGenerator(name = "annual_target_seq", sequenceName = "annual_target_seq", allocationSize = 50)
    public Long id;

    @Column(name = "org_unit_id", nullable = false, updatable = false)
    public Long orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public TargetKind kind;

    @Column(nullable = false, updatable = false)
    public int year;

    @Column(name = "target_count", nullable = false)
    public int count;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Override
    public String auditEntityType() {
        return "AnnualTarget";
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
        s.put("kind", kind == null ? null : kind.name());
        s.put("year", year);
        s.put("count", count);
        return s;
    }
}
