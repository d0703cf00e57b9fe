package fpms.household.rest;

import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.time.AppClock;
import fpms.household.service.FloatingPopulation;
import fpms.household.service.PersonService;
import fpms.org.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/floating-population")
@RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER, Role.Names.AUDITOR})
@Tag(name = "Floating population", description = "Inflow and outflow: stays about to end, counts per village, record coverage")
@Transactional
public class FloatingResource {

    @Inject
    FloatingPopulation floating;

    @Inject
    PersonService persons;

    @Inject
    AppClock clock;

    @Schema(name = "FloatingCount", description = "Floating persons of one village", requiredProperties = {"orgUnitId", "floatingIn", "floatingOut"})
    public record Count(@Schema(example = "5") long orgUnitId, @Schema(example = "12") long floatingIn, @Schema(example = "3") long floatingOut) {
    }

    @Schema(name = "FloatingCoverage", description = "Floating persons with a complete record ÷ all floating persons in scope",
            requiredProperties = {"floating", "complete", "rate"})
    public record Coverage(
            @Schema(example = "40") long floating,
            @Schema(example = "35") long complete,
            @Schema(description = "complete ÷ floating, 4 decimals; 1 when there is nobody floating", example = "0.8750") BigDecimal rate) {
    }

    @GET
    @Path("/expiring")
    @Operation(operationId = "listExpiringStays", summary = "Stays ending soon",
            description = "Persons floating in whose expected stay ends within the given number of days (or has already ended), soonest first"
                    + " unless sorted by stayUntil, name, arrivalDate or id.")
    @APIResponse(responseCode = "200", description = "A page of persons")
    public Page<PersonDtos.PersonView> expiring(@BeanParam @Valid PageQuery paging,
            @QueryParam("days") @DefaultValue("30") @Min(value = 0, message = "{floating.days.range}") @Max(value = 366, message = "{floating.days.range}")
            @Parameter(description = "Days ahead", example = "30") int days,
            @QueryParam("orgUnitId") @Parameter(description = "Only this village or town (subtree)", example = "5") Long orgUnitId) {
        return floating.expiring(days, persons.areaPath(orgUnitId), paging).map(p -> PersonDtos.PersonView.of(p, clock.today()));
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "countFloatingPerVillage", summary = "Counts per village", description = "Floating-in and floating-out persons per village of the caller's subtree.")
    @APIResponse(responseCode = "200", description = "One row per village with floating persons")
    public List<Count> counts() {
        return floating.countsPerVillage().stream().map(c -> new Count(c.orgUnitId(), c.floatingIn(), c.floatingOut())).toList();
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "getFloatingCoverage", summary = "Record coverage",
            description = "Computed on demand: floating persons whose record is complete (in: origin, arrival, stay and phone; out: destination and departure) ÷ all floating persons in scope. The annual target is ≥ 85 %.")
    @APIResponse(responseCode = "200", description = "The coverage")
    public Coverage coverage() {
        FloatingPopulation.Coverage c = floating.coverage();
        BigDecimal rate = c.floating() == 0 ? BigDecimal.ONE.setScale(4)
                : BigDecimal.valueOf(c.complete()).divide(BigDecimal.valueOf(c.floating()), 4, RoundingMode.HALF_UP);
        return new Coverage(c.floating(), c.complete(), rate);
    }
}
