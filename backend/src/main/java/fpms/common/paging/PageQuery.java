package fpms.common.paging;

import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** ?page=0&size=20&sort=field,asc — the paging parameters of every collection. */
public class PageQuery {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{paging.page.min}")
    @Parameter(description = "0-based page number", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "{paging.size.range}")
    @Max(value = 200, message = "{paging.size.range}")
    @Parameter(description = "Page size, 1 to 200", example = "20")
    public int size;

    @QueryParam("sort")
    @Pattern(regexp = "[A-Za-z]+(,(asc|desc))?", message = "{paging.sort.pattern}")
    @Parameter(description = "Sort as field,asc or field,desc; the fields each list allows are in its description", example = "name,asc")
    public String sort;

    public PageQuery() {
    }

    public PageQuery(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    /**
     * The sort to use: {@code allowed} maps API field names to entity attributes; the default applies when none is asked.
     * An id tie-breaker keeps pages stable.
     */
    public Sort sort(Map<String, String> allowed, String defaultField, Sort.Direction defaultDirection) {
        String field = defaultField;
        Sort.Direction direction = defaultDirection;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            field = allowed.get(parts[0]);
            if (field == null) {
                throw fpms.common.error.ProblemException.invalidField("sort", "paging.sort.field", String.join(", ", allowed.keySet()));
            }
            direction = parts.length > 1 && parts[1].equals("desc") ? Sort.Direction.Descending : Sort.Direction.Ascending;
        } else {
            field = allowed.getOrDefault(defaultField, defaultField);
        }
        Sort result = Sort.by(field, direction);
        return field.equals("id") ? result : result.and("id", direction);
    }
}
