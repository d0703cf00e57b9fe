package fpms.birth.rest;

import fpms.birth.BirthRegistration;
import fpms.birth.BirthRegistrationKind;
import fpms.birth.BirthRegistrationStatus;
import fpms.birth.Deadline;
import fpms.birth.rest.BirthRegistrationDtos.BirthRegistrationDetail;
import fpms.birth.rest.BirthRegistrationDtos.BirthRegistrationView;
import fpms.birth.rest.BirthRegistrationDtos.BirthRegistrationWrite;
import fpms.birth.rest.BirthRegistrationDtos.ChildOrderHint;
import fpms.birth.rest.BirthRegistrationDtos.Reason;
import fpms.birth.rest.BirthRegistrationDtos.Remark;
import fpms.birth.rest.BirthRegistrationDtos.Resubmission;
import fpms.birth.rest.BirthRegistrationDtos.Step;
import fpms.birth.rest.BirthRegistrationDtos.VillageReview;
import fpms.birth.service.BirthRegistrationSearch;
import fpms.birth.service.BirthRegistrationService;
import fpms.birth.service.Parents;
import fpms.birth.service.Places;
import fpms.common.error.ProblemException;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.scope.Caller;
import fpms.common.version.Versions;
import fpms.common.web.Locations;
import fpms.common.web.Texts;
import fpms.household.Person;
import fpms.household.service.PersonService;
import fpms.org.Role;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/birth-registrations")
@RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE, Role.Names.DISTRICT_OFFICER,
    Role.Names.AUDITOR})
@Tag(name = "Birth registrations", description = "生育登记 (1st and 2nd child: registered within 5 working days) and 再生育审批 "
        + "(3rd child or later: village review, town decision), with numbers, worklists and the certificate's data")
@Transactional
public class BirthRegistrationResource {

    private static final String ID = "Birth registration id";
    private static final String IF_MATCH_EXAMPLE = "\"0\"";

    @Inject
    BirthRegistrationService service;

    @Inject
    PersonService persons;

    @Inject
    Parents parents;

    @Inject
    Places places;

    @Inject
    Caller caller;

    public static class Filters {
        @QueryParam("queue")
        @Parameter(description = "A worklist: OPEN (submitted or village-reviewed), DUE_SOON (open, due today or within 2 working days)"
                + " or OVERDUE (open, past the due date)", example = "DUE_SOON")
        public BirthRegistrationSearch.Queue queue;

        @QueryParam("status")
        @Parameter(description = "SUBMITTED, VILLAGE_REVIEWED, REGISTERED, RETURNED, APPROVED or REJECTED", example = "SUBMITTED")
        public BirthRegistrationStatus status;

        @QueryParam("kind")
        @Parameter(description = "REGISTRATION or APPROVAL", example = "APPROVAL")
        public BirthRegistrationKind kind;

        @QueryParam("orgUnitId")
        @Parameter(description = "Only applications of this village or town (subtree)", example = "5")
        public Long orgUnitId;

        @QueryParam("q")
        @Parameter(description = "The beginning or the end of the mother's or the father's name (persons of your area)", example = "马秀英")
        public String q;

        BirthRegistrationSearch toSearch(PersonService persons) {
            return new BirthRegistrationSearch(queue, status, kind, persons.areaPath(orgUnitId), q);
        }
    }

    @GET
    @Operation(operationId = "listBirthRegistrations", summary = "List applications and the worklists",
            description = "Applications of the caller's subtree (the mother's village), by worklist, status, kind, village and name;"
                    + " ID numbers masked. Sorted by due date unless asked otherwise: dueOn, submittedOn or id.")
    @APIResponse(responseCode = "200", description = "A page of applications")
    public Page<BirthRegistrationView> list(@BeanParam @Valid PageQuery paging, @BeanParam Filters filters) {
        Page<BirthRegistration> page = service.list(filters.toSearch(persons), paging);
        Set<Long> ids = new HashSet<>();
        page.items().forEach(r -> {
            ids.add(r.fatherId);
            ids.add(r.motherId);
        });
        Map<Long, Parents.Parent> couple = parents.of(ids);
        Function<BirthRegistration, Deadline> deadlines = service.deadlines();
        Predicate<BirthRegistration> weekdaysOnly = service.countedWeekdaysOnly(page.items());
        return page.map(r -> BirthRegistrationView.of(r, couple.get(r.fatherId), couple.get(r.motherId), deadlines.apply(r),
                weekdaysOnly.test(r)));
    }

    @GET
    @Path("/child-order")
    @Operation(operationId = "getChildOrderHint", summary = "The order of a mother's next child",
            description = "Counts the children the register records with her as their mother: the order of the next one, and whether it"
                    + " needs a registration or an approval. A hint for the application form, which may correct it.")
    @APIResponse(responseCode = "200", description = "The hint")
    public ChildOrderHint childOrder(@QueryParam("motherId") @Parameter(description = "A woman of the register in your area", example = "1203", required = true)
            Long motherId) {
        if (motherId == null) {
            throw ProblemException.invalidField("motherId", "field.required");
        }
        return ChildOrderHint.of(service.childOrderHint(motherId));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBirthRegistration", summary = "One application, with what its certificate shows",
            description = "The couple (ID numbers masked: the full ones through the audited identity reveal), marriage date, child order,"
                    + " number, dates, village and town, the timeline and the steps the caller may take now; the version is in the ETag.")
    @APIResponse(responseCode = "200", description = "The application")
    public RestResponse<BirthRegistrationDetail> get(@PathParam("id") @Parameter(description = ID, example = "1005") long id) {
        return detail(RestResponse.ResponseBuilder.<BirthRegistrationDetail>ok(), service.require(id));
    }

    @POST
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE})
    @Operation(operationId = "submitBirthRegistration", summary = "Submit an application",
            description = "The father (a man) and the mother (a woman) must be persons of your area (404 otherwise); the marriage date"
                    + " is not in the future and after both births. The 1st and 2nd child make a REGISTRATION, the 3rd and later an"
                    + " APPROVAL; a child order other than her registered children + 1 needs childOrderReason. A pregnancyId names one of"
                    + " her pregnancies in your area (404 otherwise, 422 another woman's). One open application per mother and child"
                    + " order (409). Due 5 working days after today.")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BirthRegistrationDetail.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<BirthRegistrationDetail> submit(@Valid @NotNull BirthRegistrationWrite body) {
        BirthRegistration r = service.submit(new BirthRegistrationService.Application(body.fatherId(), body.motherId(),
                body.marriageDate(), body.childOrder(), Texts.blankToNull(body.childOrderReason()), body.channel(), body.pregnancyId()));
        return detail(RestResponse.ResponseBuilder.<BirthRegistrationDetail>created(Locations.of(BirthRegistrationResource.class, r.id)), r);
    }

    @POST
    @Path("/{id}/resubmit")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE})
    @Operation(operationId = "resubmitBirthRegistration", summary = "Submit a returned registration again",
            description = "RETURNED → SUBMITTED, with the marriage date or child order corrected where given and a new due date."
                    + " Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Submitted again")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<BirthRegistrationDetail> resubmit(@PathParam("id") @Parameter(description = ID, example = "1005") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = IF_MATCH_EXAMPLE) String ifMatch,
            @Valid @NotNull Resubmission body) {
        return detail(RestResponse.ResponseBuilder.<BirthRegistrationDetail>ok(), service.resubmit(id, ifMatch, body.marriageDate(),
                body.childOrder(), Texts.blankToNull(body.childOrderReason()), Texts.blankToNull(body.note())));
    }

    @POST
    @Path("/{id}/register")
    @RolesAllowed(Role.Names.TOWN_OFFICER)
    @Operation(operationId = "registerBirth", summary = "Register (生育登记)",
            description = "A submitted REGISTRATION → REGISTERED, with the next number of the year and town, e.g. 2018-640502101-0007."
                    + " TOWN_OFFICER. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Registered")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public RestResponse<BirthRegistrationDetail> register(@PathParam("id") @Parameter(description = ID, example = "1005") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = IF_MATCH_EXAMPLE) String ifMatch,
            @Valid @NotNull Remark body) {
        return detail(RestResponse.ResponseBuilder.<BirthRegistrationDetail>ok(), service.register(id, ifMatch, Texts.blankToNull(body.remark())));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Role.Names.TOWN_OFFICER)
    @Operation(operationId = "returnBirthRegistration", summary = "Return to the applicant",
            description = "A submitted REGISTRATION → RETURNED with the reason; the applicant may correct and resubmit it. TOWN_OFFICER. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Returned")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<BirthRegistrationDetail> returnToApplicant(@PathParam("id") @Parameter(description = ID, example = "1005") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = IF_MATCH_EXAMPLE) String ifMatch,
            @Valid @NotNull Reason body) {
        return detail(RestResponse.ResponseBuilder.<BirthRegistrationDetail>ok(), service.returnToApplicant(id, ifMatch, body.reason().trim()));
    }

    @POST
    @Path("/{id}/village-review")
    @RolesAllowed(Role.Names.VILLAGE_WORKER)
    @Operation(operationId = "villageReviewBirthRegistration", summary = "Village review of an approval",
            description = "A submitted APPROVAL → VILLAGE_REVIEWED with the village's opinion, for the town to decide. VILLAGE_WORKER. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Reviewed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<BirthRegistrationDetail> villageReview(@PathParam("id") @Parameter(description = ID, example = "1005") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = IF_MATCH_EXAMPLE) String ifMatch,
            @Valid @NotNull VillageReview body) {
        return detail(RestResponse.ResponseBuilder.<BirthRegistrationDetail>ok(), service.villageReview(id, ifMatch, body.opinion().trim()));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Role.Names.TOWN_OFFICER)
    @Operation(operationId = "approveBirthRegistration", summary = "Approve (再生育审批)",
            description = "A village-reviewed APPROVAL → APPROVED, numbered like registrations. TOWN_OFFICER. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public RestResponse<BirthRegistrationDetail> approve(@PathParam("id") @Parameter(description = ID, example = "1005") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = IF_MATCH_EXAMPLE) String ifMatch,
            @Valid @NotNull Remark body) {
        return detail(RestResponse.ResponseBuilder.<BirthRegistrationDetail>ok(), service.approve(id, ifMatch, Texts.blankToNull(body.remark())));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Role.Names.TOWN_OFFICER)
    @Operation(operationId = "rejectBirthRegistration", summary = "Reject an approval",
            description = "A village-reviewed APPROVAL → REJECTED with the reason. TOWN_OFFICER. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<BirthRegistrationDetail> reject(@PathParam("id") @Parameter(description = ID, example = "1005") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = IF_MATCH_EXAMPLE) String ifMatch,
            @Valid @NotNull Reason body) {
        return detail(RestResponse.ResponseBuilder.<BirthRegistrationDetail>ok(), service.reject(id, ifMatch, body.reason().trim()));
    }

    private RestResponse<BirthRegistrationDetail> detail(RestResponse.ResponseBuilder<BirthRegistrationDetail> builder, BirthRegistration r) {
        Map<Long, Parents.Parent> couple = parents.of(List.of(r.fatherId, r.motherId));
        List<Step> steps = service.steps(r.id).stream().map(s -> Step.of(s)).toList();
        BirthRegistrationDetail body = BirthRegistrationDetail.of(r, service.deadlines().apply(r),
                service.countedWeekdaysOnly(List.of(r)).test(r), places.of(r.orgUnitId),
                couple.get(r.fatherId), couple.get(r.motherId), persons.registeredChildrenOf(r.motherId), steps, r.actionsFor(caller.roles()));
        return builder.entity(body).tag(Versions.etag(r.version)).build();
    }
}
