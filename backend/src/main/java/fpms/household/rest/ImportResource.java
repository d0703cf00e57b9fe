package fpms.household.rest;

import fpms.common.error.ProblemException;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.web.Locations;
import fpms.household.transfer.ImportTemplate;
import fpms.household.transfer.RegisterImport;
import fpms.job.Job;
import fpms.job.JobRunner;
import fpms.job.rest.JobResource.JobView;
import fpms.org.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/imports")
@RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE})
@Tag(name = "Imports", description = "Households with members from .xlsx or .csv, as a job with progress and a per-row error report")
@Transactional
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final long MAX_BYTES = 50L * 1024 * 1024;

    @Inject
    JobRunner jobs;

    @Inject
    RegisterImport registerImport;


    @Schema(name = "ImportError", description = "One problem of one row", requiredProperties = {"row", "message"})
    public record ImportError(
            @Schema(description = "Row number as the spreadsheet shows it (1 = the header)", example = "7") int row,
            @Schema(description = "The column's header", example = "身份证号") String column,
            @Schema(example = "640502198001011235") String value,
            @Schema(example = "has a wrong check character (the last one): check the number for a typing error") String message) {
    }

    @GET
    @Path("/template")
    @Produces(XLSX)
    @Operation(operationId = "downloadImportTemplate", summary = "The import template",
            description = "An .xlsx with the Chinese column headers, an example row and a sheet of instructions.")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = XLSX))
    public Response template() {
        StreamingOutput body = ImportTemplate::write;
        return attachment(body, MediaType.valueOf(XLSX), "register-import-template.xlsx");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "startImport", summary = "Import households and members",
            description = "Upload an .xlsx or .csv (UTF-8 or GBK, up to 50 MB) laid out like the template. Answers at once with the job; "
                    + "poll GET /api/imports/{id}. ALL_OR_NOTHING (default) writes nothing if any row has a problem; VALID_ROWS_ONLY writes the valid rows.")
    @APIResponse(responseCode = "202", description = "The import job, queued", content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobView.class)))
    public RestResponse<JobView> start(
            @RestForm("file") @Parameter(description = "The .xlsx or .csv file") FileUpload file,
            @RestForm("mode") @PartType(MediaType.TEXT_PLAIN) @Parameter(description = "ALL_OR_NOTHING (default) or VALID_ROWS_ONLY") String mode) throws IOException {
        if (file == null || file.size() == 0) {
            throw ProblemException.invalidField("file", "import.file.type");
        }
        if (file.size() > MAX_BYTES) {
            throw ProblemException.invalidField("file", "import.file.too-big");
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase();
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            throw ProblemException.invalidField("file", "import.file.type");
        }
        RegisterImport.Mode chosen;
        try {
            chosen = mode == null || mode.isBlank() ? RegisterImport.Mode.ALL_OR_NOTHING : RegisterImport.Mode.valueOf(mode.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("mode", "import.mode");
        }
        // the upload is deleted when the request ends; the job reads its own copy
        java.nio.file.Path copy = Files.createTempFile("fpms-import-", name.endsWith(".xlsx") ? ".xlsx" : ".csv");
        Files.copy(file.uploadedFile(), copy, StandardCopyOption.REPLACE_EXISTING);
        long id;
        try {
            id = jobs.start(RegisterImport.KIND, Map.of("fileName", file.fileName(), "mode", chosen.name(), "bytes", file.size()),
                    progress -> registerImport.run(copy, chosen, progress));
        } catch (RuntimeException refused) { // the job deletes its copy when it ends or fails; one never started must too
            Files.deleteIfExists(copy);
            throw refused;
        }
        return RestResponse.ResponseBuilder.<JobView>create(RestResponse.Status.ACCEPTED)
                .location(Locations.of(ImportResource.class, id)).entity(view(id)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE, Role.Names.AUDITOR})
    @Operation(operationId = "getImport", summary = "An import's state and progress", description = "Rows done of the total, problems so far, and the outcome.")
    @APIResponse(responseCode = "200", description = "The import job")
    public JobView get(@PathParam("id") @Parameter(description = "Import (job) id", example = "101") long id) {
        return view(id);
    }

    @GET
    @Path("/{id}/errors")
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE, Role.Names.AUDITOR})
    @Operation(operationId = "listImportErrors", summary = "An import's error report", description = "The problems, by row and column, a page at a time; "
            + "values that are ID numbers or phones masked. Kept 30 days after the import ended, then deleted (the import's errorsRemovedAt).")
    @APIResponse(responseCode = "200", description = "A page of problems")
    public Page<ImportError> errors(@PathParam("id") @Parameter(description = "Import (job) id", example = "101") long id,
            @BeanParam @Valid PageQuery paging) {
        Job job = importJob(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Job.getEntityManager().createNativeQuery(
                        "select row_no, column_name, value, message from job_error where job_id = ?1 order by row_no, column_name limit ?2 offset ?3")
                .setParameter(1, job.id).setParameter(2, paging.size).setParameter(3, (long) paging.page * paging.size).getResultList();
        long total = job.errorsRemovedAt == null ? job.errorCount : 0; // the report's time is over
        return new Page<>(rows.stream().map(ImportResource::error).toList(), paging.page, paging.size, total);
    }

    @GET
    @Path("/{id}/errors.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Role.Names.VILLAGE_WORKER, Role.Names.TOWN_OFFICER, Role.Names.SERVICE, Role.Names.AUDITOR})
    @Operation(operationId = "downloadImportErrors", summary = "The error report as .xlsx", description = "Row, column, value and problem of every problem found.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = XLSX))
    public Response errorReport(@PathParam("id") @Parameter(description = "Import (job) id", example = "101") long id) {
        Job job = importJob(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Job.getEntityManager().createNativeQuery(
                "select row_no, column_name, value, message from job_error where job_id = ?1 order by row_no, column_name")
                .setParameter(1, job.id).getResultList();
        StreamingOutput body = out -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
                var sheet = wb.createSheet("错误报告");
                String[] head = {"行号", "列", "值", "问题"};
                var h = sheet.createRow(0);
                for (int i = 0; i < head.length; i++) {
                    h.createCell(i).setCellValue(head[i]);
                }
                int r = 1;
                for (Object[] e : rows) {
                    var row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(((Number) e[0]).intValue());
                    for (int i = 1; i < 4; i++) {
                        row.createCell(i).setCellValue(e[i] == null ? "" : e[i].toString());
                    }
                }
                wb.write(out);
            }
        };
        return attachment(body, MediaType.valueOf(XLSX), "import-" + id + "-errors.xlsx");
    }

    /** A file to download, named; the one way every download of the API is answered. */
    static Response attachment(StreamingOutput body, MediaType type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private Job importJob(long id) {
        Job job = Job.findById(id);
        if (job == null || !RegisterImport.KIND.equals(job.kind)) {
            throw ProblemException.notFound("import.not-found", id);
        }
        return job;
    }

    private JobView view(long id) {
        return JobView.of(importJob(id));
    }

    private static ImportError error(Object[] r) {
        return new ImportError(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3]);
    }
}
