package fpms.pregnancy;

import fpms.audit.Audited;
import fpms.pregnancy.schedule.FollowUpKind;
import fpms.pregnancy.schedule.FollowUpRule;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One version of the follow-up rule of a kind, in force from its effective date (a change is a new version). */
@Entity
@Table(name = "follow_up_rule")
public class FollowUpRuleVersion extends PanacheEntityBase implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_rule_seq")
    @SequenceGenerator(name = "follow_up_rule_seq", sequenceName = "follow_up_rule_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpKind kind;

    @Column(name = "interval_months", nullable = false)
    public int intervalMonths;

    @Column(name = "window_days", nullable = false)
    public int windowDays;

    @Column(name = "grace_days", nullable = false)
    public int graceDays;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    public String reason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public FollowUpRule rule() {
        return new FollowUpRule(kind, intervalMonths, windowDays, graceDays, effectiveFrom);
    }

    /** Every version of every kind, as the schedule engine takes them. */
    public static List<FollowUpRule> allRules() {
        return FollowUpRuleVersion.<FollowUpRuleVersion>list("order by kind, effectiveFrom").stream().map(FollowUpRuleVersion::rule).toList();
    }

    @Override
    public String auditEntityType() {
        return "FollowUpRule";
    }

    @Override
    public Object auditEntityId() {
        return id;
    }

    @Override
    public Long auditOrgUnitId() {
        return null;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("intervalMonths", intervalMonths);
        state.put("windowDays", windowDays);
        state.put("graceDays", graceDays);
        state.put("effectiveFrom", effectiveFrom);
        return state;
    }
}
