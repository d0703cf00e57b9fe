package fpms.pregnancy;

import fpms.pregnancy.schedule.FollowUpKind;
import fpms.pregnancy.schedule.Slot;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A slot of a pregnancy's current plan (replaced when the plan changes), for the worklist and compliance. */
@Entity
@Table(name = "follow_up_slot")
@IdClass(PlannedSlot.Key.class)
public class PlannedSlot extends PanacheEntityBase {

    public record Key(Long pregnancyId, FollowUpKind kind, Integer seq) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "pregnancy_id")
    public Long pregnancyId;

    @Id
    @Enumerated(EnumType.STRING)
    public FollowUpKind kind;

    @Id
    public Integer seq;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "overdue_from", nullable = false)
    public LocalDate overdueFrom;

    @Column(name = "filled_by_visit_id")
    public Long filledByVisitId;

    @Column(name = "filled_on")
    public LocalDate filledOn;

    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;

    @Column(name = "high_risk", nullable = false)
    public boolean highRisk;

    @Column(name = "responsible_worker_id")
    public Long responsibleWorkerId;

    public Slot slot() {
        return new Slot(kind, seq, startDate, endDate, dueDate, overdueFrom, filledByVisitId, filledOn, cancelledOn);
    }
}
