package fpms.household.service;

import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.time.AppClock;
import fpms.household.Person;
import fpms.household.PersonStatus;
import fpms.household.ResidenceStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** The floating population of the caller's subtree: stays about to end, counts per village, record coverage. */
@ApplicationScoped
@Transactional
public class FloatingPopulation {

    /** A FLOATING_IN record is complete with origin, arrival, stay and phone; FLOATING_OUT with destination and departure. */
    static final String COMPLETE = "(case when p.residenceStatus = fpms.household.ResidenceStatus.FLOATING_IN"
            + " and p.originRegion is not null and p.arrivalDate is not null and p.stayUntil is not null and p.phone is not null then 1"
            + " when p.residenceStatus = fpms.household.ResidenceStatus.FLOATING_OUT"
            + " and p.destination is not null and p.departureDate is not null then 1 else 0 end)";

    @Inject
    AppClock clock;

    public record VillageCount(long orgUnitId, long floatingIn, long floatingOut) {
    }

    public record Coverage(long floating, long complete) {
    }

    /** The list of expiring stays sorts by these (API name → attribute), soonest end first by default. */
    public static final Map<String, String> SORTABLE = Map.of("stayUntil", "stayUntil", "name", "name", "arrivalDate", "arrivalDate",
            "id", "id");

    /** Persons floating in whose expected stay ends within {@code days} days (or has ended, not yet updated). */
    public Page<Person> expiring(int days, String areaPath, PageQuery paging) {
        PanacheQuery<Person> q = Person.find("status = ?1 and residenceStatus = ?2 and stayUntil <= ?3"
                        + (areaPath == null ? "" : " and orgUnitId in (select o.id from OrgUnit o where o.path like ?4)"),
                paging.sort(SORTABLE, "stayUntil", Sort.Direction.Ascending),
                areaPath == null
                        ? new Object[] {PersonStatus.ACTIVE, ResidenceStatus.FLOATING_IN, clock.today().plusDays(days)}
                        : new Object[] {PersonStatus.ACTIVE, ResidenceStatus.FLOATING_IN, clock.today().plusDays(days), areaPath + "%"});
        return new Page<>(q.page(paging.page, paging.size).list(), paging.page, paging.size, q.count());
    }

    public List<VillageCount> countsPerVillage() {
        List<Tuple> rows = Person.getEntityManager().createQuery(
                "select p.orgUnitId as unit,"
                        + " sum(case when p.residenceStatus = fpms.household.ResidenceStatus.FLOATING_IN then 1 else 0 end) as inflow,"
                        + " sum(case when p.residenceStatus = fpms.household.ResidenceStatus.FLOATING_OUT then 1 else 0 end) as outflow"
                        + " from Person p where p.status = fpms.household.PersonStatus.ACTIVE"
                        + " and p.residenceStatus <> fpms.household.ResidenceStatus.REGISTERED group by p.orgUnitId order by p.orgUnitId",
                Tuple.class).getResultList();
        return rows.stream().map(t -> new VillageCount(t.get("unit", Long.class), t.get("inflow", Long.class), t.get("outflow", Long.class))).toList();
    }

    /** Coverage = floating persons with a complete record ÷ all floating persons in scope, computed now. */
    public Coverage coverage() {
        Tuple t = Person.getEntityManager().createQuery(
                "select count(p) as floating, coalesce(sum(" + COMPLETE + "), 0) as complete from Person p"
                        + " where p.status = fpms.household.PersonStatus.ACTIVE"
                        + " and p.residenceStatus <> fpms.household.ResidenceStatus.REGISTERED", Tuple.class).getSingleResult();
        return new Coverage(t.get("floating", Long.class), ((Number) t.get("complete")).longValue());
    }
}
