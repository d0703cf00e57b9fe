package fpms.birth;

import fpms.common.time.WorkingDays;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An open application's deadline as of today, in working days of the official calendar. */
@Schema(name = "BirthRegistrationDeadline",
        description = "ON_TIME, DUE_SOON (due today or within 2 working days) or OVERDUE (past its due date); absent once decided")
public enum Deadline {
    ON_TIME, DUE_SOON, OVERDUE;

    public static Deadline of(LocalDate dueOn, LocalDate today, WorkingDays calendar) {
        if (dueOn.isBefore(today)) {
            return OVERDUE;
        }
        return dueOn.isAfter(soonUntil(today, calendar)) ? ON_TIME : DUE_SOON;
    }

    /** The last due date that counts as due soon today. */
    public static LocalDate soonUntil(LocalDate today, WorkingDays calendar) {
        return calendar.after(today, BirthRegistration.DUE_SOON_WORKING_DAYS);
    }
}
