package fpms.household.transfer;

import fpms.job.JobError;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The problems of one import: every one is counted, but only the first {@link #LISTED} (by row) are kept for the
 * report, so a file of millions of bad rows needs bounded memory and a report that can be written in one go.
 */
final class ImportErrors {

    static final int LISTED = 10_000;
    private static final Comparator<JobError> BY_ROW = Comparator.comparingInt(JobError::row);

    /** The kept problems, the one of the latest row first: it makes way for a problem of an earlier row. */
    private final PriorityQueue<JobError> kept = new PriorityQueue<>(BY_ROW.reversed());
    private final BitSet rows = new BitSet();
    private long count;

    void add(JobError e) {
        count++;
        rows.set(e.row());
        keep(e);
    }

    void addAll(Collection<JobError> errors) {
        errors.forEach(this::add);
    }

    /** The problems another check found (counted there), joined to these. */
    void addAll(ImportErrors other) {
        count += other.count;
        rows.or(other.rows);
        other.kept.forEach(this::keep);
    }

    private void keep(JobError e) {
        if (kept.size() < LISTED) {
            kept.add(e);
        } else if (e.row() < kept.peek().row()) {
            kept.poll();
            kept.add(e);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    long count() {
        return count;
    }

    long rowCount() {
        return rows.cardinality();
    }

    /** Problems counted but not kept for the report. */
    long unlisted() {
        return count - kept.size();
    }

    /** The kept problems, by row. */
    List<JobError> listed() {
        return kept.stream().sorted(BY_ROW).toList();
    }
}
