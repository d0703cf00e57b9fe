package fpms.pregnancy.rest;

import fpms.common.error.ProblemException;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.scope.Caller;
import fpms.common.time.AppClock;
import fpms.common.time.DateBounds;
import fpms.common.web.Locations;
import fpms.household.service.PersonService;
import fpms.job.rest.JobResource;
import fpms.org.OrgUnit;
import fpms.org.Role;
import fpms.pregnancy.FollowUpRuleVersion;
import fpms.pregnancy.RiskFactor;
import fpms.pregnancy.rest.FollowUpDtos.ComplianceView;
import fpms.pregnancy.rest.FollowUpDtos.RuleView;
import fpms.pregnancy.rest.FollowUpDtos.RuleWrite;
import fpms.pregnancy.rest.FollowUpDtos.WorklistRow;
import fpms.pregnancy.schedule.FollowUpKind;
import fpms.pregnancy.service.Compliance;
import fpms.pregnancy.service.FollowUpRules;
import fpms.pregnancy.service.Worklist;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The follow-up work of an area: the worklist, compliance, and the rules and risk dictionary they rest on. */
@Path("/")
@Tag(name = "Follow-up", description = "Worklist of open follow-ups, compliance by area and month, the follow-up rules and risk factors")
@Transactional
public class FollowUpResource {

    @Inject
    Worklist worklist;

    @Inject
    Compliance compliance;

    @Inject
    FollowUpRules rules;

    @Inject
    PersonService persons;

    @Inject
    Caller caller;

    @Inject
    AppClock clock;

    @Schema(name = "FollowUpRuleChange", requiredProperties = {"rule", "jobId"})
    record RuleChange(RuleView rule, @Schema(description = "The job re-planning the active pregnancies (GET /api/jobs/{id})", example = "51") long jobId) {
    }

    @GET
    @Path("worklist")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER})
    @Operation(operationId = "getWorklist", summary = "Open follow-ups, most urgent first",
            description = "DUE and OVERDUE slots (and UPCOMING within upcomingDays on request) of the caller's area: overdue high-risk first,"
                    + " then the longest overdue, then due, then upcoming, unless sorted by dueDate, start, end, kind, highRisk, pregnancyId or"
                    + " village. Identifiers masked. The village worker's home page.")
    @APIResponse(responseCode = "200", description = "A page of open follow-ups")
    public Page<WorklistRow> worklist(@BeanParam @Valid PageQuery paging,
            @QueryParam("kind") @Parameter(description = "HOME_VISIT, PREGNANCY_CHECK or ULTRASOUND", example = "HOME_VISIT") FollowUpKind kind,
            @QueryParam("orgUnitId") @Parameter(description = "Only this village or town (its subtree)", example = "5") Long orgUnitId,
            @QueryParam("workerId") @Parameter(description = "Only those of this responsible worker", example = "7") Long workerId,
            @QueryParam("minDaysOverdue") @Min(0) @Max(366)
            @Parameter(description = "Only those at least this many days past their due date, 0 to 366", example = "7") Integer minDaysOverdue,
            @QueryParam("upcomingDays") @DefaultValue("0") @Min(0) @Max(90) @Parameter(description = "Also UPCOMING slots starting within this many days", example = "7") int upcomingDays) {
        Worklist.Filter f = new Worklist.Filter(kind, persons.areaPath(orgUnitId), workerId, minDaysOverdue, upcomingDays);
        return worklist.list(f, paging).map(WorklistRow::of);
    }

    @GET
    @Path("follow-up-compliance")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER, Role.Names.AUDITOR})
    @Operation(operationId = "getFollowUpCompliance", summary = "Follow-up compliance of an area for a month",
            description = "Slots whose window closed in the month: done, missed and the rate, per direct child of the org unit (drill down"
                    + " district → town → village) and kind, and the unit's 12-month trend. Computed on demand.")
    @APIResponse(responseCode = "200", description = "The compliance report")
    public ComplianceView compliance(
            @QueryParam("period") @NotNull
            @Parameter(description = "The month, yyyy-MM, from 2000-01 to this month", example = "2018-07", required = true) String period,
            @QueryParam("orgUnitId") @Parameter(description = "The org unit (the caller's own by default)", example = "4") Long orgUnitId) {
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("period", "compliance.period");
        }
        YearMonth first = YearMonth.from(DateBounds.first());
        YearMonth latest = YearMonth.from(clock.today());
        if (month.isBefore(first) || month.isAfter(latest)) {
            throw ProblemException.invalidField("period", "compliance.period.range", first.toString(), latest.toString());
        }
        long id = orgUnitId == null ? caller.orgUnitId() : orgUnitId;
        OrgUnit unit = OrgUnit.<OrgUnit>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("org-unit.not-found", id));
        return ComplianceView.of(compliance.of(unit, month));
    }

    @GET
    @Path("follow-up-rules")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER, Role.Names.AUDITOR, Role.Names.ADMIN,
        Role.Names.SERVICE})
    @Operation(operationId = "listFollowUpRules", summary = "The follow-up rules, every version",
            description = "Per kind, newest version first: interval, window, grace days and the date each took effect.")
    @APIResponse(responseCode = "200", description = "All versions")
    public List<RuleView> rules() {
        return rules.all().stream().map(RuleView::of).toList();
    }

    @POST
    @Path("follow-up-rules")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "changeFollowUpRule", summary = "Change a follow-up rule",
            description = "A new version of a kind's rule, effective from today or later (409 when one already starts that day); a job"
                    + " re-plans the open and future slots of every active pregnancy, closed slots keep theirs.")
    @APIResponse(responseCode = "202", description = "The new version and the re-planning job",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RuleChange.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public jakarta.ws.rs.core.Response change(@Valid @NotNull RuleWrite body) {
        Map.Entry<FollowUpRuleVersion, Long> done = rules.change(new FollowUpRules.Change(body.kind(), body.intervalMonths(), body.windowDays(),
                body.graceDays(), body.effectiveFrom(), body.reason()));
        return jakarta.ws.rs.core.Response.accepted(new RuleChange(RuleView.of(done.getKey()), done.getValue()))
                .location(Locations.of(JobResource.class, done.getValue())).build();
    }

    @Schema(name = "RiskFactor", requiredProperties = {"code", "name", "level"})
    record RiskFactorView(@Schema(example = "HYPERTENSION") String code, @Schema(example = "妊娠期高血压") String name,
            @Schema(example = "HIGH") fpms.pregnancy.RiskLevel level) {
    }

    @GET
    @Path("risk-factors")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER, Role.Names.AUDITOR, Role.Names.ADMIN,
        Role.Names.SERVICE})
    @Operation(operationId = "listRiskFactors", summary = "The high-risk factor dictionary", description = "Codes, names and levels.")
    @APIResponse(responseCode = "200", description = "The dictionary")
    public List<RiskFactorView> riskFactors() {
        return RiskFactor.<RiskFactor>list("order by level desc, code").stream().map(f -> new RiskFactorView(f.code, f.name, f.level)).toList();
    }
}
