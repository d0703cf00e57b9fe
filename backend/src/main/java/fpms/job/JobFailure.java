package fpms.job;

/** Work that stops for a reason the user should read (the job fails with this message). */
public class JobFailure extends RuntimeException {

    public JobFailure(String message) {
        super(message, null, false, false);
    }
}
