package fpms.calendar.rest;

import fpms.calendar.CalendarDay;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of /api/calendar-days. */
final class CalendarDtos {

    private CalendarDtos() {
    }

    @Schema(name = "CalendarDayView", requiredProperties = {"day", "working"},
            description = "A day that breaks the Monday-to-Friday rule: a holiday on a weekday or a weekend made a working day (调休)",
            example = "{\"day\": \"2027-02-06\", \"working\": false, \"note\": \"春节\"}")
    record CalendarDayView(
            @Schema(example = "2027-02-06") LocalDate day,
            @Schema(description = "true: a working day (a make-up weekend); false: a holiday", example = "false") boolean working,
            @Schema(example = "春节") String note) {

        static CalendarDayView of(CalendarDay d) {
            return new CalendarDayView(d.day, d.working, d.note);
        }
    }

    @Schema(name = "CalendarYear", requiredProperties = {"year", "arranged", "days"},
            description = "A year's listed days, and whether its arrangement is entered at all",
            example = "{\"year\": 2027, \"arranged\": false, \"days\": []}")
    record CalendarYearView(
            @Schema(example = "2027") int year,
            @Schema(description = "false: no day of the year is listed — its holiday arrangement is not entered yet, so deadlines in"
                    + " working days count Monday to Friday only there (and move once it is entered)", example = "false") boolean arranged,
            @Schema(description = "In order") List<CalendarDayView> days) {

        static CalendarYearView of(int year, List<CalendarDay> days) {
            return new CalendarYearView(year, !days.isEmpty(), days.stream().map(CalendarDayView::of).toList());
        }
    }

    @Schema(name = "CalendarDaySet", requiredProperties = {"working", "reason"}, description = "How the day is listed, and why (the notice)",
            example = "{\"working\": false, \"note\": \"春节\", \"reason\": \"国务院办公厅关于2027年部分节假日安排的通知\"}")
    record CalendarDaySet(
            @NotNull @Schema(description = "true: a working day (a make-up weekend); false: a holiday", example = "false") Boolean working,
            @Size(max = 50) @Schema(example = "春节") String note,
            @NotBlank @Size(max = 500) @Schema(example = "国务院办公厅关于2027年部分节假日安排的通知") String reason) {
    }

    @Schema(name = "CalendarDayReset", requiredProperties = {"reason"}, description = "Why the day follows the weekday rule again")
    record CalendarDayReset(@NotBlank @Size(max = 500) @Schema(example = "录入错误") String reason) {
    }
}
