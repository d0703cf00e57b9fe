package fpms.calendar;

import java.time.LocalDate;

/**
 * Fired (synchronously, in the transaction of the change) when a day of the official calendar changes, so that
 * deadlines counted in working days across it are counted again.
 */
public record CalendarChanged(LocalDate day) {
}
