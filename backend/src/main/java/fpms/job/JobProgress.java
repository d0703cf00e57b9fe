package fpms.job;

import java.util.List;

/** What running work reports while it goes on; each call commits on its own, so pollers see it at once. */
public interface JobProgress {

    void total(long total);

    void done(long done);

    /** Records problems met (rows of the error report). */
    void errors(List<JobError> errors);

    long jobId();
}
