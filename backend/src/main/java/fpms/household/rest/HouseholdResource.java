package fpms.household.rest;

import fpms.common.error.Problem;
import fpms.common.error.ProblemException;
import fpms.common.i18n.RequestLanguage;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.time.AppClock;
import fpms.common.version.Versions;
import fpms.common.web.Locations;
import fpms.household.Household;
import fpms.household.HouseholdMembership;
import fpms.household.HouseholdType;
import fpms.household.Person;
import fpms.household.Relation;
import fpms.household.rest.HouseholdDtos.Close;
import fpms.household.rest.HouseholdDtos.HeadChange;
import fpms.household.rest.HouseholdDtos.HouseholdDetail;
import fpms.household.rest.HouseholdDtos.HouseholdView;
import fpms.household.rest.HouseholdDtos.HouseholdWrite;
import fpms.household.rest.HouseholdDtos.Member;
import fpms.household.rest.HouseholdDtos.MemberMove;
import fpms.household.rest.HouseholdDtos.Merge;
import fpms.household.rest.HouseholdDtos.Split;
import fpms.household.rest.HouseholdDtos.Stay;
import fpms.household.service.HouseholdService;
import fpms.household.service.PersonService;
import fpms.household.transfer.RegisterExport;
import fpms.org.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/households")
@RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE})
@Tag(name = "Households", description = "Households with their members: add, move, change head, split, merge, close — with history")
@Transactional
public class HouseholdResource {

    private static final String ID = "Household id";

    @Inject
    HouseholdService service;

    /** The search of households; the same filters serve the list and its export. */
    public static class Filters {
        @QueryParam("q")
        @Parameter(description = "Code prefix, or part of the address or of the head's name", example = "HL-")
        public String q;

        @QueryParam("orgUnitId")
        @Parameter(description = "Only this village or town (subtree)", example = "5")
        public Long orgUnitId;

        @QueryParam("type")
        @Parameter(description = "REGISTERED or FLOATING", example = "REGISTERED")
        public HouseholdType type;

        @QueryParam("status")
        @Parameter(description = "ACTIVE or CLOSED", example = "ACTIVE")
        public Household.Status status;

        HouseholdService.Filter toFilter(PersonService persons) {
            return new HouseholdService.Filter(q, persons.areaPath(orgUnitId), type, status);
        }
    }

    @Inject
    PersonService persons;

    @Inject
    AppClock clock;

    @Inject
    RequestLanguage requestLanguage;

    @Inject
    RegisterExport export;

    @GET
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER, Role.Names.AUDITOR, Role.Names.SERVICE})
    @Operation(operationId = "listHouseholds", summary = "Search households",
            description = "Households of the caller's subtree by code (prefix), address or head's name (part), village, type and status. Sort by code, address, createdAt or id.")
    @APIResponse(responseCode = "200", description = "A page of households")
    public Page<HouseholdView> list(@BeanParam @Valid PageQuery paging, @BeanParam Filters filters) {
        Page<Household> page = service.list(filters.toFilter(persons), paging);
        return page.map(views(page.items()));
    }

    @GET
    @Path("/export")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER, Role.Names.SERVICE})
    @Operation(operationId = "exportHouseholds", summary = "Export the search as .xlsx or .csv",
            description = "The same search and filters as the list, every match, streamed in constant memory.")
    @APIResponse(responseCode = "200", description = "The file: format decides its media type and name (Accept only refuses it)",
            content = {@Content(mediaType = ImportResource.XLSX), @Content(mediaType = "text/csv")})
    @APIResponse(responseCode = "406", description = "Accept refuses the format's media type; the detail names each format's type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@BeanParam Filters filters,
            @QueryParam("format") @DefaultValue("XLSX") @Parameter(description = "XLSX (default) or CSV", example = "CSV")
            RegisterExport.Format format,
            @Context HttpHeaders request, @Context UriInfo uri) {
        HouseholdService.Condition c = filters.toFilter(persons).condition();
        Map<String, String> filter = ExportFile.filter(uri);
        StreamingOutput body = out -> export.households(c.where(), c.params(), format, filter, out);
        return ExportFile.of(body, "households", format, request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER, Role.Names.AUDITOR, Role.Names.SERVICE})
    @Operation(operationId = "getHousehold", summary = "One household", description = "With its members (identifiers masked) and its history; the version is in the ETag.")
    @APIResponse(responseCode = "200", description = "The household")
    public RestResponse<HouseholdDetail> get(@PathParam("id") @Parameter(description = ID, example = "1001") long id) {
        Household h = service.find(id).orElseThrow(() -> ProblemException.notFound("household.not-found", id));
        return detail(RestResponse.ResponseBuilder.<HouseholdDetail>ok(), h);
    }

    @POST
    @Operation(operationId = "createHousehold", summary = "Create a household", description = "In a village of the caller's subtree; the code is unique within the village. Members are added next.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = HouseholdDetail.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<HouseholdDetail> create(@Valid @NotNull HouseholdWrite body) {
        if (body.orgUnitId() == null) {
            throw ProblemException.invalidField("orgUnitId", "field.required");
        }
        Household h = service.create(body.orgUnitId(), body.code(), body.address().trim(), body.type());
        return detail(RestResponse.ResponseBuilder.<HouseholdDetail>created(Locations.of(HouseholdResource.class, h.id)), h);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateHousehold", summary = "Edit a household", description = "Code, address and type. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<HouseholdDetail> update(@PathParam("id") @Parameter(description = ID, example = "1001") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull HouseholdWrite body) {
        return detail(RestResponse.ResponseBuilder.<HouseholdDetail>ok(), service.update(id, ifMatch, body.code(), body.address().trim(), body.type()));
    }

    @POST
    @Path("/{id}/members")
    @Operation(operationId = "addHouseholdMember", summary = "Add a member", description = "Takes a registered person who is in no household into this one. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Added")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<HouseholdDetail> addMember(@PathParam("id") @Parameter(description = ID, example = "1001") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull Member body) {
        return detail(RestResponse.ResponseBuilder.<HouseholdDetail>ok(), service.addMember(id, ifMatch, new HouseholdService.Member(body.personId(), body.relation())));
    }

    @POST
    @Path("/{id}/moves")
    @Operation(operationId = "moveHouseholdMember", summary = "Move a member to another household",
            description = "The member's stay here ends and one in the other household begins, the same day. The head moves only as the last member. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Moved (this household as it is now)")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public RestResponse<HouseholdDetail> move(@PathParam("id") @Parameter(description = ID, example = "1001") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull MemberMove body) {
        return detail(RestResponse.ResponseBuilder.<HouseholdDetail>ok(), service.moveMember(id, ifMatch, body.personId(), body.toHouseholdId(), body.relation()));
    }

    @POST
    @Path("/{id}/head")
    @Operation(operationId = "changeHouseholdHead", summary = "Change the head", description = "A member becomes head; the former head gets the relation given. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public RestResponse<HouseholdDetail> changeHead(@PathParam("id") @Parameter(description = ID, example = "1001") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull HeadChange body) {
        return detail(RestResponse.ResponseBuilder.<HouseholdDetail>ok(), service.changeHead(id, ifMatch, body.personId(), body.formerHeadRelation()));
    }

    @POST
    @Path("/{id}/split")
    @Operation(operationId = "splitHousehold", summary = "Split members off into a new household",
            description = "The members leave this household and form a new one in the same village, one of them its head. Answers the new household. Needs If-Match.")
    @APIResponse(responseCode = "201", description = "The new household", content = @Content(mediaType = "application/json", schema = @Schema(implementation = HouseholdDetail.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public RestResponse<HouseholdDetail> split(@PathParam("id") @Parameter(description = ID, example = "1001") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull Split body) {
        Household created = service.split(id, ifMatch, body.code(), body.address().trim(),
                body.members().stream().map(m -> new HouseholdService.Member(m.personId(), m.relation())).toList());
        return detail(RestResponse.ResponseBuilder.<HouseholdDetail>created(Locations.of(HouseholdResource.class, created.id)), created);
    }

    @POST
    @Path("/{id}/merge")
    @Operation(operationId = "mergeHousehold", summary = "Merge another household into this one",
            description = "The other household's members join this one (relation OTHER unless given) and it is closed. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Merged")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<HouseholdDetail> merge(@PathParam("id") @Parameter(description = ID, example = "1001") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull Merge body) {
        Map<Long, Relation> relations = body.relations() == null ? Map.of()
                : body.relations().stream().collect(Collectors.toMap(Member::personId, Member::relation, (a, b) -> b));
        return detail(RestResponse.ResponseBuilder.<HouseholdDetail>ok(), service.merge(id, ifMatch, body.fromHouseholdId(), relations, body.reason()));
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeHousehold", summary = "Close a household", description = "Only an empty household closes; it is kept with the reason, never deleted. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<HouseholdDetail> close(@PathParam("id") @Parameter(description = ID, example = "1001") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull Close body) {
        return detail(RestResponse.ResponseBuilder.<HouseholdDetail>ok(), service.close(id, ifMatch, body.reason()));
    }

    private RestResponse<HouseholdDetail> detail(RestResponse.ResponseBuilder<HouseholdDetail> builder, Household h) {
        List<Person> members = h.members();
        List<HouseholdMembership> history = service.history(h.id);
        Set<Long> ids = history.stream().map(m -> m.personId).collect(Collectors.toSet());
        Map<Long, String> names = names(ids);
        HouseholdView view = view(h, names.get(h.headId), members.size());
        HouseholdDetail body = new HouseholdDetail(view,
                members.stream().map(p -> PersonDtos.PersonView.of(p, clock.today())).toList(),
                history.stream().map(m -> Stay.of(m, names.get(m.personId))).toList());
        return builder.entity(body).tag(Versions.etag(h.version)).build();
    }

    private java.util.function.Function<Household, HouseholdView> views(List<Household> page) {
        Set<Long> heads = page.stream().map(h -> h.headId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = names(heads);
        Map<Long, Long> counts = service.memberCounts(page.stream().map(h -> h.id).toList());
        return h -> view(h, names.get(h.headId), counts.getOrDefault(h.id, 0L).intValue());
    }

    private HouseholdView view(Household h, String headName, int members) {
        return new HouseholdView(h.id, h.orgUnitId, h.code, h.address, h.type, h.headId, headName, h.status, members,
                h.closedOn, h.closedReasonIn(requestLanguage.current()), h.version);
    }

    private static Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new java.util.HashMap<>();
        }
        List<Person> people = Person.list("id in ?1", new HashSet<>(ids));
        return people.stream().collect(Collectors.toMap(p -> p.id, p -> p.name, (a, b) -> a, java.util.HashMap::new));
    }
}
