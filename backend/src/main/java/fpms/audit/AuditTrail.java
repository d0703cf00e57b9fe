package fpms.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fpms.common.i18n.Message;
import fpms.common.scope.Caller;
import fpms.common.time.AppClock;
import fpms.org.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.MDC;

/** Appends audit events in the caller's transaction: a write and its audit line commit or fail together. */
@ApplicationScoped
public class AuditTrail {

    /** Writes as Hibernate's JSON mapping of audit_event (a plain ObjectMapper) does. */
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An ID number answered as registered outside the caller's area (see {@link #lookedUpOutside}). */
    public static final String LOOKUP_OUTSIDE = "ID_LOOKUP_OUTSIDE";

    @Inject
    Caller caller;

    @Inject
    AppClock clock;

    /** A new record: every field after. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(Audited record, String action) {
        append(record, action, null, diff(Map.of(), record.auditState(), clock.zone()), caller.username());
    }

    /** A change of a record whose state before was {@code before}; only changed fields are kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Audited record, String action, Map<String, Object> before, String reason) {
        append(record, action, reason, diff(before, record.auditState(), clock.zone()), caller.username());
    }

    /**
     * An ID number found registered outside the caller's area, answered as such (it keeps duplicates out, but tells
     * that the number exists): {@code ID_LOOKUP_OUTSIDE} on the person, or on the import job with the count of such rows.
     * In a transaction of its own: the answer that follows is a refusal, which rolls the caller's back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void lookedUpOutside(String entityType, long entityId, Message what) {
        append(entityType, String.valueOf(entityId), caller.orgUnitId(), LOOKUP_OUTSIDE, what, List.of(), caller.username());
    }

    /** A read of one person's health record (lists are not audited): who read which record, no value of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void read(Audited record, String action) {
        append(record, action, null, List.of(), caller.username());
    }

    /** A change whose reason the system writes: kept as a catalogue message, read in the reader's language. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changedFor(Audited record, String action, Map<String, Object> before, Message reason) {
        append(record, action, reason, diff(before, record.auditState(), clock.zone()), caller.username());
    }

    /** A change made by the system itself (e.g. an account locked after failed logins). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changedBySystem(Audited record, String action, Map<String, Object> before, Message reason) {
        append(record, action, reason, diff(before, record.auditState(), clock.zone()), "system");
    }

    /**
     * For writers that append events themselves (COPY of an import): the changes of a new record and a system reason as
     * the JSON the audit_event columns hold, written as the entity's own mapping writes them.
     */
    public String createdChangesJson(Audited record) {
        return json(diff(Map.of(), record.auditState(), clock.zone()));
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit value cannot be written as JSON", e);
        }
    }

    /**
     * A use of {@link fpms.common.scope.PastScope}: who went past the data scope and why, in their org unit (the root
     * for work of the system). Written while the scope is wide.
     */
    public void pastScope(String reason, String actor, Long orgUnitId) {
        append("DataScope", reason, orgUnitId, "PAST_SCOPE", Message.of("past-scope." + reason), List.of(), actor);
    }

    /**
     * An export (entity type Export, id the kind of records, action EXPORT): the filter as asked (identifiers in it
     * masked by the caller), the format and the rows written — all of them, or as many as were when it broke off
     * ({@code complete} false). In a transaction of its own: the export's is read-only, and a broken one still counts.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void exported(String what, Map<String, String> filter, String format, long rows, boolean complete) {
        List<FieldChange> changes = List.of(new FieldChange("filter", null, filter), new FieldChange("format", null, format),
                new FieldChange("rows", null, rows), new FieldChange("complete", null, complete));
        append("Export", what, caller.orgUnitId(), "EXPORT", Message.of(complete ? "audit.reason.exported" : "audit.reason.export-broken", rows),
                changes, caller.username());
    }

    private void append(Audited record, String action, Object reason, List<FieldChange> changes, String actor) {
        append(record.auditEntityType(), String.valueOf(record.auditEntityId()), record.auditOrgUnitId(), action, reason,
                changes, actor);
    }

    private void append(String entityType, String entityId, Long orgUnitId, String action, Object reason,
            List<FieldChange> changes, String actor) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = clock.now();
        e.actor = actor;
        e.orgUnitId = orgUnitId != null ? orgUnitId : OrgUnit.rootId(); // a record of the whole tree
        e.entityType = entityType;
        e.entityId = entityId;
        e.action = action;
        e.reason = reason instanceof String typed ? typed : null;
        e.reasonMessage = reason instanceof Message written ? written : null;
        e.changes = changes;
        Object correlationId = MDC.get("correlationId");
        e.correlationId = correlationId == null ? null : correlationId.toString();
        e.persist();
    }

    /** The fields whose audit values ({@link AuditValues}) differ, e.g. a date kept as yyyy-MM-dd, never as [2026, 10, 19]. */
    static List<FieldChange> diff(Map<String, Object> rawBefore, Map<String, Object> rawAfter, ZoneId zone) {
        Map<String, Object> before = AuditValues.of(rawBefore, zone);
        Map<String, Object> after = AuditValues.of(rawAfter, zone);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String f : fields) {
            Object b = before.get(f);
            Object a = after.get(f);
            if (!Objects.equals(b, a)) {
                changes.add(new FieldChange(f, b, a));
            }
        }
        return changes;
    }
}
