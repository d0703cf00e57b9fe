package fpms.pregnancy;

import fpms.audit.Audited;
import fpms.household.Sex;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.Formula;

/** A baby of a delivery; a live-born one is registered as a person (personId), linked to both parents. */
@Entity
@Table(name = "baby")
@IdClass(Baby.Key.class)
public class Baby extends PanacheEntityBase implements Audited {

    public record Key(Long pregnancyId, Integer seq) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "pregnancy_id")
    public Long pregnancyId;

    @Id
    public Integer seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(name = "weight_grams")
    public Integer weightGrams;

    @Column(nullable = false)
    public boolean alive;

    @Column(name = "person_id")
    public Long personId;

    /** The delivery's org unit (its pregnancy's), for the audit log. */
    @Formula("(select p.org_unit_id from pregnancy p where p.id = pregnancy_id)")
    public Long orgUnitId;

    @Override
    public String auditEntityType() {
        return "Baby";
    }

    @Override
    public Object auditEntityId() {
        return pregnancyId + "-" + seq;
    }

    @Override
    public Long auditOrgUnitId() {
        return orgUnitId;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("pregnancyId", pregnancyId);
        s.put("seq", seq);
        s.put("sex", sex.name());
        s.put("alive", alive);
        s.put("personId", personId);
        return s;
    }
}
