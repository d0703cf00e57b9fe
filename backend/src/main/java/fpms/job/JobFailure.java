package fpms.job;

import fpms.common.i18n.Message;

/** Work that stops for a reason the user should read (the job fails with this message, in the job's language). */
public class JobFailure extends RuntimeException {

    private final Message reason;

    public JobFailure(Message reason) {
        super(null, null, false, false);
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason.toString();
    }
}
