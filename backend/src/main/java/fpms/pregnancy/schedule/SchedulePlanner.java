package fpms.pregnancy.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans the follow-up slots of one pregnancy and places its visits in them. Pure: no clock, no database; the same
 * input and as-of date always give the same schedule. The rules, per kind (R = registrationDate):
 * <ol>
 * <li>Slots k = 0, 1, 2, … cover periods [start_k, end_k]: start_k = R.plusMonths(M_k), M_k the sum of the intervals
 * of slots 0..k−1 (always from R, so Jan 31 → Feb 28/29 → Mar 31); end_k = start_{k+1} − 1 day. Periods tile time.</li>
 * <li>dueDate = min(start + windowDays − 1, end); overdueFrom = min(dueDate + graceDays + 1, end + 1), the first
 * OVERDUE day (end + 1: never OVERDUE, DUE goes straight to MISSED).</li>
 * <li>lastDay = max(expectedDelivery + endMarginDays, outcomeDate if any); slots are generated while
 * start_k ≤ lastDay (the last one may end after lastDay).</li>
 * <li>Versions: as of {@code asOf} only versions with effectiveFrom ≤ asOf are known (none known: the kind's earliest
 * version is used). Slot k uses the latest known version with effectiveFrom ≤ start_k (the earliest if none). A
 * newer known version with start_k &lt; effectiveFrom ≤ end_k is taken by slot k too (interval, window,
 * grace; its start stays, its end and all later slots are recomputed) unless the slot was filled by a visit dated
 * before that effectiveFrom; successive versions are applied in effectiveFrom order. So a slot filled before a
 * change, or ended before it, never changes.</li>
 * <li>Visits are taken per kind by (date, id). One inside slot k's period and not after the outcome date FILLS the
 * slot (filledByVisitId, filledOn) if still empty, else it is EXTRA; one after the outcome or in no period (a kind
 * without rules has none) is OUTSIDE. Placements are returned in input order.</li>
 * <li>With an outcome date E, every slot not filled and with end ≥ E gets cancelledOn = E.</li>
 * <li>Statuses are computed by {@link Slot#statusOn}, never stored: on day d, in order, DONE if filledOn ≤ d,
 * CANCELLED if cancelledOn ≤ d, UPCOMING if d &lt; start, DUE if d &lt; overdueFrom, OVERDUE if d ≤ end, else MISSED.</li>
 * <li>A corrected registrationDate or expectedDelivery is simply a new plan: visits fill whichever slot now holds
 * them.</li>
 * </ol>
 */
public final class SchedulePlanner {

    private static final Comparator<VisitRef> BY_DATE_THEN_ID =
            Comparator.comparing(VisitRef::date).thenComparingLong(VisitRef::id);

    private SchedulePlanner() {
    }

    /** The schedule as known on {@code asOf} (which only decides which rule versions are known). */
    public static Schedule plan(ScheduleInput in, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        LocalDate outcome = in.outcomeDate();
        LocalDate lastDay = in.expectedDelivery().plusDays(in.endMarginDays());
        if (outcome != null && outcome.isAfter(lastDay)) {
            lastDay = outcome;
        }
        Map<Long, VisitPlacement> placements = new HashMap<>();
        List<Slot> slots = new ArrayList<>();
        for (FollowUpKind kind : FollowUpKind.values()) {
            List<VisitRef> visits = in.visits().stream().filter(v -> v.kind() == kind).sorted(BY_DATE_THEN_ID).toList();
            List<VisitRef> fillable = visits.stream().filter(v -> outcome == null || !v.date().isAfter(outcome)).toList();
            List<Period> periods = periods(in.registrationDate(), lastDay, known(in.rules(), kind, asOf), fillable);
            slots.addAll(place(kind, periods, visits, outcome, placements));
        }
        return new Schedule(slots, in.visits().stream().map(v -> placements.get(v.id())).toList());
    }

    /** The period of slot seq and the rule version it follows. */
    private record Period(int seq, LocalDate start, LocalDate end, FollowUpRule rule) {

        boolean holds(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(end);
        }
    }

    /** The versions of one kind known on asOf, by effectiveFrom (the earliest one if none is known yet). */
    private static List<FollowUpRule> known(List<FollowUpRule> rules, FollowUpKind kind, LocalDate asOf) {
        List<FollowUpRule> versions = rules.stream().filter(r -> r.kind() == kind)
                .sorted(Comparator.comparing(FollowUpRule::effectiveFrom)).toList();
        List<FollowUpRule> known = versions.stream().filter(r -> !r.effectiveFrom().isAfter(asOf)).toList();
        return known.isEmpty() && !versions.isEmpty() ? versions.subList(0, 1) : known;
    }

    private static List<Period> periods(LocalDate reg, LocalDate lastDay, List<FollowUpRule> versions,
            List<VisitRef> fillable) {
        List<Period> periods = new ArrayList<>();
        int months = 0;
        for (LocalDate start = reg; !versions.isEmpty() && !start.isAfter(lastDay); start = reg.plusMonths(months)) {
            int v = 0;
            while (v + 1 < versions.size() && !versions.get(v + 1).effectiveFrom().isAfter(start)) {
                v++;
            }
            LocalDate end = reg.plusMonths(months + versions.get(v).intervalMonths()).minusDays(1);
            while (v + 1 < versions.size()) { // a change inside the period re-plans it, unless already filled
                LocalDate eff = versions.get(v + 1).effectiveFrom();
                if (eff.isAfter(end) || filledBefore(fillable, start, eff)) {
                    break;
                }
                v++;
                end = reg.plusMonths(months + versions.get(v).intervalMonths()).minusDays(1);
            }
            periods.add(new Period(periods.size(), start, end, versions.get(v)));
            months += versions.get(v).intervalMonths();
        }
        return periods;
    }

    private static boolean filledBefore(List<VisitRef> fillable, LocalDate start, LocalDate eff) {
        return fillable.stream().anyMatch(x -> !x.date().isBefore(start) && x.date().isBefore(eff));
    }

    private static List<Slot> place(FollowUpKind kind, List<Period> periods, List<VisitRef> visits, LocalDate outcome,
            Map<Long, VisitPlacement> placements) {
        VisitRef[] filledBy = new VisitRef[periods.size()];
        for (VisitRef visit : visits) {
            Period p = outcome != null && visit.date().isAfter(outcome) ? null
                    : periods.stream().filter(x -> x.holds(visit.date())).findFirst().orElse(null);
            Placement placement = p == null ? Placement.OUTSIDE
                    : filledBy[p.seq()] == null ? Placement.FILLS : Placement.EXTRA;
            if (placement == Placement.FILLS) {
                filledBy[p.seq()] = visit;
            }
            placements.put(visit.id(), new VisitPlacement(visit.id(), placement, p == null ? null : p.seq()));
        }
        List<Slot> slots = new ArrayList<>();
        for (Period p : periods) {
            LocalDate due = min(p.start().plusDays(p.rule().windowDays() - 1L), p.end());
            LocalDate overdueFrom = min(due.plusDays(p.rule().graceDays() + 1L), p.end().plusDays(1));
            VisitRef fill = filledBy[p.seq()];
            LocalDate cancelled = outcome != null && fill == null && !p.end().isBefore(outcome) ? outcome : null;
            slots.add(new Slot(kind, p.seq(), p.start(), p.end(), due, overdueFrom,
                    fill == null ? null : fill.id(), fill == null ? null : fill.date(), cancelled));
        }
        return slots;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
