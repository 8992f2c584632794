package vn.wardplan.task.regime;

import java.time.LocalDate;

/**
 * A period as the ward's regime schedules it: its data window, the day units must report to the ward office and
 * the day the office reports to the city, both on the working calendar.
 */
public record ScheduledPeriod(String key, PeriodKind kind, int year, String label, LocalDate start, LocalDate cutOff,
        LocalDate unitsDue, LocalDate officeDue) {
}
