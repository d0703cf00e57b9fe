package fpms.household;

import fpms.audit.Audited;
import fpms.common.i18n.Message;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Two person records that probably are one person, waiting for an officer to merge or dismiss them. */
@Entity
@Table(name = "duplicate_candidate")
public class DuplicateCandidate extends PanacheEntityBase implements Audited {

    @Schema(name = "DuplicateStatus", description = "OPEN until an officer merges or dismisses the pair")
    public enum Status { OPEN, MERGED, DISMISSED }

    /** Why the pair was flagged. */
    @Schema(name = "DuplicateRule", description = "Why the pair was flagged")
    public enum Rule { SAME_NAME_BIRTH_DATE, SAME_NAME_NEAR_ID, SIMILAR_NAME_SAME_BIRTH_DATE_VILLAGE }

    /** Written by set-based SQL (DuplicateFinder) with ids from duplicate_candidate_seq. */
    @Id
    public Long id;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    /** The lower of the two person ids. */
    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "other_id", nullable = false)
    public Long otherId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rule rule;

    @Column(nullable = false)
    public BigDecimal similarity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The reason the officer gave. */
    @Column(name = "decision_reason")
    public String decisionReason;

    /** The reason the system gave (e.g. one of the pair was merged into a third record), in the reader's language. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "decision_reason_message")
    public Message decisionReasonMessage;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public void decide(Status outcome, String by, Instant at, String reason) {
        status = outcome;
        decidedBy = by;
        decidedAt = at;
        decisionReason = reason;
    }

    /** Decided by the system for a reason it writes (a catalogue message). */
    public void decide(Status outcome, String by, Instant at, Message reason) {
        decide(outcome, by, at, (String) null);
        decisionReasonMessage = reason;
    }

    public String decisionReasonIn(Locale locale) {
        return Message.textOr(decisionReasonMessage, decisionReason, locale);
    }

    @Override
    public String auditEntityType() {
        return "DuplicateCandidate";
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
        s.put("personId", personId);
        s.put("otherId", otherId);
        s.put("rule", rule.name());
        s.put("status", status.name());
        s.put("decisionReason", decisionReason);
        return s;
    }
}
