package fpms.pregnancy.rest;

import fpms.common.jdbc.PrefixRange;
import fpms.common.paging.CappedCount;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.time.AppClock;
import fpms.common.time.DateBounds;
import fpms.common.version.Versions;
import fpms.common.web.Locations;
import fpms.household.Person;
import fpms.household.service.PersonService;
import fpms.org.Role;
import fpms.pregnancy.Baby;
import fpms.pregnancy.Pregnancy;
import fpms.pregnancy.PregnancyStatus;
import fpms.pregnancy.RiskFactor;
import fpms.pregnancy.RiskLevel;
import fpms.pregnancy.rest.FollowUpDtos.ScheduleView;
import fpms.pregnancy.rest.PregnancyDtos.BabyView;
import fpms.pregnancy.rest.PregnancyDtos.DeliveryWrite;
import fpms.pregnancy.rest.PregnancyDtos.EndWrite;
import fpms.pregnancy.rest.PregnancyDtos.PregnancyDetail;
import fpms.pregnancy.rest.PregnancyDtos.PregnancyView;
import fpms.pregnancy.rest.PregnancyDtos.PregnancyWrite;
import fpms.pregnancy.rest.PregnancyDtos.RiskView;
import fpms.pregnancy.rest.PregnancyDtos.TransferWrite;
import fpms.pregnancy.service.FollowUpPlanning;
import fpms.pregnancy.service.PregnancyCommands;
import fpms.pregnancy.service.PregnancyService;
import fpms.pregnancy.service.PregnantWomen;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import java.time.LocalDate;
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

@Path("/pregnancies")
@RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER, Role.Names.SERVICE})
@Tag(name = "Pregnancies", description = "Pregnancies followed from registration to their outcome, with their follow-up schedule")
@Transactional
public class PregnancyResource {

    private static final Map<String, String> SORTABLE = Map.of("edd", "edd", "registeredOn", "registeredOn", "id", "id");

    @Inject
    PregnancyService service;

    @Inject
    PersonService persons;

    @Inject
    PregnantWomen women;

    @Inject
    FollowUpPlanning planning;

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    @GET
    @Operation(operationId = "listPregnancies", summary = "The pregnancy register",
            description = "Pregnancies of the caller's area, filtered; the woman's identifiers masked.")
    @APIResponse(responseCode = "200", description = "A page of pregnancies")
    public Page<PregnancyView> list(@BeanParam @Valid PageQuery paging,
            @QueryParam("status") @Parameter(description = "ACTIVE, DELIVERED, ENDED or TRANSFERRED_OUT", example = "ACTIVE") PregnancyStatus status,
            @QueryParam("orgUnitId") @Parameter(description = "Only this village or town (its subtree)", example = "5") Long orgUnitId,
            @QueryParam("riskLevel") @Parameter(description = "LOW, MEDIUM or HIGH", example = "HIGH") RiskLevel riskLevel,
            @QueryParam("workerId") @Parameter(description = "Only those of this responsible worker", example = "7") Long workerId,
            @QueryParam("transferredIn") @Parameter(description = "true: only those transferred in from another village (continuations); false: none of them", example = "true") Boolean transferredIn,
            @QueryParam("q") @Parameter(description = "The woman's name (its beginning)", example = "马秀") String q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        String area = persons.areaPath(orgUnitId);
        if (area != null) {
            where.append(" and orgUnitId in (select o.id from OrgUnit o where o.path like :path)");
            params.put("path", area + "%");
        }
        if (riskLevel != null) {
            where.append(" and riskLevel = :risk");
            params.put("risk", riskLevel);
        }
        if (workerId != null) {
            where.append(" and responsibleWorkerId = :worker");
            params.put("worker", workerId);
        }
        if (transferredIn != null) {
            where.append(transferredIn ? " and transferredFromId is not null" : " and transferredFromId is null");
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (personId in (select x.id from Person x where " + PrefixRange.hql("x.name", "name")
                    + " and x.status = fpms.household.PersonStatus.ACTIVE) or personId in :movedIn)");
            PrefixRange.bind(params, "name", q.trim());
            List<Long> movedIn = women.movedInNamed(q.trim());
            params.put("movedIn", movedIn.isEmpty() ? List.of(-1L) : movedIn);
        }
        Sort sort = paging.sort(SORTABLE, "id", Sort.Direction.Descending);
        List<Pregnancy> items = Pregnancy.<Pregnancy>find(where.toString(), sort, params).page(paging.page, paging.size).list();
        Map<Long, Person> byId = women.byPregnancy(items);
        LocalDate today = clock.today();
        return CappedCount.page(items, paging, Pregnancy.class, "from Pregnancy where " + where, params)
                .map(p -> PregnancyView.of(p, byId.get(p.personId), today));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPregnancy", summary = "One pregnancy", description = "With risks, outcome and babies, a health record: each read "
            + "is audited (READ: who, which pregnancy, no value). The version is in the ETag.")
    @APIResponse(responseCode = "200", description = "The pregnancy")
    public RestResponse<PregnancyDetail> get(@PathParam("id") @Parameter(description = "Pregnancy id", example = "1001") long id) {
        return detail(RestResponse.ResponseBuilder.ok(), service.read(id));
    }

    @POST
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE})
    @Operation(operationId = "registerPregnancy", summary = "Register a pregnancy",
            description = "EDD = LMP + 280 days unless corrected with a reason; birth order derived from her registered children unless"
                    + " overridden with a reason; 409 when she already has an ACTIVE pregnancy. Plans her follow-up slots.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PregnancyDetail.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<PregnancyDetail> register(@Valid @NotNull PregnancyWrite body) {
        Pregnancy p = service.register(body.command());
        return detail(RestResponse.ResponseBuilder.created(Locations.of(PregnancyResource.class, p.id)), p);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE})
    @Operation(operationId = "correctPregnancy", summary = "Correct a registration",
            description = "LMP, EDD, registration date, birth order, risk factors or the responsible worker, with a reason; open and"
                    + " future slots are re-planned, DONE ones kept. Only an ACTIVE pregnancy (409). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Corrected")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<PregnancyDetail> correct(@PathParam("id") @Parameter(description = "Pregnancy id", example = "1001") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull PregnancyWrite body) {
        if (body.reason() == null || body.reason().isBlank()) {
            throw fpms.common.error.ProblemException.invalidField("reason", "field.required");
        }
        return detail(RestResponse.ResponseBuilder.ok(), service.correct(id, ifMatch, body.command(), body.reason()));
    }

    @POST
    @Path("/{id}/delivery")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE})
    @Operation(operationId = "deliverPregnancy", summary = "Record the delivery",
            description = "ACTIVE → DELIVERED: date, place, babies; live-born babies join the register in her household, linked to both"
                    + " parents; the slots after the delivery are cancelled. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Delivered")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<PregnancyDetail> deliver(@PathParam("id") @Parameter(description = "Pregnancy id", example = "1001") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull DeliveryWrite body) {
        return detail(RestResponse.ResponseBuilder.ok(), service.deliver(id, ifMatch, body.command()));
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE})
    @Operation(operationId = "endPregnancy", summary = "Record an end other than a birth",
            description = "ACTIVE → ENDED: miscarriage, medically indicated termination or other, with a reason; later slots cancelled. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<PregnancyDetail> end(@PathParam("id") @Parameter(description = "Pregnancy id", example = "1001") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull EndWrite body) {
        return detail(RestResponse.ResponseBuilder.ok(), service.end(id, ifMatch, new PregnancyCommands.End(body.date(), body.type(), body.reason())));
    }

    @POST
    @Path("/{id}/transfer")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE})
    @Operation(operationId = "transferPregnancy", summary = "Transfer to another village",
            description = "ACTIVE → TRANSFERRED_OUT; an ACTIVE continuation is created in the receiving village, which then owns it"
                    + " (its follow-up starts on the transfer date). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Transferred out (this record)")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<PregnancyDetail> transfer(@PathParam("id") @Parameter(description = "Pregnancy id", example = "1001") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull TransferWrite body) {
        return detail(RestResponse.ResponseBuilder.ok(),
                service.transfer(id, ifMatch, new PregnancyCommands.Transfer(body.date(), body.toOrgUnitId(), body.reason())));
    }

    @GET
    @Path("/{id}/schedule")
    @Operation(operationId = "getPregnancySchedule", summary = "The follow-up schedule",
            description = "Slots per kind and period from registration to the outcome (or EDD + margin), each with window, due date and status"
                    + " UPCOMING / DUE / OVERDUE / DONE / MISSED / CANCELLED as of the day asked (today by default), and where each visit went.")
    @APIResponse(responseCode = "200", description = "The schedule")
    public ScheduleView schedule(@PathParam("id") @Parameter(description = "Pregnancy id", example = "1001") long id,
            @QueryParam("asOf") @Parameter(description = "The day the statuses are for (today by default), from 2000 to 10 years ahead",
                    example = "2018-09-17") LocalDate asOf) {
        DateBounds.planned("asOf", asOf, clock.today());
        Pregnancy p = service.require(id);
        LocalDate day = asOf == null ? clock.today() : asOf;
        return ScheduleView.of(p.id, planning.schedule(p, day), day);
    }

    private RestResponse<PregnancyDetail> detail(RestResponse.ResponseBuilder<PregnancyDetail> builder, Pregnancy p) {
        Person woman = women.of(p);
        List<RiskView> risks = em.createQuery("select f, r.notedOn from PregnancyRisk r join RiskFactor f on f.code = r.factorCode"
                + " where r.pregnancyId = :id order by r.notedOn, f.code", Object[].class).setParameter("id", p.id).getResultList().stream()
                .map(r -> new RiskView(((RiskFactor) r[0]).code, ((RiskFactor) r[0]).name, ((RiskFactor) r[0]).level, (LocalDate) r[1])).toList();
        List<BabyView> babies = Baby.<Baby>list("pregnancyId = ?1 order by seq", p.id).stream().map(BabyView::of).toList();
        PregnancyDetail body = new PregnancyDetail(PregnancyView.of(p, woman, clock.today()), p.householdId, p.ageReason, p.eddReason,
                p.birthOrderReason, risks, p.outcomeType, p.outcomePlace, p.outcomeReason, p.transferredToId, p.transferredFromId, babies);
        return builder.entity(body).tag(Versions.etag(p.version)).build();
    }
}
