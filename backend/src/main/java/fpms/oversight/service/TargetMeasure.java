package fpms.oversight.service;

import fpms.oversight.TargetKind;
import java.util.Map;

/**
 * How much of one kind of target is done: a bean per {@link TargetKind}, computed on demand. The feature that owns
 * the records implements it (the targets know no feature).
 */
public interface TargetMeasure {

    TargetKind kind();

    /**
     * What is done in the year under the org unit whose materialized path is {@code rootPath}: in the whole subtree,
     * in the subtree of each direct child, and month by month (new in each month, January first) for the whole.
     * The caller has checked that the unit is in its scope.
     */
    Tally tally(String rootPath, int year);

    /** {@code done}: the whole subtree; {@code perChild}: direct child id → done in its subtree (absent = 0). */
    record Tally(long done, Map<Long, Long> perChild, long[] newPerMonth) {
    }
}
