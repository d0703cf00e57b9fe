package fpms.audit;

import fpms.common.paging.CappedCount;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the audit log (within the caller's subtree, like everything else). There is no way to change it. */
@ApplicationScoped
@Transactional
public class AuditLog {

    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurredAt", "id", "id");

    public record Filter(String entityType, String entityId, String actor, String action, Instant from, Instant to) {
    }

    public Page<AuditEvent> search(Filter f, PageQuery paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        add(where, params, "entityType", f.entityType(), "entityType = :entityType");
        add(where, params, "entityId", f.entityId(), "entityId = :entityId");
        add(where, params, "actor", f.actor(), "actor = :actor");
        add(where, params, "action", f.action(), "action = :action");
        add(where, params, "from", f.from(), "occurredAt >= :from");
        add(where, params, "to", f.to(), "occurredAt < :to");
        Sort sort = paging.sort(SORTABLE, "occurredAt", Sort.Direction.Descending);
        String from = "from AuditEvent" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<AuditEvent> query = AuditEvent.find(from, sort, params);
        return CappedCount.page(query.page(paging.page, paging.size).list(), paging, AuditEvent.class, from, params.map());
    }

    private static void add(List<String> where, Parameters params, String name, Object value, String condition) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.add(condition);
            params.and(name, value);
        }
    }
}
