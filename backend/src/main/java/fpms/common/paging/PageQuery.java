package fpms.common.paging;

import io.quarkus.panache.common.Sort;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * ?page=0&size=20&sort=field,asc — the paging parameters of every collection. A list is paged through its first
 * {@link #MAX_ROWS} rows (page × size below it, as a search engine's result window): further rows are reached by
 * narrowing the search or by an export, never by skipping millions of rows.
 */
@PageQuery.Window
public class PageQuery {

    /** The rows a list can be paged through; also where a capped total stops ({@link CappedCount}). */
    public static final int MAX_ROWS = 10_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{paging.page.min}")
    @Parameter(description = "0-based page number; page × size must be below 10000 (narrow the search to reach further rows)",
            example = "0")
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

    /** Rows before the page: page × size, at most {@link #MAX_ROWS} − 1. */
    public long offset() {
        return (long) page * size;
    }

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

    /** The page starts within the first {@link #MAX_ROWS} rows; a violation names {@code page}. */
    @Constraint(validatedBy = WindowCheck.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Window {
        String message() default "{paging.page.window}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class WindowCheck implements ConstraintValidator<Window, PageQuery> {
        @Override
        public boolean isValid(PageQuery q, ConstraintValidatorContext context) {
            if (q == null || q.page < 0 || q.size < 1 || q.offset() < MAX_ROWS) {
                return true; // the field constraints speak for a negative page or a wrong size
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("page").addConstraintViolation();
            return false;
        }
    }
}
