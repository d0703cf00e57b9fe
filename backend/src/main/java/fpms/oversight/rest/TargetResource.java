package fpms.oversight.rest;

import fpms.common.error.ProblemException;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.time.AppClock;
import fpms.common.time.PlausibleYear;
import fpms.common.version.Versions;
import fpms.common.web.Locations;
import fpms.org.Role;
import fpms.oversight.AnnualTarget;
import fpms.oversight.TargetKind;
import fpms.oversight.rest.TargetDtos.Progress;
import fpms.oversight.rest.TargetDtos.TargetCreate;
import fpms.oversight.rest.TargetDtos.TargetUpdate;
import fpms.oversight.rest.TargetDtos.TargetView;
import fpms.oversight.service.TargetService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/targets")
@RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER, Role.Names.AUDITOR, Role.Names.ADMIN})
@Tag(name = "Annual targets", description = "Annual targets per org unit and kind, set by the level above, and the progress against them")
@Transactional
public class TargetResource {

    private static final String ID = "Target id";

    @Inject
    TargetService service;

    @Inject
    AppClock clock;

    /** The list's filters. */
    public static class Filters {
        @QueryParam("kind")
        @Parameter(description = "Only this kind", example = "PREPREGNANCY_CHECK")
        public TargetKind kind;

        @QueryParam("year")
        @PlausibleYear
        @Parameter(description = "Only this year (2000 to 10 years ahead)", example = "2018")
        public Integer year;

        @QueryParam("parentId")
        @Parameter(description = "Only the targets of this unit's direct children", example = "4")
        public Long parentId;
    }

    @GET
    @Operation(operationId = "listTargets", summary = "List annual targets",
            description = "Targets of the caller's subtree (its own unit's too) by kind, year and parent unit. Sort by orgUnitId, year, count or id.")
    @APIResponse(responseCode = "200", description = "A page of targets")
    public Page<TargetView> list(@BeanParam @Valid PageQuery paging, @BeanParam @Valid Filters filters) {
        return service.list(new TargetService.Filter(filters.kind, filters.year, filters.parentId), paging).map(TargetView::of);
    }

    @GET
    @Path("/progress")
    @Operation(operationId = "getTargetProgress", summary = "Progress against the targets",
            description = "For the org unit (default: the caller's) and each direct child: the target, what is done in the year in its subtree "
                    + "and done ÷ target (absent without a target); and for the org unit, done month by month with the cumulative sum (12 points). "
                    + "Computed now. PREPREGNANCY_CHECK counts distinct couples with a valid (not voided) check, once each, in the month of their first check.")
    @APIResponse(responseCode = "200", description = "The progress")
    public Progress progress(
            @QueryParam("kind") @NotNull @Parameter(description = "The kind of target", required = true, example = "PREPREGNANCY_CHECK") TargetKind kind,
            @QueryParam("year") @PlausibleYear
            @Parameter(description = "The year (default: this year), 2000 to 10 years ahead", example = "2018") Integer year,
            @QueryParam("orgUnitId") @Parameter(description = "The org unit (default: the caller's own)", example = "4") Long orgUnitId) {
        return Progress.of(service.progress(kind, year != null ? year : clock.today().getYear(), orgUnitId));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTarget", summary = "One annual target", description = "The version is in the ETag.")
    @APIResponse(responseCode = "200", description = "The target")
    public RestResponse<TargetView> get(@PathParam("id") @Parameter(description = ID, example = "1") long id) {
        AnnualTarget t = service.find(id).orElseThrow(() -> ProblemException.notFound("target.not-found", id));
        return view(RestResponse.ResponseBuilder.<TargetView>ok(), t);
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.DISTRICT_OFFICER, Role.Names.TOWN_OFFICER})
    @Operation(operationId = "createTarget", summary = "Set an annual target",
            description = "For an org unit strictly below the caller's own (a town officer sets its villages', a district officer its towns'); "
                    + "the caller's own unit is 403, a unit outside the subtree 404. One per unit, kind and year (409: change it instead).")
    @APIResponse(responseCode = "201", description = "Set", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<TargetView> create(@Valid @NotNull TargetCreate body) {
        AnnualTarget t = service.create(body.orgUnitId(), body.kind(), body.year(), body.count());
        return view(RestResponse.ResponseBuilder.<TargetView>created(Locations.of(TargetResource.class, t.id)), t);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.DISTRICT_OFFICER, Role.Names.TOWN_OFFICER})
    @Operation(operationId = "updateTarget", summary = "Change an annual target",
            description = "The number only, by the levels above the target's unit (its own unit's officer gets 403). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed")
    public RestResponse<TargetView> update(@PathParam("id") @Parameter(description = ID, example = "1") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull TargetUpdate body) {
        return view(RestResponse.ResponseBuilder.<TargetView>ok(), service.update(id, ifMatch, body.count()));
    }

    private static RestResponse<TargetView> view(RestResponse.ResponseBuilder<TargetView> builder, AnnualTarget t) {
        return builder.entity(TargetView.of(t)).tag(Versions.etag(t.version)).build();
    }
}
