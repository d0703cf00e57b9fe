package fpms.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"field", "message"}, description = "One invalid input field", example = "{\"field\": \"username\", \"message\": \"must not be blank\"}")
public record FieldError(
        @Schema(description = "The field's name as sent in the request (body property, query or path parameter)", example = "username") String field,
        @Schema(description = "What is wrong with it", example = "must not be blank") String message) {
}
