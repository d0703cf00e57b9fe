package fpms.calendar.rest;

import fpms.calendar.rest.CalendarDtos.CalendarDayReset;
import fpms.calendar.rest.CalendarDtos.CalendarDaySet;
import fpms.calendar.rest.CalendarDtos.CalendarDayView;
import fpms.calendar.rest.CalendarDtos.CalendarYearView;
import fpms.calendar.service.CalendarService;
import fpms.common.time.AppClock;
import fpms.common.time.DateBounds;
import fpms.common.time.PlausibleYear;
import fpms.common.web.Texts;
import fpms.org.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/calendar-days")
@Authenticated
@Tag(name = "Official calendar", description = "Public holidays and make-up working days (调休) that deadlines in working days count with")
@Transactional
public class CalendarResource {

    private static final String DAY = "The day (ISO date), from 2000 to the end of the year 10 years ahead";

    @Inject
    CalendarService service;

    @Inject
    AppClock clock;

    @GET
    @Operation(operationId = "listCalendarDays", summary = "The listed days of a year",
            description = "The days of the year that break the Monday-to-Friday rule, in order (at most a few dozen). Unlisted days: Monday"
                    + " to Friday work, weekends not. A year without any listed day is not arranged yet (arranged false): its deadlines"
                    + " count Monday to Friday only.")
    @APIResponse(responseCode = "200", description = "The year's listed days")
    public CalendarYearView year(@QueryParam("year") @NotNull @PlausibleYear
            @Parameter(description = "The year, 2000 to 10 years ahead", required = true, example = "2027") Integer year) {
        return CalendarYearView.of(year, service.year(year));
    }

    @PUT
    @Path("/{day}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "setCalendarDay", summary = "List a day as a holiday or a working day",
            description = "Creates or changes the day's listing, with the reason (the notice it comes from); audited. The 5-working-day deadlines "
                    + "of open birth registrations whose review period spans the day are counted again in the same transaction.")
    @APIResponse(responseCode = "200", description = "The day as listed now")
    public CalendarDayView set(@PathParam("day") @Parameter(description = DAY, example = "2027-02-06") LocalDate day, @Valid @NotNull CalendarDaySet body) {
        DateBounds.planned("day", day, clock.today());
        return CalendarDayView.of(service.set(day, body.working(), Texts.blankToNull(body.note()),
                body.reason().trim()));
    }

    @POST
    @Path("/{day}/reset")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "resetCalendarDay", summary = "Let a day follow the weekday rule again",
            description = "Removes the day's listing (the audit event keeps how it was listed, and why it was removed); deadlines across it are counted again.")
    @APIResponse(responseCode = "204", description = "Reset")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<Void> reset(@PathParam("day") @Parameter(description = DAY, example = "2027-02-06") LocalDate day, @Valid @NotNull CalendarDayReset body) {
        service.reset(day, body.reason().trim());
        return RestResponse.noContent();
    }
}
