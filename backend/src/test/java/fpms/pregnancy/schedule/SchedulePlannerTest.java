package fpms.pregnancy.schedule;

import static fpms.pregnancy.schedule.FollowUpKind.HOME_VISIT;
import static fpms.pregnancy.schedule.FollowUpKind.PREGNANCY_CHECK;
import static fpms.pregnancy.schedule.FollowUpKind.ULTRASOUND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner on worked examples with exact dates. */
class SchedulePlannerTest {

    private static final LocalDate ANY_DAY = LocalDate.of(2030, 1, 1);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static ScheduleInput input(String reg, String edd, String outcome, List<FollowUpRule> rules, VisitRef... visits) {
        return new ScheduleInput(d(reg), d(edd), 0, outcome == null ? null : d(outcome), rules, List.of(visits));
    }

    private static List<LocalDate> starts(Schedule s, FollowUpKind kind) {
        return s.slots(kind).stream().map(Slot::start).toList();
    }

    private static List<SlotStatus> statuses(Schedule s, FollowUpKind kind, String asOf) {
        return s.slots(kind).stream().map(x -> x.statusOn(d(asOf))).toList();
    }

    private static VisitRef visit(long id, String date) {
        return new VisitRef(id, HOME_VISIT, d(date));
    }

    @Test
    void monthlyStartsFromAMonthEndFollowTheRegistrationDay() {
        var s = SchedulePlanner.plan(input("2018-01-31", "2018-04-30", null, FollowUpRule.defaults(d("2018-01-01"))), ANY_DAY);
        assertEquals(List.of(d("2018-01-31"), d("2018-02-28"), d("2018-03-31"), d("2018-04-30")), starts(s, HOME_VISIT));
        Slot first = s.slots(HOME_VISIT).get(0);
        assertEquals(new Slot(HOME_VISIT, 0, d("2018-01-31"), d("2018-02-27"), d("2018-02-19"), d("2018-02-25"),
                null, null, null), first);
        assertEquals(d("2018-03-30"), s.slots(HOME_VISIT).get(1).end());
        assertEquals(d("2018-05-30"), s.slots(HOME_VISIT).get(3).end());
        assertEquals(List.of(d("2018-01-31"), d("2018-03-31")), starts(s, PREGNANCY_CHECK));
        assertEquals(List.of(d("2018-01-31")), starts(s, ULTRASOUND));
        assertEquals(d("2018-07-30"), s.slots(ULTRASOUND).get(0).end());

        var leap = SchedulePlanner.plan(input("2020-01-31", "2020-03-01", null, FollowUpRule.defaults(d("2020-01-01"))), ANY_DAY);
        assertEquals(List.of(d("2020-01-31"), d("2020-02-29")), starts(leap, HOME_VISIT));
        assertEquals(d("2020-02-28"), leap.slots(HOME_VISIT).get(0).end());
    }

    @Test
    void aDecemberRegistrationCrossesTheYear() {
        var s = SchedulePlanner.plan(input("2019-12-31", "2020-09-30", null, FollowUpRule.defaults(d("2019-01-01"))), ANY_DAY);
        assertEquals(List.of(d("2019-12-31"), d("2020-01-31"), d("2020-02-29"), d("2020-03-31")),
                starts(s, HOME_VISIT).subList(0, 4));
        assertEquals(d("2020-09-30"), starts(s, HOME_VISIT).get(9)); // the last start <= EDD + 0
        assertEquals(List.of(d("2019-12-31"), d("2020-02-29"), d("2020-04-30"), d("2020-06-30"), d("2020-08-31")),
                starts(s, PREGNANCY_CHECK));
        assertEquals(List.of(d("2019-12-31"), d("2020-06-30")), starts(s, ULTRASOUND));
        assertEquals(d("2020-12-30"), s.slots(ULTRASOUND).get(1).end());
    }

    @Test
    void visitsFillTheSlotHoldingTheirDateOnceThenAreExtraOrOutside() {
        var in = input("2018-01-31", "2018-09-30", null, FollowUpRule.defaults(d("2018-01-01")),
                visit(1, "2018-03-05"), visit(2, "2018-03-20"), visit(3, "2018-01-30"), visit(4, "2018-10-31"),
                visit(7, "2018-05-02"), visit(5, "2018-05-02"), new VisitRef(6, ULTRASOUND, d("2018-03-05")));
        var s = SchedulePlanner.plan(in, ANY_DAY);
        assertEquals(List.of(
                new VisitPlacement(1, Placement.FILLS, 1), new VisitPlacement(2, Placement.EXTRA, 1),
                new VisitPlacement(3, Placement.OUTSIDE, null), new VisitPlacement(4, Placement.OUTSIDE, null),
                new VisitPlacement(7, Placement.EXTRA, 3), new VisitPlacement(5, Placement.FILLS, 3),
                new VisitPlacement(6, Placement.FILLS, 0)), s.visits());
        Slot second = s.slots(HOME_VISIT).get(1);
        assertEquals(1L, second.filledByVisitId());
        assertEquals(d("2018-03-05"), second.filledOn());
        assertEquals(SlotStatus.DUE, second.statusOn(d("2018-03-04")));
        assertEquals(SlotStatus.DONE, second.statusOn(d("2018-03-05")));
        assertEquals(d("2018-10-30"), s.slots(HOME_VISIT).get(8).end()); // the last slot, so Oct 31 is outside
        assertEquals(9, s.slots(HOME_VISIT).size());
        assertEquals(6L, s.slots(ULTRASOUND).get(0).filledByVisitId());
    }

    @Test
    void anOutcomeCancelsTheOpenAndLaterSlotsButKeepsDoneAndMissedOnes() {
        var in = input("2018-01-31", "2018-09-30", "2018-05-10", FollowUpRule.defaults(d("2018-01-01")),
                visit(1, "2018-02-05"), visit(2, "2018-05-20"));
        var s = SchedulePlanner.plan(in, ANY_DAY);
        var slots = s.slots(HOME_VISIT);
        assertEquals(9, slots.size());
        assertEquals(d("2018-05-10"), slots.get(3).cancelledOn());
        assertNull(slots.get(2).cancelledOn());
        assertEquals(List.of(SlotStatus.DONE, SlotStatus.MISSED, SlotStatus.MISSED, SlotStatus.DUE, SlotStatus.UPCOMING),
                statuses(s, HOME_VISIT, "2018-05-09").subList(0, 5));
        List<SlotStatus> after = new ArrayList<>(List.of(SlotStatus.DONE, SlotStatus.MISSED, SlotStatus.MISSED));
        after.addAll(Collections.nCopies(6, SlotStatus.CANCELLED));
        assertEquals(after, statuses(s, HOME_VISIT, "2018-05-10"));
        assertEquals(after, statuses(s, HOME_VISIT, "2019-01-01"));
        assertEquals(new VisitPlacement(2, Placement.OUTSIDE, null), s.visits().get(1)); // after the outcome
        assertEquals(12, s.statusCounts(d("2018-06-01")).get(SlotStatus.CANCELLED)); // home 6 + check 4 + ultrasound 2
        assertEquals(0, s.statusCounts(d("2018-06-01")).get(SlotStatus.OVERDUE));

        // an outcome after EDD + margin extends the schedule to it; the slot ended before it stays MISSED
        var late = SchedulePlanner.plan(input("2018-01-31", "2018-09-30", "2018-11-05",
                FollowUpRule.defaults(d("2018-01-01"))), ANY_DAY).slots(HOME_VISIT);
        assertEquals(10, late.size());
        assertEquals(SlotStatus.MISSED, late.get(8).statusOn(d("2018-11-05")));
        assertEquals(d("2018-10-31"), late.get(9).start());
        assertEquals(SlotStatus.CANCELLED, late.get(9).statusOn(d("2018-11-05")));
    }

    @Test
    void oneSlotGoesUpcomingDueOverdueMissed() {
        Slot s = SchedulePlanner.plan(input("2018-01-31", "2018-03-01", null, FollowUpRule.defaults(d("2018-01-01"))),
                ANY_DAY).slots(HOME_VISIT).get(0);
        String[] days = {"2018-01-30", "2018-01-31", "2018-02-19", "2018-02-24", "2018-02-25", "2018-02-27", "2018-02-28"};
        var expected = List.of(SlotStatus.UPCOMING, SlotStatus.DUE, SlotStatus.DUE, SlotStatus.DUE, SlotStatus.OVERDUE,
                SlotStatus.OVERDUE, SlotStatus.MISSED);
        assertEquals(expected, Arrays.stream(days).map(x -> s.statusOn(d(x))).toList());
        assertEquals(List.of(0, 0, 0, 5, 6, 8, 0),
                Arrays.stream(days).map(x -> s.daysOverdue(d(x))).toList());

        // grace reaching past the end: never OVERDUE, DUE goes straight to MISSED
        var rule = new FollowUpRule(HOME_VISIT, 1, 25, 10, d("2018-01-01"));
        Slot tight = SchedulePlanner.plan(input("2018-02-01", "2018-02-10", null, List.of(rule)), ANY_DAY).slots().get(0);
        assertEquals(d("2018-02-25"), tight.dueDate());
        assertEquals(d("2018-03-01"), tight.overdueFrom());
        assertEquals(SlotStatus.DUE, tight.statusOn(d("2018-02-28")));
        assertEquals(SlotStatus.MISSED, tight.statusOn(d("2018-03-01")));
    }

    @Test
    void aRuleChangeReplansTheOpenAndFutureSlotsOnlyOnceKnown() {
        var rules = List.of(new FollowUpRule(HOME_VISIT, 1, 20, 5, d("2017-01-01")),
                new FollowUpRule(HOME_VISIT, 2, 30, 5, d("2018-03-15")));
        var in = input("2018-01-01", "2018-09-01", null, rules, visit(1, "2018-02-10"));

        var monthly = List.of(d("2018-01-01"), d("2018-02-01"), d("2018-03-01"), d("2018-04-01"), d("2018-05-01"),
                d("2018-06-01"), d("2018-07-01"), d("2018-08-01"), d("2018-09-01"));
        assertEquals(monthly, starts(SchedulePlanner.plan(in, d("2018-03-14")), HOME_VISIT)); // not known yet

        var changed = SchedulePlanner.plan(in, d("2018-03-15"));
        assertEquals(List.of(d("2018-01-01"), d("2018-02-01"), d("2018-03-01"), d("2018-05-01"), d("2018-07-01"),
                d("2018-09-01")), starts(changed, HOME_VISIT));
        var before = SchedulePlanner.plan(in, d("2018-03-14")).slots(HOME_VISIT);
        assertEquals(before.subList(0, 2), changed.slots(HOME_VISIT).subList(0, 2)); // MISSED and DONE: untouched
        assertEquals(new Slot(HOME_VISIT, 2, d("2018-03-01"), d("2018-04-30"), d("2018-03-30"), d("2018-04-05"),
                null, null, null), changed.slots(HOME_VISIT).get(2));

        // filled before the change: the slot keeps the old rule, the next one starts on the new one
        var filled = input("2018-01-01", "2018-09-01", null, rules, visit(1, "2018-02-10"), visit(2, "2018-03-10"));
        assertEquals(List.of(d("2018-01-01"), d("2018-02-01"), d("2018-03-01"), d("2018-04-01"), d("2018-06-01"),
                d("2018-08-01")), starts(SchedulePlanner.plan(filled, d("2018-06-01")), HOME_VISIT));
    }

    @Test
    void aShorterIntervalCanEndTheReplannedSlotsBeforeTheChange() {
        var rules = List.of(new FollowUpRule(HOME_VISIT, 6, 20, 5, d("2017-01-01")),
                new FollowUpRule(HOME_VISIT, 1, 20, 5, d("2018-03-15")));
        // every slot whose 6-month period holds Mar 15 and that was not filled before it becomes monthly
        var open = SchedulePlanner.plan(input("2018-01-01", "2018-06-01", null, rules), d("2018-03-15"));
        assertEquals(List.of(d("2018-01-01"), d("2018-02-01"), d("2018-03-01"), d("2018-04-01"), d("2018-05-01"),
                d("2018-06-01")), starts(open, HOME_VISIT));
        assertEquals(List.of(SlotStatus.MISSED, SlotStatus.MISSED, SlotStatus.DUE, SlotStatus.UPCOMING),
                statuses(open, HOME_VISIT, "2018-03-15").subList(0, 4));
        // filled before Mar 15, the first slot keeps its 6 months; the next one starts after the change, monthly
        var filled = SchedulePlanner.plan(input("2018-01-01", "2018-09-01", null, rules, visit(1, "2018-02-10")),
                d("2018-03-15")).slots(HOME_VISIT);
        assertEquals(List.of(d("2018-01-01"), d("2018-07-01"), d("2018-08-01"), d("2018-09-01")),
                filled.stream().map(Slot::start).toList());
        assertEquals(d("2018-06-30"), filled.get(0).end());
        assertEquals(SlotStatus.DONE, filled.get(0).statusOn(d("2018-03-15")));
    }

    @Test
    void invalidRulesAndInputsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new FollowUpRule(HOME_VISIT, 13, 20, 5, ANY_DAY));
        assertEquals("intervalMonths must be 1..12, was 13", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FollowUpRule(HOME_VISIT, 1, 0, 5, ANY_DAY));
        assertThrows(IllegalArgumentException.class, () -> new FollowUpRule(HOME_VISIT, 1, 20, -1, ANY_DAY));
        assertThrows(IllegalArgumentException.class,
                () -> input("2018-01-01", "2018-09-01", null, List.of(), visit(1, "2018-02-10"), visit(1, "2018-03-10")));
    }
}
