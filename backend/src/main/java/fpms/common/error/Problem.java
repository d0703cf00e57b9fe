package fpms.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the body of every error answer, as application/problem+json. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"type", "title", "status", "detail"}, description = "RFC 9457 problem details, sent as application/problem+json with every error",
        example = "{\"type\": \"urn:fpms:problem:validation\", \"title\": \"Invalid input\", \"status\": 400, \"detail\": \"1 field is invalid\", \"errors\": [{\"field\": \"username\", \"message\": \"must not be blank\"}]}")
public record Problem(
        @Schema(description = "A URI naming the kind of problem", example = "urn:fpms:problem:not-found") String type,
        @Schema(description = "Short, human-readable summary of the kind of problem", example = "Not found") String title,
        @Schema(description = "The HTTP status code", example = "404") int status,
        @Schema(description = "What went wrong in this case", example = "Org unit 42 was not found") String detail,
        @Schema(description = "The request path", example = "/api/org-units/42") String instance,
        @Schema(description = "Id of this request in the server log (500 answers)", example = "3f2a9c4e-5b1d-4c37-9a51-08c1f2b7d6e0") String correlationId,
        @Schema(description = "The invalid fields (validation errors)") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
