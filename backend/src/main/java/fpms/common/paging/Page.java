package fpms.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The page envelope of every collection: {items, page, size, total} (and totalCapped when the count stopped). */
@Schema(requiredProperties = {"items", "page", "size", "total"})
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "0-based page number", example = "0") int page,
        @Schema(description = "Page size asked for (at most 200)", example = "20") int size,
        @Schema(description = "Number of items over all pages", example = "123") long total,
        @Schema(description = "Present (true) when more items match than were counted: total is then the number the list"
                + " stops at, not all of them — narrow the search to see the rest") Boolean totalCapped) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalCapped);
    }
}
