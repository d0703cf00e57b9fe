package fpms.job;

/** One problem a job met at one row (and column) of its input. */
public record JobError(int row, String column, String value, String message) {
}
