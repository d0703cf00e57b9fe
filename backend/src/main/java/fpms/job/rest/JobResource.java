package fpms.job.rest;

import fpms.common.error.ProblemException;
import fpms.job.Job;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/jobs")
@Authenticated
@Tag(name = "Jobs", description = "Long work (imports, scans) and its progress")
@Transactional
public class JobResource {


    @Schema(name = "JobView", description = "A job and its progress: done of total units, errors met so far",
            requiredProperties = {"id", "kind", "status", "total", "done", "errorCount", "createdBy", "createdAt"})
    public record JobView(
            @Schema(example = "101") long id,
            @Schema(description = "PERSON_IMPORT, DUPLICATE_SCAN, …", example = "PERSON_IMPORT") String kind,
            @Schema(example = "RUNNING") Job.Status status,
            @Schema(description = "Units of work in all (0 while not yet known)", example = "20000") long total,
            @Schema(description = "Units done", example = "8500") long done,
            @Schema(description = "Problems recorded (rows of the error report)", example = "1") int errorCount,
            @Schema(description = "The outcome in one line, or why it failed", example = "imported 1999 persons in 640 households") String message,
            @Schema(example = "village") String createdBy,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt,
            @Schema(description = "When the error report was deleted, 30 days after the end (its rows no longer listed)") Instant errorsRemovedAt) {

        public static JobView of(Job j) {
            return new JobView(j.id, j.kind, j.status, j.total, j.done, j.errorCount, j.message, j.createdBy, j.createdAt, j.startedAt,
                    j.finishedAt, j.errorsRemovedAt);
        }
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getJob", summary = "A job's state and progress", description = "Poll it (e.g. every second) until SUCCEEDED or FAILED.")
    @APIResponse(responseCode = "200", description = "The job")
    public JobView get(@PathParam("id") @Parameter(description = "Job id", example = "101") long id) {
        Job job = Job.<Job>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("job.not-found", id));
        return JobView.of(job);
    }
}
