package fpms.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Deadlines in working days over the official calendar exactly as the migration seeds it (2018 and 2026). */
class WorkingDaysTest {

    private static final Map<LocalDate, Boolean> SEEDED = seeded();
    private static final WorkingDays OFFICIAL = new WorkingDays(SEEDED);

    /** The rows the migration inserts into calendar_day: ('2018-02-24', true, …). */
    private static Map<LocalDate, Boolean> seeded() {
        try {
            String sql = Files.readString(Path.of("src/main/resources/db/changelog/changes/008-birth-registration.sql"));
            Matcher row = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', (true|false), '[^']*'\\)").matcher(sql);
            Map<LocalDate, Boolean> days = new HashMap<>();
            while (row.find()) {
                days.put(LocalDate.parse(row.group(1)), Boolean.parseBoolean(row.group(2)));
            }
            return days;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theMigrationSeedsBothYearsAndMakesOnlyWeekendsIntoWorkingDays() {
        assertEquals(32, SEEDED.keySet().stream().filter(d -> d.getYear() == 2018).count());
        assertEquals(39, SEEDED.keySet().stream().filter(d -> d.getYear() == 2026).count());
        SEEDED.forEach((d, working) -> {
            if (working) {
                assertTrue(d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY, d + " is a make-up day on a weekday");
            }
        });
    }

    @Test
    void aDayIsWorkingFromMondayToFridayUnlessTheCalendarSaysOtherwise() {
        assertTrue(OFFICIAL.isWorkingDay(day("2018-03-05")), "an ordinary Monday");
        assertFalse(OFFICIAL.isWorkingDay(day("2018-03-10")), "an ordinary Saturday");
        assertFalse(OFFICIAL.isWorkingDay(day("2018-02-15")), "春节, a Thursday");
        assertTrue(OFFICIAL.isWorkingDay(day("2018-02-11")), "春节调休, a Sunday");
        assertTrue(OFFICIAL.isWorkingDay(day("2018-02-24")), "春节调休, a Saturday");
        assertFalse(OFFICIAL.isWorkingDay(day("2018-02-25")), "the Sunday after it");
        assertFalse(OFFICIAL.isWorkingDay(day("2018-12-31")), "元旦 2019 begins on a Monday of 2018");
        assertTrue(OFFICIAL.isWorkingDay(day("2026-10-10")), "国庆调休, a Saturday of 2026");
        assertFalse(OFFICIAL.isWorkingDay(day("2030-01-05")), "a year the calendar does not list: Saturday");
        assertTrue(OFFICIAL.isWorkingDay(day("2030-01-07")), "a year the calendar does not list: Monday");
    }

    @Test
    void aSubmissionBeforeTheSpringFestivalIsDueOnTheMakeUpSaturday() {
        // Tue 13, Wed 14, then 15–21 off, Thu 22, Fri 23, Sat 24 (调休 working day)
        assertEquals(day("2018-02-24"), OFFICIAL.after(day("2018-02-12"), 5));
        // Sun 11 (调休) counts, Sat 10 does not: Sun 11, Mon 12, Tue 13, Wed 14, then Thu 22
        assertEquals(day("2018-02-22"), OFFICIAL.after(day("2018-02-09"), 5));
    }

    @Test
    void deadlinesStepOverEveryHolidayOf2018() {
        assertEquals(day("2018-03-12"), OFFICIAL.after(day("2018-03-05"), 5), "an ordinary week");
        assertEquals(day("2018-01-08"), OFFICIAL.after(day("2017-12-29"), 5), "元旦: Mon 1 off");
        assertEquals(day("2018-04-12"), OFFICIAL.after(day("2018-04-04"), 5), "清明: 5–7 off, Sun 8 works");
        assertEquals(day("2018-05-07"), OFFICIAL.after(day("2018-04-27"), 5), "劳动节: Sat 28 works, 29–1 off");
        assertEquals(day("2018-06-22"), OFFICIAL.after(day("2018-06-14"), 5), "端午: Mon 18 off");
        assertEquals(day("2018-09-28"), OFFICIAL.after(day("2018-09-20"), 5), "中秋: Mon 24 off, Sat 29 works");
        assertEquals(day("2018-10-10"), OFFICIAL.after(day("2018-09-28"), 5), "国庆: Sat 29 and Sun 30 work, 1–7 off");
        assertEquals(day("2019-01-04"), OFFICIAL.after(day("2018-12-27"), 5), "元旦 2019: Sat 29 works, 30–1 off");
    }

    @Test
    void deadlinesStepOverTheHolidaysOf2026() {
        assertEquals(day("2026-01-08"), OFFICIAL.after(day("2025-12-31"), 5), "元旦: 1–3 off, Sun 4 works");
        assertEquals(day("2026-02-27"), OFFICIAL.after(day("2026-02-13"), 5), "春节: Sat 14 works, 15–23 off");
        assertEquals(day("2026-05-09"), OFFICIAL.after(day("2026-04-29"), 5), "劳动节: 1–5 off, due on Sat 9 (调休)");
        assertEquals(day("2026-10-13"), OFFICIAL.after(day("2026-09-30"), 5), "国庆: 1–7 off, Sat 10 works");
    }

    @Test
    void zeroWorkingDaysIsTheDayItselfAndANegativeCountIsAMistake() {
        assertEquals(day("2018-02-17"), OFFICIAL.after(day("2018-02-17"), 0));
        assertEquals(day("2018-02-22"), OFFICIAL.after(day("2018-02-17"), 1), "from inside a holiday, the first day back");
        assertThrows(IllegalArgumentException.class, () -> OFFICIAL.after(day("2018-02-17"), -1));
    }
}
