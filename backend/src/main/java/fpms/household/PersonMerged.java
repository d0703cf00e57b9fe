package fpms.household;

/**
 * Fired (in the merging transaction) when a duplicate person record is retired into the kept one: every feature
 * that refers to persons observes it and moves its references from {@code retiredId} to {@code keptId}.
 */
public record PersonMerged(long keptId, long retiredId) {
}
