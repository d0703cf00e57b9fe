package fpms.birth.service;

import fpms.audit.AuditTrail;
import fpms.birth.BirthRegistration;
import fpms.calendar.CalendarChanged;
import fpms.common.i18n.Message;
import fpms.common.scope.PastScope;
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
 * calendar is the country's, so this goes past the scope of the administrator who changed it (audited), and audits
 * each application it changes.
 */
@ApplicationScoped
public class BirthDeadlines {

    @Inject
    EntityManager em;

    @Inject
    PastScope pastScope;

    @Inject
    OfficialCalendar calendar;

    @Inject
    AuditTrail audit;

    void recount(@Observes CalendarChanged change) {
        pastScope.run(PastScope.Reason.CALENDAR_DEADLINES, () -> recountFrom(change.day()));
    }

    private void recountFrom(LocalDate changed) {
        @SuppressWarnings("unchecked")
        List<BirthRegistration> open = em.createNativeQuery("select * from birth_registration where status in ('SUBMITTED', 'VILLAGE_REVIEWED')"
                + " and submitted_on < ?1 and due_on >= ?1", BirthRegistration.class).setParameter(1, changed).getResultList();
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
                audit.changedFor(r, "DEADLINE_RECOUNTED", before, Message.of("audit.reason.calendar-changed", changed));
            }
        }
    }
}
