package fpms.calendar.service;

import fpms.audit.AuditTrail;
import fpms.calendar.CalendarChanged;
import fpms.calendar.CalendarDay;
import fpms.common.error.ProblemException;
import fpms.common.time.WorkingDays;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The official calendar's listed days: read by anyone, set and reset by an administrator, audited. */
@ApplicationScoped
@Transactional
public class CalendarService {

    @Inject
    AuditTrail audit;

    @Inject
    Event<CalendarChanged> changed;

    @Transactional
    public List<CalendarDay> year(int year) {
        return CalendarDay.list("day >= ?1 and day < ?2", Sort.by("day"), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** Lists the day as a holiday or a working day (or changes how it is listed); deadlines across it are counted again. */
    public CalendarDay set(LocalDate day, boolean working, String note, String reason) {
        CalendarDay d = CalendarDay.findById(day);
        if (d == null) {
            d = new CalendarDay();
            d.day = day;
            d.working = working;
            d.note = note;
            d.persist();
            audit.changed(d, "CREATE", Map.of(), reason);
        } else {
            Map<String, Object> before = d.auditState();
            d.working = working;
            d.note = note;
            audit.changed(d, "CHANGE", before, reason);
        }
        fireChanged(day);
        return d;
    }

    /** The day follows the weekday rule again (the audit event keeps how it was listed). */
    public void reset(LocalDate day, String reason) {
        CalendarDay d = CalendarDay.<CalendarDay>findByIdOptional(day)
                .orElseThrow(() -> ProblemException.notFound("calendar.day.not-listed", day));
        CalendarDay byWeekday = new CalendarDay(); // what the day is once no longer listed (not stored)
        byWeekday.day = day;
        byWeekday.working = WorkingDays.byWeekday(day);
        audit.changed(byWeekday, "RESET", d.auditState(), reason);
        d.delete();
        fireChanged(day);
    }

    /** Written first: deadlines are counted again from the calendar as it is now. */
    private void fireChanged(LocalDate day) {
        CalendarDay.flush();
        changed.fire(new CalendarChanged(day));
    }
}
