package fpms.common.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working days of the official calendar: Monday to Friday, except the public holidays, plus the weekends made working
 * days (调休). Pure: built from the calendar's listed days ({@link OfficialCalendar} reads them from calendar_day); a
 * day the calendar does not list is a working day exactly when it falls from Monday to Friday.
 */
public final class WorkingDays {

    private final Map<LocalDate, Boolean> listed;

    /** @param listed the calendar's days: true for a working day (a make-up weekend), false for a holiday */
    public WorkingDays(Map<LocalDate, Boolean> listed) {
        this.listed = Map.copyOf(listed);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean working = listed.get(day);
        return working != null ? working : byWeekday(day);
    }

    /** The rule for a day the calendar does not list: Monday to Friday work, weekends not. */
    public static boolean byWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code day} (which itself does not count, whatever it is); {@code day} for 0. */
    public LocalDate after(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}
