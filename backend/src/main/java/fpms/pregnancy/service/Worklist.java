package fpms.pregnancy.service;

import fpms.common.paging.CappedCount;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.time.AppClock;
import fpms.household.Person;
import fpms.org.AppUser;
import fpms.pregnancy.PlannedSlot;
import fpms.pregnancy.Pregnancy;
import fpms.pregnancy.schedule.FollowUpKind;
import fpms.pregnancy.schedule.SlotStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The open follow-ups of the caller's area, most urgent first: OVERDUE (high-risk first, longest overdue first), then
 * DUE, then — on request — UPCOMING within N days. The village worker's home page.
 */
@ApplicationScoped
public class Worklist {

    public record Filter(FollowUpKind kind, String areaPath, Long workerId, Integer minDaysOverdue, int upcomingDays) {
    }

    public record Row(PlannedSlot slot, SlotStatus status, int daysOverdue, Pregnancy pregnancy, Person woman, String village,
            String worker) {
    }

    /** The worklist's sortable fields (API name → path); unsorted it keeps its urgency order. */
    public static final Map<String, String> SORTABLE = Map.of("dueDate", "s.dueDate", "start", "s.startDate", "end", "s.endDate",
            "kind", "s.kind", "highRisk", "s.highRisk", "pregnancyId", "s.pregnancyId", "village", "o.name");
    private static final String URGENCY = "case when s.overdueFrom <= :today then 0 when s.startDate <= :today then 1 else 2 end,"
            + " s.highRisk desc, s.dueDate, s.pregnancyId, s.kind";

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    @Inject
    PregnantWomen women;

    @Transactional
    public Page<Row> list(Filter f, PageQuery paging) {
        LocalDate today = clock.today();
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        params.put("horizon", today.plusDays(Math.max(0, f.upcomingDays())));
        StringBuilder where = new StringBuilder(" from PlannedSlot s where s.filledOn is null and s.cancelledOn is null"
                + " and s.endDate >= :today and s.startDate <= :horizon");
        if (f.kind() != null) {
            where.append(" and s.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.areaPath() != null) {
            where.append(" and s.orgUnitId in (select o.id from OrgUnit o where o.path like :path)");
            params.put("path", f.areaPath() + "%");
        }
        if (f.workerId() != null) {
            where.append(" and s.responsibleWorkerId = :worker");
            params.put("worker", f.workerId());
        }
        if (f.minDaysOverdue() != null) {
            where.append(" and s.dueDate <= :dueBy");
            params.put("dueBy", today.minusDays(f.minDaysOverdue()));
        }
        String asked = paging.orderBy(SORTABLE, "s.pregnancyId, s.kind, s.seq");
        TypedQuery<Object[]> page = em.createQuery("select s, p, o.name" + where.toString().replace(" from PlannedSlot s",
                " from PlannedSlot s join Pregnancy p on p.id = s.pregnancyId join OrgUnit o on o.id = s.orgUnitId")
                + " order by " + (asked != null ? asked : URGENCY), Object[].class);
        params.forEach(page::setParameter);
        List<Object[]> found = page.setFirstResult(paging.page * paging.size).setMaxResults(paging.size).getResultList();
        List<Long> workerIds = found.stream().map(r -> ((PlannedSlot) r[0]).responsibleWorkerId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> workers = workerIds.isEmpty() ? Map.of()
                : AppUser.<AppUser>list("id in ?1", workerIds).stream().collect(Collectors.toMap(u -> u.id, u -> u.displayName));
        Map<Long, Person> byId = women.byPregnancy(found.stream().map(r -> (Pregnancy) r[1]).toList()); // also the transferred in
        List<Row> rows = new ArrayList<>();
        for (Object[] r : found) {
            PlannedSlot s = (PlannedSlot) r[0];
            Pregnancy p = (Pregnancy) r[1];
            rows.add(new Row(s, s.slot().statusOn(today), s.slot().daysOverdue(today), p, byId.get(p.personId), (String) r[2],
                    s.responsibleWorkerId == null ? null : workers.get(s.responsibleWorkerId)));
        }
        return CappedCount.page(rows, paging, PlannedSlot.class, where.toString(), params);
    }
}
