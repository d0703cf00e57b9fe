package fpms.pregnancy.rest;

import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.version.Versions;
import fpms.common.web.Locations;
import fpms.org.Role;
import fpms.pregnancy.Visit;
import fpms.pregnancy.rest.FollowUpDtos.VisitView;
import fpms.pregnancy.rest.FollowUpDtos.VisitWrite;
import fpms.pregnancy.rest.FollowUpDtos.VoidRequest;
import fpms.pregnancy.service.VisitService;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/visits")
@RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER, Role.Names.SERVICE})
@Tag(name = "Visits", description = "Home visits, pregnancy checks and ultrasounds; corrected by void and a new visit")
@Transactional
public class VisitResource {

    private static final Map<String, String> SORTABLE = Map.of("date", "visitDate", "kind", "kind", "createdAt", "createdAt", "id", "id");

    @Inject
    VisitService service;

    @GET
    @Operation(operationId = "listVisits", summary = "The visits of a pregnancy",
            description = "Newest first unless sorted by date, kind, createdAt or id; voided ones included (marked).")
    @APIResponse(responseCode = "200", description = "A page of visits")
    public Page<VisitView> list(@BeanParam @Valid PageQuery paging,
            @QueryParam("pregnancyId") @NotNull @Parameter(description = "The pregnancy", example = "1001", required = true) Long pregnancyId) {
        var query = Visit.<Visit>find("pregnancyId = ?1", paging.sort(SORTABLE, "date", Sort.Direction.Descending), pregnancyId);
        return new Page<>(query.page(paging.page, paging.size).list().stream().map(VisitView::of).toList(), paging.page, paging.size, query.count());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVisit", summary = "One visit", description = "With its findings, a health record: each read is audited "
            + "(READ_FINDINGS: who, which visit, no value). The version is in the ETag.")
    @APIResponse(responseCode = "200", description = "The visit")
    public RestResponse<VisitView> get(@PathParam("id") @Parameter(description = "Visit id", example = "2051") long id) {
        Visit v = service.read(id);
        return RestResponse.ResponseBuilder.ok(VisitView.of(v)).tag(Versions.etag(v.version)).build();
    }

    @POST
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE})
    @Operation(operationId = "recordVisit", summary = "Record a visit",
            description = "Of an ACTIVE pregnancy (409 otherwise); not in the future, not before the registration. It fills the open slot"
                    + " of its kind whose window holds its date; a second one in that window is kept as EXTRA, one outside every window is"
                    + " kept and flagged OUTSIDE. Risk factors found are added to the pregnancy.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<VisitView> record(@Valid @NotNull VisitWrite body) {
        Visit v = service.record(new VisitService.Record(body.pregnancyId(), body.kind(), body.date(), body.place(), body.findings(),
                body.nextAppointment()));
        return RestResponse.ResponseBuilder.<VisitView>created(Locations.of(VisitResource.class, v.id)).entity(VisitView.of(v))
                .tag(Versions.etag(v.version)).build();
    }

    @POST
    @Path("/{id}/void")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE})
    @Operation(operationId = "voidVisit", summary = "Void a wrong visit",
            description = "Kept with the reason and audited; the slot it filled opens again. 409 when already void. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Voided")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<VisitView> voidVisit(@PathParam("id") @Parameter(description = "Visit id", example = "2051") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull VoidRequest body) {
        Visit v = service.voidVisit(id, ifMatch, body.reason());
        return RestResponse.ResponseBuilder.ok(VisitView.of(v)).tag(Versions.etag(v.version)).build();
    }
}
