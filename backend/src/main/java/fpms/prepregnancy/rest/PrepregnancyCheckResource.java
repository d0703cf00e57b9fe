package fpms.prepregnancy.rest;

import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.time.PlausibleYear;
import fpms.common.version.Versions;
import fpms.common.web.Locations;
import fpms.household.service.PersonService;
import fpms.org.Role;
import fpms.prepregnancy.PrepregnancyCheck;
import fpms.prepregnancy.PrepregnancyRiskFactor;
import fpms.prepregnancy.RiskLevel;
import fpms.prepregnancy.rest.PrepregnancyCheckDtos.CheckDetail;
import fpms.prepregnancy.rest.PrepregnancyCheckDtos.CheckView;
import fpms.prepregnancy.rest.PrepregnancyCheckDtos.CheckVoid;
import fpms.prepregnancy.rest.PrepregnancyCheckDtos.CheckWrite;
import fpms.prepregnancy.rest.PrepregnancyCheckDtos.RiskFactorView;
import fpms.prepregnancy.service.PrepregnancyCheckService;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/prepregnancy-checks")
@RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER})
@Tag(name = "Pre-pregnancy checks", description = "免费孕前优生健康检查: couples' checks with results and risk assessment; corrected by void and a new record")
@Transactional
public class PrepregnancyCheckResource {

    private static final String ID = "Check id";

    @Inject
    PrepregnancyCheckService service;

    @Inject
    PersonService persons;

    /** The list's filters. */
    public static class Filters {
        @QueryParam("year")
        @PlausibleYear
        @Parameter(description = "Only checks of this calendar year (2000 to 10 years ahead)", example = "2018")
        public Integer year;

        @QueryParam("orgUnitId")
        @Parameter(description = "Only this village or town (subtree)", example = "5")
        public Long orgUnitId;

        @QueryParam("risk")
        @Parameter(description = "LOW or HIGH", example = "HIGH")
        public RiskLevel risk;

        @QueryParam("status")
        @Parameter(description = "VALID or VOIDED (both when absent)", example = "VALID")
        public PrepregnancyCheck.Status status;

        @QueryParam("q")
        @Parameter(description = "The beginning of the wife's or the husband's name", example = "马")
        public String q;
    }

    @GET
    @Operation(operationId = "listPrepregnancyChecks", summary = "Search pre-pregnancy checks",
            description = "Checks of the caller's subtree by year, village or town, risk, status and a partner's name (its beginning); "
                    + "ID numbers masked, no laboratory results. Newest first; sort by checkDate, recordedAt or id.")
    @APIResponse(responseCode = "200", description = "A page of checks")
    public Page<CheckView> list(@BeanParam @Valid PageQuery paging, @BeanParam @Valid Filters filters) {
        Page<PrepregnancyCheck> page = service.list(new PrepregnancyCheckService.Filter(filters.year, persons.areaPath(filters.orgUnitId),
                filters.risk, filters.status, filters.q), paging);
        Map<Long, PrepregnancyCheckService.Partner> partners = service.partners(page.items());
        return page.map(c -> CheckView.of(c, partners));
    }

    @GET
    @Path("/risk-factors")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER, Role.Names.AUDITOR, Role.Names.ADMIN})
    @Operation(operationId = "listPrepregnancyRiskFactors", summary = "The pre-pregnancy risk-factor dictionary",
            description = "The risk factors a HIGH risk assessment names (高龄, 慢性病, 遗传病家族史, …), in display order.")
    @APIResponse(responseCode = "200", description = "Every risk factor")
    public List<RiskFactorView> riskFactors() {
        return PrepregnancyRiskFactor.all().stream().map(RiskFactorView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPrepregnancyCheck", summary = "One check with its results",
            description = "The couple (identifiers masked), every result, the risk assessment and the advice; the read is audited (health data). "
                    + "The version is in the ETag.")
    @APIResponse(responseCode = "200", description = "The check")
    public RestResponse<CheckDetail> get(@PathParam("id") @Parameter(description = ID, example = "51") long id) {
        return detail(RestResponse.ResponseBuilder.<CheckDetail>ok(), service.read(id));
    }

    @POST
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER})
    @Operation(operationId = "recordPrepregnancyCheck", summary = "Record a check",
            description = "A couple of the register (the wife a woman, the husband a man, both in the caller's subtree), a check date not in the future, "
                    + "the results, the risk (HIGH names at least one risk factor, LOW none), the institution and the advice. The check belongs to "
                    + "the wife's village; the same couple on the same day is recorded once (409).")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CheckDetail.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<CheckDetail> record(@Valid @NotNull CheckWrite body) {
        PrepregnancyCheck c = service.record(body.newCheck());
        return detail(RestResponse.ResponseBuilder.<CheckDetail>created(Locations.of(PrepregnancyCheckResource.class, c.id)), c);
    }

    @POST
    @Path("/{id}/void")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER})
    @Operation(operationId = "voidPrepregnancyCheck", summary = "Void a check",
            description = "A check is never edited or deleted: a mistaken one is voided with the reason (and recorded again). It then counts "
                    + "towards no target. Voiding a void check answers 409. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Voided")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<CheckDetail> voidCheck(@PathParam("id") @Parameter(description = ID, example = "51") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull CheckVoid body) {
        return detail(RestResponse.ResponseBuilder.<CheckDetail>ok(), service.voidCheck(id, ifMatch, body.reason()));
    }

    private RestResponse<CheckDetail> detail(RestResponse.ResponseBuilder<CheckDetail> builder, PrepregnancyCheck c) {
        return builder.entity(CheckDetail.of(c, service.partners(List.of(c)))).tag(Versions.etag(c.version)).build();
    }
}
