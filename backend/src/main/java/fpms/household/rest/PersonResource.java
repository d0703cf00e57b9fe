package fpms.household.rest;

import fpms.common.error.Problem;
import fpms.common.error.ProblemException;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.time.AppClock;
import fpms.common.version.Versions;
import fpms.common.web.Locations;
import fpms.household.Person;
import fpms.household.ResidenceStatus;
import fpms.household.Sex;
import fpms.household.rest.PersonDtos.PersonDetail;
import fpms.household.rest.PersonDtos.PersonIdentity;
import fpms.household.rest.PersonDtos.PersonView;
import fpms.household.rest.PersonDtos.PersonWrite;
import fpms.household.rest.PersonDtos.RevealRequest;
import fpms.household.service.PersonSearch;
import fpms.household.service.PersonService;
import fpms.household.transfer.RegisterExport;
import fpms.org.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/persons")
@RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER, Role.Names.AUDITOR, Role.Names.SERVICE})
@Tag(name = "Persons", description = "The person register: ID-validated persons, search, and audited reveals of identifiers")
@Transactional
public class PersonResource {

    @Inject
    PersonService service;

    @Inject
    AppClock clock;

    @Inject
    RegisterExport export;

    /** The search of the register; the same filters serve the list and its export. */
    public static class Filters {
        @QueryParam("q")
        @Parameter(description = "A name (part of it, or with one character wrong), a full ID number or its last 4+ characters, a phone or a household code", example = "马秀英")
        public String q;

        @QueryParam("orgUnitId")
        @Parameter(description = "Only persons of this village or town (its subtree)", example = "5")
        public Long orgUnitId;

        @QueryParam("residenceStatus")
        @Parameter(description = "REGISTERED, FLOATING_IN or FLOATING_OUT", example = "FLOATING_IN")
        public ResidenceStatus residenceStatus;

        @QueryParam("sex")
        @Parameter(description = "MALE or FEMALE", example = "FEMALE")
        public Sex sex;

        @QueryParam("ageFrom")
        @Min(value = 0, message = "{person.age.range}")
        @Max(value = 150, message = "{person.age.range}")
        @Parameter(description = "Aged at least this today", example = "15")
        public Integer ageFrom;

        @QueryParam("ageTo")
        @Min(value = 0, message = "{person.age.range}")
        @Max(value = 150, message = "{person.age.range}")
        @Parameter(description = "Aged at most this today", example = "49")
        public Integer ageTo;

        @QueryParam("childbearingAge")
        @Parameter(description = "Only living women aged 15–49 today", example = "true")
        public Boolean childbearingAge;

        public PersonSearch toSearch(PersonService service) {
            return new PersonSearch(q, service.areaPath(orgUnitId), residenceStatus, sex, ageFrom, ageTo, childbearingAge);
        }
    }

    @GET
    @Operation(operationId = "searchPersons", summary = "Search the register",
            description = "Active persons of the caller's subtree. One search text finds a name (partial or with one character wrong, "
                    + "best matches first), a full ID number, its last 4+ characters, a phone or a household code. ID numbers and phones are masked.")
    @APIResponse(responseCode = "200", description = "A page of persons")
    public Page<PersonView> search(@BeanParam @Valid PageQuery paging, @BeanParam @Valid Filters filters) {
        return service.search(filters.toSearch(service), paging).map(p -> PersonView.of(p, clock.today()));
    }

    @GET
    @Path("/export")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER, Role.Names.SERVICE})
    @Operation(operationId = "exportPersons", summary = "Export the search as .xlsx or .csv",
            description = "The same search and filters as the list, every match, streamed in constant memory; identifiers masked.")
    @APIResponse(responseCode = "200", description = "The file: format decides its media type and name (Accept only refuses it)",
            content = {@Content(mediaType = ImportResource.XLSX), @Content(mediaType = "text/csv")})
    @APIResponse(responseCode = "406", description = "Accept refuses the format's media type; the detail names each format's type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@BeanParam @Valid Filters filters,
            @QueryParam("format") @DefaultValue("XLSX") @Parameter(description = "XLSX (default) or CSV", example = "XLSX")
            RegisterExport.Format format,
            @Context HttpHeaders request, @Context UriInfo uri) {
        PersonSearch search = filters.toSearch(service);
        Map<String, String> filter = ExportFile.filter(uri);
        StreamingOutput body = out -> export.persons(search, format, filter, out);
        return ExportFile.of(body, "persons", format, request);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerson", summary = "One person", description = "All details, identifiers masked; the version is in the ETag.")
    @APIResponse(responseCode = "200", description = "The person")
    public RestResponse<PersonDetail> get(@PathParam("id") @Parameter(description = "Person id", example = "1203") long id) {
        Person p = service.find(id).orElseThrow(() -> ProblemException.notFound("person.not-found", id));
        return detail(RestResponse.ResponseBuilder.<PersonDetail>ok(), p);
    }

    @POST
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE})
    @Operation(operationId = "createPerson", summary = "Register a person",
            description = "Validates the ID number (GB 11643-1999) and derives birth date and sex from it. One person per ID number: a second "
                    + "answers 409 naming the existing record (one registered outside the caller's area is audited as a lookup, 50 a day "
                    + "per user, then 429 until the next day). Probable duplicates are queued for review.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonDetail.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public RestResponse<PersonDetail> create(@Valid @NotNull PersonWrite body) {
        Person p = service.create(body.changes());
        return detail(RestResponse.ResponseBuilder.<PersonDetail>created(Locations.of(PersonResource.class, p.id)), p);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE})
    @Operation(operationId = "updatePerson", summary = "Edit a person",
            description = "Details, residence (floating in or out) and death; household membership changes through the household operations. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public RestResponse<PersonDetail> update(@PathParam("id") @Parameter(description = "Person id", example = "1203") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull PersonWrite body) {
        return detail(RestResponse.ResponseBuilder.<PersonDetail>ok(), service.update(id, ifMatch, body.changes()));
    }

    @POST
    @Path("/{id}/identity")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER})
    @Operation(operationId = "revealPersonIdentity", summary = "Show the full ID number and phone",
            description = "For the roles whose work needs them; the purpose and the read are written to the audit log.")
    @APIResponse(responseCode = "200", description = "The full identifiers")
    public PersonIdentity reveal(@PathParam("id") @Parameter(description = "Person id", example = "1203") long id,
            @Valid @NotNull RevealRequest body) {
        Person p = service.reveal(id, body.purpose());
        return new PersonIdentity(p.id, p.idNumber, p.phone);
    }

    private RestResponse<PersonDetail> detail(RestResponse.ResponseBuilder<PersonDetail> builder, Person p) {
        return builder.entity(PersonDetail.of(p, clock.today())).tag(Versions.etag(p.version)).build();
    }
}
