package fpms.pregnancy.service;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/** The pregnancies whose rows this transaction has locked ({@link FollowUpPlanning#lock}) or created: those it may re-plan. */
@TransactionScoped
class LockedPregnancies implements Serializable {

    private final Set<Long> ids = new HashSet<>();

    void add(long id) {
        ids.add(id);
    }

    boolean contains(long id) {
        return ids.contains(id);
    }
}
