package fpms.pregnancy.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Invariants of {@link SchedulePlanner} over random registrations, rules, visits and outcomes. */
class SchedulePropertiesTest {

    /** A generated input and the day it is planned as of. */
    record Case(ScheduleInput in, LocalDate asOf) {

        Schedule plan() {
            return SchedulePlanner.plan(in, asOf);
        }

        LocalDate reg() {
            return in.registrationDate();
        }

        LocalDate lastDay() {
            LocalDate last = in.expectedDelivery().plusDays(in.endMarginDays());
            return in.outcomeDate() != null && in.outcomeDate().isAfter(last) ? in.outcomeDate() : last;
        }
    }

    // (a) slots of one kind tile time: first at registration, each starting the day after the previous one ends
    @Property
    void periodsOfOneKindNeverOverlapAndLeaveNoGaps(@ForAll("cases") Case c) {
        Schedule s = c.plan();
        for (FollowUpKind kind : FollowUpKind.values()) {
            List<Slot> slots = s.slots(kind);
            assertFalse(slots.isEmpty());
            assertEquals(c.reg(), slots.get(0).start());
            for (int k = 0; k < slots.size(); k++) {
                Slot x = slots.get(k);
                assertEquals(k, x.seq());
                assertFalse(x.end().isBefore(x.start()));
                assertTrue(!x.dueDate().isBefore(x.start()) && !x.dueDate().isAfter(x.end()));
                assertTrue(x.overdueFrom().isAfter(x.dueDate()) && !x.overdueFrom().isAfter(x.end().plusDays(1)));
                if (k > 0) {
                    assertEquals(slots.get(k - 1).end().plusDays(1), x.start());
                }
            }
            Slot last = slots.get(slots.size() - 1);
            assertTrue(!last.start().isAfter(c.lastDay()) && !last.end().isBefore(c.lastDay()));
        }
    }

    // (b) a visit fills at most one slot (the earliest by date then id in its period), a slot holds at most one visit
    @Property
    void eachVisitFillsAtMostOneSlotAndEachSlotAtMostOneVisit(@ForAll("cases") Case c) {
        Schedule s = c.plan();
        Map<Long, VisitRef> visits = c.in().visits().stream().collect(Collectors.toMap(VisitRef::id, Function.identity()));
        Set<Long> fillers = new HashSet<>();
        for (Slot x : s.slots()) {
            if (x.filledByVisitId() == null) {
                continue;
            }
            assertTrue(fillers.add(x.filledByVisitId()), "filled twice by " + x.filledByVisitId());
            VisitRef v = visits.get(x.filledByVisitId());
            assertEquals(x.kind(), v.kind());
            assertEquals(v.date(), x.filledOn());
            assertTrue(holds(x, v.date()));
            assertTrue(c.in().outcomeDate() == null || !v.date().isAfter(c.in().outcomeDate()));
            assertFalse(c.in().visits().stream().anyMatch(o -> o.kind() == v.kind() && holds(x, o.date())
                    && (o.date().isBefore(v.date()) || o.date().equals(v.date()) && o.id() < v.id())));
        }
        long fills = s.visits().stream().filter(p -> p.placement() == Placement.FILLS).count();
        assertEquals(fillers.size(), fills);
        s.visits().stream().filter(p -> p.placement() == Placement.FILLS).forEach(p -> assertEquals(
                p.visitId(), s.slots(visits.get(p.visitId()).kind()).get(p.slotSeq()).filledByVisitId()));
    }

    // (c) the statuses partition the slots, whatever the day
    @Property
    void statusCountsAddUpToAllSlots(@ForAll("cases") Case c, @ForAll @IntRange(min = -60, max = 800) int offset) {
        Schedule s = c.plan();
        for (LocalDate day : List.of(c.asOf(), c.reg().plusDays(offset))) {
            Map<SlotStatus, Integer> counts = s.statusCounts(day);
            assertEquals(EnumSet.allOf(SlotStatus.class), counts.keySet());
            assertEquals(s.slots().size(), counts.values().stream().mapToInt(Integer::intValue).sum());
            for (SlotStatus st : SlotStatus.values()) {
                assertEquals(s.slots().stream().filter(x -> x.statusOn(day) == st).count(), (long) counts.get(st));
            }
        }
    }

    // (d) with fixed rules, statuses only move forward: UPCOMING→DUE→OVERDUE→MISSED, non-final→DONE or CANCELLED
    @Property
    void aSlotStatusNeverGoesBack(@ForAll("fixedRuleCases") Case c, @ForAll @IntRange(min = -60, max = 800) int a,
            @ForAll @IntRange(min = -60, max = 800) int b) {
        LocalDate d1 = c.reg().plusDays(Math.min(a, b));
        LocalDate d2 = c.reg().plusDays(Math.max(a, b));
        Schedule s = SchedulePlanner.plan(c.in(), d1);
        assertEquals(s, SchedulePlanner.plan(c.in(), d2));
        for (Slot x : s.slots()) {
            assertTrue(reachable(x.statusOn(d1), x.statusOn(d2)), x + " on " + d1 + " and " + d2);
            for (LocalDate d = c.reg().minusDays(40); !d.isAfter(x.end()); d = d.plusDays(1)) {
                assertTrue(reachable(x.statusOn(d), x.statusOn(d.plusDays(1))), x + " on " + d);
            }
        }
    }

    // (e) start_k = registrationDate.plusMonths(sum of the intervals of the slots before it), month and year ends included
    @Property
    void startsAreRegistrationPlusWholeMonths(@ForAll("cases") Case c) {
        Schedule s = c.plan();
        for (FollowUpKind kind : FollowUpKind.values()) {
            Set<Integer> intervals = c.in().rules().stream().filter(r -> r.kind() == kind)
                    .map(FollowUpRule::intervalMonths).collect(Collectors.toSet());
            int months = 0;
            for (Slot x : s.slots(kind)) {
                assertEquals(c.reg().plusMonths(months), x.start());
                int m = months;
                Integer used = intervals.stream()
                        .filter(i -> c.reg().plusMonths(m + i).minusDays(1).equals(x.end())).findFirst().orElse(null);
                assertNotNull(used, x + " does not end a whole number of months after registration");
                months += used;
            }
        }
    }

    @Property
    void withOneRuleStartsAreMultiplesOfItsInterval(@ForAll("fixedRuleCases") Case c) {
        for (FollowUpRule r : c.in().rules()) {
            List<Slot> slots = c.plan().slots(r.kind());
            IntStream.range(0, slots.size()).forEach(k -> {
                assertEquals(c.reg().plusMonths((long) k * r.intervalMonths()), slots.get(k).start());
                assertEquals(c.reg().plusMonths((k + 1L) * r.intervalMonths()).minusDays(1), slots.get(k).end());
            });
        }
    }

    // (f) a rule change is invisible before its effectiveFrom and never alters a slot closed (DONE or MISSED) before it
    @Property
    void aRuleChangeNeverAltersASlotClosedBeforeIt(@ForAll("fixedRuleCases") Case c, @ForAll FollowUpKind kind,
            @ForAll @IntRange(min = 1, max = 12) int interval, @ForAll @IntRange(min = 1, max = 120) int window,
            @ForAll @IntRange(max = 30) int grace, @ForAll @IntRange(min = 1, max = 300) int effectiveAfter,
            @ForAll @IntRange(max = 200) int knownAfter) {
        var versioned = new FollowUpRule(kind, interval, window, grace, c.reg().plusDays(effectiveAfter));
        List<FollowUpRule> rules = new ArrayList<>(c.in().rules());
        rules.add(versioned);
        ScheduleInput in = c.in();
        ScheduleInput changed = new ScheduleInput(in.registrationDate(), in.expectedDelivery(), in.endMarginDays(),
                in.outcomeDate(), rules, in.visits());
        LocalDate eve = versioned.effectiveFrom().minusDays(1);
        Schedule before = SchedulePlanner.plan(changed, eve);
        assertEquals(SchedulePlanner.plan(in, eve), before);
        Schedule after = SchedulePlanner.plan(changed, versioned.effectiveFrom().plusDays(knownAfter));
        int closed = 0;
        for (Slot x : before.slots()) {
            if (x.kind() != versioned.kind()) {
                assertTrue(after.slots().contains(x));
            } else if (x.statusOn(eve) == SlotStatus.DONE || x.statusOn(eve) == SlotStatus.MISSED) {
                assertEquals(x, after.slots(x.kind()).get(x.seq()));
                closed++;
            }
        }
        Statistics.label("slots closed before the change").collect(Math.min(closed, 3));
        Statistics.label("plan changed").collect(!before.equals(after));
    }

    // (g) every visit is placed FILLS, EXTRA or OUTSIDE, in input order; FILLS = slots with a filling visit
    @Property
    void everyVisitIsPlacedAndFillsCountsFilledSlots(@ForAll("cases") Case c) {
        Schedule s = c.plan();
        assertEquals(c.in().visits().stream().map(VisitRef::id).toList(),
                s.visits().stream().map(VisitPlacement::visitId).toList());
        LocalDate outcome = c.in().outcomeDate();
        for (int i = 0; i < s.visits().size(); i++) {
            VisitPlacement p = s.visits().get(i);
            VisitRef v = c.in().visits().get(i);
            Statistics.label("placement").collect(p.placement());
            List<Slot> slots = s.slots(v.kind());
            boolean fillable = slots.stream().anyMatch(x -> holds(x, v.date()))
                    && (outcome == null || !v.date().isAfter(outcome));
            assertEquals(!fillable, p.placement() == Placement.OUTSIDE);
            if (p.placement() == Placement.EXTRA) {
                Slot x = slots.get(p.slotSeq());
                assertTrue(holds(x, v.date()) && x.filledOn() != null && !x.filledOn().isAfter(v.date()));
            }
        }
        assertEquals(s.slots().stream().filter(x -> x.filledByVisitId() != null).count(),
                s.visits().stream().filter(p -> p.placement() == Placement.FILLS).count());
    }

    private static boolean holds(Slot x, LocalDate date) {
        return !date.isBefore(x.start()) && !date.isAfter(x.end());
    }

    private static boolean reachable(SlotStatus from, SlotStatus to) {
        return from == to || switch (from) {
            case UPCOMING -> true;
            case DUE -> to != SlotStatus.UPCOMING;
            case OVERDUE -> to != SlotStatus.UPCOMING && to != SlotStatus.DUE;
            case DONE, MISSED, CANCELLED -> false;
        };
    }

    // ---- generators (bounded: at most 3 versions per kind, 15 visits, about a year of schedule)

    @Provide
    Arbitrary<Case> cases() {
        return cases(true);
    }

    @Provide
    Arbitrary<Case> fixedRuleCases() {
        return cases(false);
    }

    /** EDD 1..300 days after registration, margin 0..60; outcome, visits and as-of around that span. */
    private Arbitrary<Case> cases(boolean versions) {
        return Combinators.combine(registrations(), Arbitraries.integers().between(1, 300),
                Arbitraries.integers().between(0, 60)).as(Tuple::of).flatMap(t -> {
                    LocalDate reg = t.get1();
                    int span = t.get2() + t.get3();
                    return Combinators.combine(day(reg, -10, span + 30).injectNull(0.7), rules(reg, versions),
                            visits(reg, span), day(reg, -30, span + 120)).as((outcome, rules, visits, asOf) ->
                            new Case(new ScheduleInput(reg, reg.plusDays(t.get2()), t.get3(), outcome, rules, visits), asOf));
                });
    }

    /** 2015–2030, a third of them month ends (Jan 31, Feb 28/29, Apr 30, Dec 31 …). */
    private Arbitrary<LocalDate> registrations() {
        LocalDate from = LocalDate.of(2015, 1, 1);
        Arbitrary<LocalDate> any = Arbitraries.longs()
                .between(from.toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> monthEnds = Arbitraries.integers().between(0, 16 * 12 - 1)
                .map(m -> YearMonth.of(2015, 1).plusMonths(m).atEndOfMonth());
        return Arbitraries.frequencyOf(Tuple.of(2, any), Tuple.of(1, monthEnds));
    }

    private Arbitrary<LocalDate> day(LocalDate reg, int from, int to) {
        return Arbitraries.integers().between(from, to).map(reg::plusDays);
    }

    /** Per kind, one version in force at registration and (if versions) up to two changes after it. */
    private Arbitrary<List<FollowUpRule>> rules(LocalDate reg, boolean versions) {
        List<Arbitrary<List<FollowUpRule>>> perKind = new ArrayList<>();
        for (FollowUpKind kind : FollowUpKind.values()) {
            Arbitrary<List<FollowUpRule>> changes = versions
                    ? rule(kind, day(reg, 1, 300)).list().ofMaxSize(2).uniqueElements(FollowUpRule::effectiveFrom)
                    : Arbitraries.just(List.of());
            perKind.add(Combinators.combine(rule(kind, day(reg, -400, 0)), changes).as((base, more) -> {
                List<FollowUpRule> all = new ArrayList<>(more);
                all.add(0, base);
                return all;
            }));
        }
        return Combinators.combine(perKind).as(lists -> lists.stream().flatMap(List::stream).toList());
    }

    private Arbitrary<FollowUpRule> rule(FollowUpKind kind, Arbitrary<LocalDate> effectiveFrom) {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 120),
                Arbitraries.integers().between(0, 30), effectiveFrom)
                .as((interval, window, grace, eff) -> new FollowUpRule(kind, interval, window, grace, eff));
    }

    /** Up to 15 visits from 20 days before registration to 40 after EDD + margin; ids not in date order. */
    private Arbitrary<List<VisitRef>> visits(LocalDate reg, int span) {
        return Combinators.combine(Arbitraries.of(FollowUpKind.class), day(reg, -20, span + 40)).as(VisitDraft::new)
                .list().ofMaxSize(15)
                .map(drafts -> IntStream.range(0, drafts.size())
                        .mapToObj(i -> new VisitRef(1000 - i, drafts.get(i).kind(), drafts.get(i).date())).toList());
    }

    private record VisitDraft(FollowUpKind kind, LocalDate date) {
    }
}
