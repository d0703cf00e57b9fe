package fpms.job;

import fpms.common.i18n.Message;

/** One problem a job met at one row (and column) of its input; the message is stored in the job's language. */
public record JobError(int row, String column, String value, Message message) {
}
