package fpms.audit;

import java.util.Map;

/** A record whose writes are audited: it names itself and shows the fields an auditor compares before → after. */
public interface Audited {

    String auditEntityType();

    Object auditEntityId();

    /** The org unit the record belongs to (the audit event is scoped by it); null for a record of the whole tree (audited under its root). */
    Long auditOrgUnitId();

    /** The audited fields and their current values; secrets are never included. */
    Map<String, Object> auditState();
}
