package fpms.birth;

import fpms.audit.Audited;
import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import fpms.common.time.WorkingDays;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A couple's application for the birth of their child of a given order: a registration (生育登记) for the 1st and 2nd
 * child, an approval (再生育审批) from the 3rd on. It belongs to the mother's village. Every step of the procedure goes
 * through {@link #take}, which holds the transitions of {@link BirthRegistrationAction}.
 */
@Entity
@Table(name = "birth_registration")
public class BirthRegistration extends PanacheEntityBase implements Audited {

    /** The town reviews a submission within this many working days. */
    public static final int REVIEW_WORKING_DAYS = 5;
    /** An open application due within this many working days is "due soon". */
    public static final int DUE_SOON_WORKING_DAYS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "birth_registration_seq")
    @SequenceGenerator(name = "birth_registration_seq", sequenceName = "birth_registration_seq", allocationSize = 50)
    public Long id;

    /** The mother's village. */
    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(name = "father_id", nullable = false)
    public Long fatherId;

    @Column(name = "mother_id", nullable = false)
    public Long motherId;

    @Column(name = "marriage_date", nullable = false)
    public LocalDate marriageDate;

    @Column(name = "child_order", nullable = false)
    public int childOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BirthRegistrationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BirthRegistrationStatus status;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "village_opinion")
    public String villageOpinion;

    @Column(name = "village_reviewed_on")
    public LocalDate villageReviewedOn;

    /** 生育服务登记证 / 再生育审批决定书 number, e.g. 2018-640502101-0007. */
    public String number;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** Why the child order is not the mother's registered children + 1 (asked for then only): shown to the reviewer. */
    @Column(name = "child_order_reason")
    public String childOrderReason;

    /** The pregnancy the birth follows (no foreign key yet: the pregnancy register is being built). */
    @Column(name = "pregnancy_id")
    public Long pregnancyId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A new application, submitted on {@code on}; the kind follows from the child order. */
    public static BirthRegistration submitted(long villageId, long fatherId, long motherId, LocalDate marriageDate, int childOrder,
            Channel channel, Long pregnancyId, LocalDate on, LocalDate dueOn, Instant at) {
        BirthRegistration r = new BirthRegistration();
        r.orgUnitId = villageId;
        r.fatherId = fatherId;
        r.motherId = motherId;
        r.marriageDate = marriageDate;
        r.childOrder = childOrder;
        r.kind = BirthRegistrationKind.forChildOrder(childOrder);
        r.channel = channel;
        r.pregnancyId = pregnancyId;
        r.status = BirthRegistrationStatus.SUBMITTED;
        r.submittedOn = on;
        r.dueOn = dueOn;
        r.createdAt = at;
        return r;
    }

    /** A returned registration comes back, possibly corrected, with a new deadline. */
    public void resubmit(LocalDate marriageDate, int childOrder, LocalDate on, LocalDate dueOn) {
        take(BirthRegistrationAction.RESUBMIT);
        this.marriageDate = marriageDate;
        this.childOrder = childOrder;
        this.submittedOn = on;
        this.dueOn = dueOn;
        this.decidedOn = null;
        this.decisionReason = null;
    }

    public void register(String number, LocalDate on, String remark) {
        take(BirthRegistrationAction.REGISTER);
        decide(on, remark);
        this.number = number;
    }

    public void returnToApplicant(String reason, LocalDate on) {
        take(BirthRegistrationAction.RETURN);
        decide(on, reason);
    }

    public void villageReview(String opinion, LocalDate on) {
        take(BirthRegistrationAction.VILLAGE_REVIEW);
        this.villageOpinion = opinion;
        this.villageReviewedOn = on;
    }

    public void approve(String number, LocalDate on, String remark) {
        take(BirthRegistrationAction.APPROVE);
        decide(on, remark);
        this.number = number;
    }

    public void reject(String reason, LocalDate on) {
        take(BirthRegistrationAction.REJECT);
        decide(on, reason);
    }

    /** The step must belong to this kind of application and start from its current status: 409 naming both otherwise. */
    public void requireAllowed(BirthRegistrationAction action) {
        if (action.kind != null && action.kind != kind) {
            throw ProblemException.conflict("birth.action.other-kind", id, label(kind), label(status), label(action));
        }
        if (action.from != status) {
            throw ProblemException.conflict("birth.action.state", id, label(status), label(action), label(action.from));
        }
    }

    /** The steps someone with these roles may take now. */
    public List<BirthRegistrationAction> actionsFor(Set<String> roles) {
        return Arrays.stream(BirthRegistrationAction.values())
                .filter(a -> a.from != null && a.from == status && (a.kind == null || a.kind == kind) && a.allowedTo(roles))
                .toList();
    }

    /** How the deadline stands today (null once decided or returned). */
    public Deadline deadline(LocalDate today, WorkingDays calendar) {
        return status.open() ? Deadline.of(dueOn, today, calendar) : null;
    }

    private void take(BirthRegistrationAction action) {
        requireAllowed(action);
        status = action.to;
    }

    private void decide(LocalDate on, String reason) {
        decidedOn = on;
        decisionReason = reason;
    }

    private static Message label(Enum<?> value) {
        String prefix = value instanceof BirthRegistrationKind ? "birth-kind." : value instanceof BirthRegistrationStatus ? "birth-status." : "birth-action.";
        return Message.of(prefix + value.name());
    }

    @Override
    public String auditEntityType() {
        return "BirthRegistration";
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
        s.put("fatherId", fatherId);
        s.put("motherId", motherId);
        s.put("marriageDate", marriageDate == null ? null : marriageDate.toString());
        s.put("childOrder", childOrder);
        s.put("childOrderReason", childOrderReason);
        s.put("kind", kind.name());
        s.put("channel", channel.name());
        s.put("status", status.name());
        s.put("submittedOn", submittedOn.toString());
        s.put("dueOn", dueOn.toString());
        s.put("villageOpinion", villageOpinion);
        s.put("villageReviewedOn", villageReviewedOn == null ? null : villageReviewedOn.toString());
        s.put("number", number);
        s.put("decidedOn", decidedOn == null ? null : decidedOn.toString());
        s.put("decisionReason", decisionReason);
        s.put("pregnancyId", pregnancyId);
        return s;
    }
}
