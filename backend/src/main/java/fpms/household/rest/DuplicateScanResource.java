package fpms.household.rest;

import fpms.common.i18n.Message;
import fpms.common.web.Locations;
import fpms.household.service.DuplicateFinder;
import fpms.household.service.PersonService;
import fpms.job.Job;
import fpms.job.JobRunner;
import fpms.job.rest.JobResource.JobView;
import fpms.job.rest.JobResource;
import fpms.org.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/duplicate-scans")
@RolesAllowed({Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER})
@Tag(name = "Duplicates")
@Transactional
public class DuplicateScanResource {

    static final String KIND = "DUPLICATE_SCAN";

    @Inject
    JobRunner jobs;

    @Inject
    DuplicateFinder finder;

    @Inject
    PersonService persons;


    @Schema(name = "DuplicateScanRequest", description = "The subtree to scan", example = "{\"orgUnitId\": 4}")
    public record ScanRequest(@NotNull @Schema(example = "4") Long orgUnitId) {
    }

    @POST
    @Operation(operationId = "startDuplicateScan", summary = "Scan a subtree for duplicates",
            description = "A job that compares every active person of the org unit's subtree with the register and queues the probable duplicates; poll GET /api/jobs/{id}.")
    @APIResponse(responseCode = "202", description = "The scan job, queued", content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobView.class)))
    public RestResponse<JobView> scan(@Valid @NotNull ScanRequest body) {
        String path = persons.areaPath(body.orgUnitId());
        long id = jobs.start(KIND, Map.of("orgUnitId", body.orgUnitId()), progress -> {
            progress.total(1);
            int found = QuarkusTransaction.requiringNew().timeout(1800).call(() -> finder.scan(path));
            progress.done(1);
            return Message.of("duplicate.scan.done", found);
        });
        Job job = Job.findById(id);
        return RestResponse.ResponseBuilder.<JobView>create(RestResponse.Status.ACCEPTED)
                .location(Locations.of(JobResource.class, id)).entity(JobView.of(job)).build();
    }
}
