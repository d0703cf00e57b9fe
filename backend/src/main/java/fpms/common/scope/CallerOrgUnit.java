package fpms.common.scope;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/** Resolves the data-scope filter's parameter: the caller's org unit, or one that matches nothing. */
@Singleton
@Unremovable
public class CallerOrgUnit implements Supplier<Long> {

    @Override
    public Long get() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return OrgScope.NOBODY;
        }
        Long unit = arc.instance(Caller.class).get().orgUnitIdOrNull();
        return unit != null ? unit : OrgScope.NOBODY;
    }
}
