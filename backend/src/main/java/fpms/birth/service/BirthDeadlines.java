package fpms.birth.service;

import fpms.common.i18n.Message;
import fpms.audit.AuditTrail;
import fpms.birth.BirthRegistration;
import fpms.calendar.CalendarChanged;
import fpms.common.time.OfficialCalendar;
import fpms.common.time.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The 5-working-day deadline of open applications, counted again when a day of the official calendar within their
 * review period changes (a holiday announced later moves it on, a make-up working day back). Every area's: the
 * calendar is the country's, so this reads past the scope of the administrator who changed it. Audited per application.
 */
@ApplicationScoped
public class BirthDeadlines {

    @Inject
    EntityManager em;

    @Inject
    OfficialCalendar calendar;

    @Inject
    AuditTrail audit;

    void recount(@Observes CalendarChanged change) {
        @SuppressWarnings("unchecked")
        List<BirthRegistration> open = em.createNativeQuery("select * from birth_registration where status in ('SUBMITTED', 'VILLAGE_REVIEWED')"
                + " and submitted_on < ?1 and due_on >= ?1", BirthRegistration.class).setParameter(1, change.day()).getResultList();
        if (open.isEmpty()) {
            return;
        }
        WorkingDays days = calendar.around(open.stream().map(r -> r.submittedOn).min(LocalDate::compareTo).orElseThrow(),
                open.stream().map(r -> r.submittedOn).max(LocalDate::compareTo).orElseThrow()); // read once for all
        for (BirthRegistration r : open) {
            LocalDate due = days.after(r.submittedOn, BirthRegistration.REVIEW_WORKING_DAYS);
            if (!due.equals(r.dueOn)) {
                Map<String, Object> before = r.auditState();
                r.dueOn = due;
                audit.changedFor(r, "DEADLINE_RECOUNTED", before, Message.of("audit.reason.calendar-changed", change.day()));
            }
        }
    }
}
