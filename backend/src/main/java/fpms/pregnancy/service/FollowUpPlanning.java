package fpms.pregnancy.service;

import fpms.pregnancy.FollowUpRuleVersion;
import fpms.pregnancy.Pregnancy;
import fpms.pregnancy.Visit;
import fpms.pregnancy.schedule.Schedule;
import fpms.pregnancy.schedule.ScheduleInput;
import fpms.pregnancy.schedule.SchedulePlanner;
import fpms.pregnancy.schedule.Slot;
import fpms.pregnancy.schedule.VisitPlacement;
import fpms.pregnancy.schedule.VisitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Keeps each pregnancy's stored plan (follow_up_slot) equal to what the schedule engine says today, and every visit's
 * placement with it: called in the transaction of every change of its inputs (registration, correction, visit,
 * void, outcome, rule change), with the pregnancy's row locked ({@link #lock}). The schedule as of another day is computed,
 * never stored.
 */
@ApplicationScoped
public class FollowUpPlanning {

    @Inject
    EntityManager em;

    @Inject
    LockedPregnancies locked;

    /** Days after the expected delivery that follow-up still runs when no outcome is recorded. */
    @ConfigProperty(name = "fpms.follow-up.end-margin-days", defaultValue = "14")
    int endMarginDays;

    /**
     * The pregnancy with its row locked until the transaction ends. Every change of a plan's inputs takes it first, so
     * that two of them (a visit, a correction, an outcome, the rule-change job) re-plan one after the other, each from
     * the other's committed state, instead of both deleting and inserting the same slots.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Pregnancy> lock(long id) {
        Optional<Pregnancy> p = Pregnancy.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        p.ifPresent(found -> locked.add(found.id));
        return p;
    }

    /** A pregnancy this transaction created: no other transaction sees its row before this one ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockNew(Pregnancy p) {
        em.flush();
        locked.add(p.id);
    }

    /** The schedule as known on a day. */
    public Schedule schedule(Pregnancy p, LocalDate asOf) {
        return SchedulePlanner.plan(input(p, visits(p)), asOf);
    }

    /**
     * Replaces the stored plan and records where each (non-void) visit went. The stored plan knows every rule version,
     * also one that takes effect later: the worklist and compliance read it, and no job runs on the effective day, so a
     * version changed today for next month is in the plan from today on (closed slots cannot change, by the engine's rules).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Schedule replan(Pregnancy p) {
        if (!locked.contains(p.id)) {
            throw new IllegalStateException("Pregnancy " + p.id + " re-planned without its row lock (FollowUpPlanning.lock)");
        }
        List<Visit> visits = visits(p);
        Schedule schedule = SchedulePlanner.plan(input(p, visits), LocalDate.MAX);
        Map<Long, VisitPlacement> placed = schedule.visits().stream().collect(Collectors.toMap(VisitPlacement::visitId, Function.identity()));
        for (Visit v : visits) {
            v.placement = placed.get(v.id).placement();
        }
        em.flush(); // the visits exist before the slots name them
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from follow_up_slot where pregnancy_id = ?")) {
                delete.setLong(1, p.id);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into follow_up_slot (pregnancy_id, kind, seq, org_unit_id,"
                    + " start_date, end_date, due_date, overdue_from, filled_by_visit_id, filled_on, cancelled_on, high_risk, responsible_worker_id)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Slot s : schedule.slots()) {
                    insert.setLong(1, p.id);
                    insert.setString(2, s.kind().name());
                    insert.setInt(3, s.seq());
                    insert.setLong(4, p.orgUnitId);
                    insert.setDate(5, Date.valueOf(s.start()));
                    insert.setDate(6, Date.valueOf(s.end()));
                    insert.setDate(7, Date.valueOf(s.dueDate()));
                    insert.setDate(8, Date.valueOf(s.overdueFrom()));
                    insert.setObject(9, s.filledByVisitId(), Types.BIGINT);
                    insert.setObject(10, s.filledOn() == null ? null : Date.valueOf(s.filledOn()), Types.DATE);
                    insert.setObject(11, s.cancelledOn() == null ? null : Date.valueOf(s.cancelledOn()), Types.DATE);
                    insert.setBoolean(12, p.highRisk());
                    insert.setObject(13, p.responsibleWorkerId, Types.BIGINT);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        return schedule;
    }

    private List<Visit> visits(Pregnancy p) {
        return Visit.list("pregnancyId = ?1 and voidedAt is null", p.id);
    }

    private ScheduleInput input(Pregnancy p, List<Visit> visits) {
        List<VisitRef> refs = visits.stream().map(v -> new VisitRef(v.id, v.kind, v.visitDate)).toList();
        return new ScheduleInput(p.registeredOn, p.edd, endMarginDays, p.outcomeDate, FollowUpRuleVersion.allRules(), refs);
    }
}
