package fpms.common.scope;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/**
 * Resolves the data-scope filter's parameter: the current materialized path of the caller's org unit (read once per
 * request, so a moved unit scopes at once), or a path no unit has. A constant path lets the planner estimate the
 * subtree from the index statistics instead of guessing.
 */
@Singleton
@Unremovable
public class CallerScopePath implements Supplier<String> {

    @Override
    public String get() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return OrgScope.NOBODY;
        }
        String path = arc.instance(Caller.class).get().orgUnitPathOrNull();
        return path != null ? path : OrgScope.NOBODY;
    }
}
