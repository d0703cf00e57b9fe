package fpms.common.jdbc;

import jakarta.persistence.EntityManager;

/**
 * Plans made for each statement's own values, for the rest of the transaction. PostgreSQL plans a statement that a
 * connection runs again and again once for all values (a generic plan) when that looks no dearer: right for a read by
 * id, whose planning under the row-level security policies costs more than its execution, wrong for a search, whose
 * best plan depends on the text searched (a name common or rare, a range of an index or another index).
 */
public final class CustomPlans {

    private CustomPlans() {
    }

    /** This transaction's statements are planned for their values. */
    public static void forThisTransaction(EntityManager em) {
        em.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
    }
}
