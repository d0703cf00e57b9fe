package fpms.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"field"}, description = "One field's value before and after a write (null before on a create)",
        example = "{\"field\": \"name\", \"before\": \"东台村\", \"after\": \"东台社区\"}")
public record FieldChange(
        @Schema(description = "The field", example = "name") String field,
        @Schema(description = "Value before the write") Object before,
        @Schema(description = "Value after the write") Object after) {
}
