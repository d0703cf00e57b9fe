package fpms.common.paging;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/**
 * The total of a list that reaches millions at province scale (persons, households, the audit log …): an exact count
 * would read every matching row on every page, so the count stops after {@link PageQuery#MAX_ROWS} + 1 rows and the
 * page says total = {@link PageQuery#MAX_ROWS}, totalCapped — as far as the list can be paged anyway.
 */
public final class CappedCount {

    private CappedCount() {
    }

    /**
     * The page of {@code items} with its total: from the page itself when it is the last one, else counted over at most
     * {@link PageQuery#MAX_ROWS} + 1 rows of {@code from} (HQL "from Entity e where …" with its named parameters).
     */
    public static <T> Page<T> page(List<T> items, PageQuery paging, Class<?> entity, String from, Map<String, Object> params) {
        if (items.size() < paging.size && (!items.isEmpty() || paging.page == 0)) {
            return new Page<>(items, paging.page, paging.size, paging.offset() + items.size());
        }
        // a limited read of a constant: the database stops at the first MAX_ROWS + 1 matching rows
        TypedQuery<Integer> rows = Panache.getEntityManager(entity).createQuery("select 1 " + from, Integer.class);
        params.forEach(rows::setParameter);
        int counted = rows.setMaxResults(PageQuery.MAX_ROWS + 1).getResultList().size();
        boolean capped = counted > PageQuery.MAX_ROWS;
        return new Page<>(items, paging.page, paging.size, capped ? PageQuery.MAX_ROWS : counted, capped ? Boolean.TRUE : null);
    }
}
