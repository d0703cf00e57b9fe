package fpms.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads {@link WorkingDays} from the table calendar_day, read afresh for each use (a few dozen rows a year, read by
 * primary key), so that every replica sees a new year's arrangement as soon as it is added.
 */
@ApplicationScoped
public class OfficialCalendar {

    /** Enough days ahead of any date asked about for deadlines of a few dozen working days, across any holiday. */
    private static final int DAYS_AHEAD = 120;

    @Inject
    EntityManager em;

    /** The calendar from {@code from} to {@link #DAYS_AHEAD} days after {@code to}: what deadlines in that range need. */
    @Transactional
    public WorkingDays around(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day, working from calendar_day where day between :from and :to")
                .setParameter("from", from).setParameter("to", to.plusDays(DAYS_AHEAD)).getResultList();
        Map<LocalDate, Boolean> listed = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof Date d ? d.toLocalDate() : (LocalDate) row[0];
            listed.put(day, (Boolean) row[1]);
        }
        return new WorkingDays(listed);
    }

    /**
     * The years from {@code from} to {@code to} (inclusive) whose arrangement is not entered: no day of theirs is listed,
     * so their working days count Monday to Friday only, holidays unknown.
     */
    @Transactional
    public Set<Integer> unarrangedYears(int from, int to) {
        @SuppressWarnings("unchecked")
        List<Number> listed = em.createNativeQuery("select distinct cast(extract(year from day) as int) from calendar_day"
                        + " where day >= :from and day < :until")
                .setParameter("from", LocalDate.of(from, 1, 1)).setParameter("until", LocalDate.of(to + 1, 1, 1)).getResultList();
        Set<Integer> years = new TreeSet<>();
        for (int y = from; y <= to; y++) {
            years.add(y);
        }
        listed.forEach(y -> years.remove(y.intValue()));
        return years;
    }

    /** The {@code n}-th working day after {@code day}. */
    @Transactional
    public LocalDate workingDaysAfter(LocalDate day, int n) {
        return around(day, day).after(day, n);
    }
}
