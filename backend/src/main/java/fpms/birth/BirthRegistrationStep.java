package fpms.birth;

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
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One step of an application's timeline: a submission, review or decision, who took it, when, and why. Never changed. */
@Entity
@Immutable
@Table(name = "birth_registration_step")
public class BirthRegistrationStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "birth_registration_step_seq")
    @SequenceGenerator(name = "birth_registration_step_seq", sequenceName = "birth_registration_step_seq", allocationSize = 50)
    public Long id;

    @Column(name = "registration_id", nullable = false)
    public Long registrationId;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BirthRegistrationAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public BirthRegistrationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public BirthRegistrationStatus toStatus;

    /** The reason, opinion or remark given with the step. */
    public String remark;

    /** Username of who took the step. */
    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public static BirthRegistrationStep record(BirthRegistration r, BirthRegistrationAction action, BirthRegistrationStatus from,
            String remark, String actor, Instant at) {
        BirthRegistrationStep s = new BirthRegistrationStep();
        s.registrationId = r.id;
        s.orgUnitId = r.orgUnitId;
        s.action = action;
        s.fromStatus = from;
        s.toStatus = r.status;
        s.remark = remark;
        s.actor = actor;
        s.occurredAt = at;
        s.persist();
        return s;
    }

    /** The application's steps, oldest first. */
    public static List<BirthRegistrationStep> of(long registrationId) {
        return list("registrationId = ?1 order by occurredAt, id", registrationId);
    }
}
