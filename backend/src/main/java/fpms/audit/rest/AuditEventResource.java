package fpms.audit.rest;

import fpms.audit.AuditEvent;
import fpms.audit.AuditLog;
import fpms.audit.FieldChange;
import fpms.common.error.ProblemException;
import fpms.common.i18n.RequestLanguage;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.time.AppClock;
import fpms.common.time.DateBounds;
import fpms.org.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit-events")
@RolesAllowed(Role.Names.AUDITOR)
@Tag(name = "Audit", description = "The append-only log of every write: who, when, where, what, before → after")
@Transactional
public class AuditEventResource {

    @Inject
    AuditLog log;

    @Inject
    RequestLanguage requestLanguage;

    @Inject
    AppClock clock;

    @Schema(name = "AuditEventView", requiredProperties = {"id", "occurredAt", "actor", "entityType", "entityId", "action", "changes"},
            description = "One audited write")
    public record AuditEventView(
            @Schema(example = "101") long id,
            @Schema(description = "When it happened") Instant occurredAt,
            @Schema(description = "Username of who did it (\"system\" for automatic changes)", example = "admin") String actor,
            @Schema(description = "Org unit the record belongs to", example = "5") Long orgUnitId,
            @Schema(example = "User") String entityType,
            @Schema(example = "12") String entityId,
            @Schema(description = "CREATE, UPDATE, RENAME, MOVE, DISABLE, ENABLE, RESET_PASSWORD, CHANGE_PASSWORD, LOCK, …",
                    example = "DISABLE") String action,
            @Schema(description = "The reason given, where the action takes one; one the system wrote comes in the Accept-Language",
                    example = "调离岗位") String reason,
            @Schema(description = "Changed fields") List<FieldChange> changes) {

        static AuditEventView of(AuditEvent e, Locale language) {
            return new AuditEventView(e.id, e.occurredAt, e.actor, e.orgUnitId,
                    e.entityType, e.entityId, e.action, e.reasonIn(language), e.changes);
        }
    }

    @GET
    @Operation(operationId = "searchAuditEvents", summary = "Search the audit log",
            description = "Audit events in the caller's subtree, newest first, filtered by entity, actor, action and time (from inclusive,"
                    + " to exclusive, both from 2000 to 10 years ahead). ADMIN and AUDITOR only.")
    @APIResponse(responseCode = "200", description = "A page of audit events")
    public Page<AuditEventView> search(@BeanParam @Valid PageQuery paging,
            @QueryParam("entityType") @Parameter(description = "OrgUnit, User, …", example = "User") String entityType,
            @QueryParam("entityId") @Parameter(description = "The record's id", example = "12") String entityId,
            @QueryParam("actor") @Parameter(description = "Username of who did it", example = "admin") String actor,
            @QueryParam("action") @Parameter(description = "The action", example = "DISABLE") String action,
            @QueryParam("from") @Parameter(description = "From this time on (ISO-8601 with offset)",
                    example = "2018-07-01T00:00:00+08:00") OffsetDateTime from,
            @QueryParam("to") @Parameter(description = "Before this time (ISO-8601 with offset)",
                    example = "2018-08-01T00:00:00+08:00") OffsetDateTime to) {
        DateBounds.planned("from", from == null ? null : from.toInstant(), clock.zone(), clock.today());
        DateBounds.planned("to", to == null ? null : to.toInstant(), clock.zone(), clock.today());
        if (from != null && to != null && !to.isAfter(from)) {
            throw ProblemException.invalidField("to", "date.not-after-from");
        }
        AuditLog.Filter filter = new AuditLog.Filter(entityType, entityId, actor, action,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
        Locale language = requestLanguage.current();
        return log.search(filter, paging).map(e -> AuditEventView.of(e, language));
    }
}
