package fpms.org.rest;

import fpms.common.error.ProblemException;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.version.Versions;
import fpms.common.web.Locations;
import fpms.org.OrgLevel;
import fpms.org.OrgUnit;
import fpms.org.Role;
import fpms.org.rest.OrgUnitDtos.OrgUnitCreate;
import fpms.org.rest.OrgUnitDtos.OrgUnitListing;
import fpms.org.rest.OrgUnitDtos.OrgUnitMove;
import fpms.org.rest.OrgUnitDtos.OrgUnitNode;
import fpms.org.rest.OrgUnitDtos.OrgUnitRename;
import fpms.org.rest.OrgUnitDtos.OrgUnitView;
import fpms.org.service.OrgUnitService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/org-units")
@Authenticated
@Tag(name = "Org units", description = "The org tree region → city → district → town → village/community; every caller sees its own subtree")
@Transactional
public class OrgUnitResource {

    @Inject
    OrgUnitService service;

    @GET
    @Operation(operationId = "listOrgUnits", summary = "List org units", description = "A page of the units in the caller's subtree, filtered by parent, level and a name or code fragment. Sort by name, code, level or id.")
    @APIResponse(responseCode = "200", description = "A page of org units")
    public Page<OrgUnitView> list(@BeanParam @Valid PageQuery paging,
            @QueryParam("parentId") @Parameter(description = "Only the children of this unit", example = "4") Long parentId,
            @QueryParam("level") @Parameter(description = "Only units of this level", example = "VILLAGE") OrgLevel level,
            @QueryParam("q") @Parameter(description = "Part of the name or code", example = "村") String q) {
        return service.list(new OrgUnitService.Filter(parentId, q, level), paging).map(OrgUnitView::of);
    }

    @GET
    @Path("/directory")
    @Operation(operationId = "searchOrgUnitDirectory", summary = "Find org units anywhere in the tree",
            description = "Units of the whole tree — not only the caller's subtree — whose name or code holds q, with the names of the units above them, in tree order: for choosing a unit outside one's own area, such as the village that takes over a pregnancy when the woman moves to another town. Names and codes of units only, nothing of their records.")
    @APIResponse(responseCode = "200", description = "A page of units")
    public Page<OrgUnitListing> directory(@BeanParam @Valid PageQuery paging,
            @QueryParam("q") @NotBlank @Parameter(description = "Part of the name or code (required)", required = true, example = "黑林") String q,
            @QueryParam("level") @Parameter(description = "Only units of this level", example = "VILLAGE") OrgLevel level) {
        return service.directory(q, level, paging).map(OrgUnitListing::of);
    }

    @GET
    @Path("/tree")
    @Operation(operationId = "getOrgUnitTree", summary = "The org tree", description = "The subtree under rootId (default: the caller's own unit) as nested nodes.")
    @APIResponse(responseCode = "200", description = "The subtree")
    public OrgUnitNode tree(@QueryParam("rootId") @Parameter(description = "The subtree's root; default the caller's unit", example = "4") Long rootId) {
        List<OrgUnit> units = service.subtree(rootId);
        Map<Long, List<OrgUnit>> byParent = new HashMap<>();
        for (OrgUnit u : units.subList(1, units.size())) {
            byParent.computeIfAbsent(u.parentId, k -> new ArrayList<>()).add(u);
        }
        return node(units.get(0), byParent);
    }

    private static OrgUnitNode node(OrgUnit u, Map<Long, List<OrgUnit>> byParent) {
        List<OrgUnitNode> children = byParent.getOrDefault(u.id, List.of()).stream()
                .sorted(Comparator.comparing((OrgUnit c) -> c.id))
                .map(c -> node(c, byParent))
                .toList();
        return new OrgUnitNode(u.id, u.parentId, u.code, u.name, u.level, u.path, u.version, children);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrgUnit", summary = "One org unit", description = "The unit with its version in the ETag header.")
    @APIResponse(responseCode = "200", description = "The org unit")
    public RestResponse<OrgUnitView> get(@PathParam("id") @Parameter(description = "Org unit id", example = "4") long id) {
        OrgUnit unit = service.find(id).orElseThrow(() -> ProblemException.notFound("org-unit.not-found", id));
        return withVersion(RestResponse.ResponseBuilder.ok(OrgUnitView.of(unit)), unit);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "createOrgUnit", summary = "Create an org unit", description = "Adds a unit under a parent exactly one level up (a VILLAGE under a TOWN, …). Codes are unique.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrgUnitView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public RestResponse<OrgUnitView> create(@Valid @NotNull OrgUnitCreate request) {
        OrgUnit unit = service.create(request.parentId(), request.code(), request.name().trim(), request.level());
        return withVersion(RestResponse.ResponseBuilder.<OrgUnitView>created(Locations.of(OrgUnitResource.class, unit.id))
                .entity(OrgUnitView.of(unit)), unit);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "renameOrgUnit", summary = "Rename an org unit", description = "Changes the name and code. Needs If-Match with the current version.")
    @APIResponse(responseCode = "200", description = "Renamed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<OrgUnitView> rename(@PathParam("id") @Parameter(description = "Org unit id", example = "5") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull OrgUnitRename request) {
        OrgUnit unit = service.rename(id, ifMatch, request.name().trim(), request.code());
        return withVersion(RestResponse.ResponseBuilder.ok(OrgUnitView.of(unit)), unit);
    }

    @POST
    @Path("/{id}/move")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "moveOrgUnit", summary = "Move an org unit", description = "Moves the unit and its whole subtree under another parent one level up; "
            + "every record of the subtree follows, so scopes stay right. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public RestResponse<OrgUnitView> move(@PathParam("id") @Parameter(description = "Org unit id", example = "5") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull OrgUnitMove request) {
        OrgUnit unit = service.move(id, ifMatch, request.parentId());
        return withVersion(RestResponse.ResponseBuilder.ok(OrgUnitView.of(unit)), unit);
    }

    private static RestResponse<OrgUnitView> withVersion(RestResponse.ResponseBuilder<OrgUnitView> builder, OrgUnit unit) {
        return builder.tag(Versions.etag(unit.version)).build();
    }
}
