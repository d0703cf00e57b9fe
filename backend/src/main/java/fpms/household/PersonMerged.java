package fpms.household;

import fpms.common.i18n.Message;

/**
 * Fired (in the merging transaction) when a duplicate person record is retired into the kept one: every feature
 * that refers to persons observes it and moves its references from {@code retiredId} to {@code keptId}.
 */
public record PersonMerged(long keptId, long retiredId) {

    /** The audit reason of every record the merge changes. */
    public Message reason() {
        return Message.of("audit.reason.person-merged", retiredId, keptId);
    }
}
