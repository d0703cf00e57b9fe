package fpms.pregnancy.service;

import fpms.common.time.AppClock;
import fpms.org.OrgUnit;
import fpms.pregnancy.schedule.FollowUpKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follow-up compliance, computed on demand: the slots whose period ENDED in a month (and before today), how many were
 * DONE and how many MISSED (slots cancelled by an outcome before their end do not count), per direct child of an org
 * unit (drill down district → town → village) and kind, plus the unit's month-by-month trend.
 */
@ApplicationScoped
@Transactional
public class Compliance {

    public static final int TREND_MONTHS = 12;

    public record Count(long done, long missed) {
        public long closed() {
            return done + missed;
        }

        /** done ÷ closed, null when nothing closed. */
        public Double rate() {
            return closed() == 0 ? null : (double) done / closed();
        }

        Count plus(long d, long m) {
            return new Count(done + d, missed + m);
        }
    }

    public record UnitRow(OrgUnit unit, Map<FollowUpKind, Count> byKind) {
    }

    public record MonthRow(YearMonth month, Map<FollowUpKind, Count> byKind) {
    }

    public record Report(OrgUnit unit, YearMonth period, Map<FollowUpKind, Count> total, List<UnitRow> children, List<MonthRow> trend) {
    }

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    public Report of(OrgUnit unit, YearMonth period) {
        LocalDate today = clock.today();
        List<OrgUnit> children = OrgUnit.list("parentId = ?1 order by code, id", unit.id);
        Map<Long, OrgUnit> childOf = new HashMap<>(); // every unit of the subtree → the child of `unit` it lies under
        for (OrgUnit u : OrgUnit.<OrgUnit>list("path like ?1", unit.path + "%")) {
            children.stream().filter(c -> c.contains(u)).findFirst().ifPresent(c -> childOf.put(u.id, c));
        }
        Map<Long, Map<FollowUpKind, Count>> perChild = new LinkedHashMap<>();
        children.forEach(c -> perChild.put(c.id, empty()));
        Map<FollowUpKind, Count> total = empty();
        for (Object[] r : counts("s.orgUnitId", unit.path, period.atDay(1), period.atEndOfMonth(), today)) {
            FollowUpKind kind = (FollowUpKind) r[1];
            long done = (Long) r[2];
            long missed = (Long) r[3];
            total.merge(kind, new Count(done, missed), (a, b) -> a.plus(b.done(), b.missed()));
            OrgUnit child = childOf.get((Long) r[0]);
            if (child != null) {
                perChild.get(child.id).merge(kind, new Count(done, missed), (a, b) -> a.plus(b.done(), b.missed()));
            }
        }
        List<UnitRow> rows = new ArrayList<>();
        children.forEach(c -> rows.add(new UnitRow(c, perChild.get(c.id))));
        return new Report(unit, period, total, rows, trend(unit, period, today));
    }

    private List<MonthRow> trend(OrgUnit unit, YearMonth period, LocalDate today) {
        YearMonth first = period.minusMonths(TREND_MONTHS - 1L);
        Map<YearMonth, Map<FollowUpKind, Count>> months = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(period); m = m.plusMonths(1)) {
            months.put(m, empty());
        }
        String month = "extract(year from s.endDate) * 100 + extract(month from s.endDate)";
        for (Object[] r : counts(month, unit.path, first.atDay(1), period.atEndOfMonth(), today)) {
            int ym = ((Number) r[0]).intValue();
            months.get(YearMonth.of(ym / 100, ym % 100)).put((FollowUpKind) r[1], new Count((Long) r[2], (Long) r[3]));
        }
        List<MonthRow> trend = new ArrayList<>();
        months.forEach((m, c) -> trend.add(new MonthRow(m, c)));
        return trend;
    }

    /** [group, kind, done, missed] of the slots of the subtree whose period ended between from and to (and before today). */
    private List<Object[]> counts(String groupBy, String path, LocalDate from, LocalDate to, LocalDate today) {
        return em.createQuery("select " + groupBy + ", s.kind, count(s.filledOn), count(*) - count(s.filledOn) from PlannedSlot s"
                        + " where s.endDate between :from and :to and s.endDate < :today"
                        + " and (s.cancelledOn is null or s.cancelledOn > s.endDate or s.filledOn is not null)"
                        + " and s.orgUnitId in (select o.id from OrgUnit o where o.path like :path)"
                        + " group by " + groupBy + ", s.kind", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("today", today).setParameter("path", path + "%")
                .getResultList();
    }

    private static Map<FollowUpKind, Count> empty() {
        Map<FollowUpKind, Count> m = new EnumMap<>(FollowUpKind.class);
        for (FollowUpKind k : FollowUpKind.values()) {
            m.put(k, new Count(0, 0));
        }
        return m;
    }
}
