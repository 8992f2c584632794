package vn.wardplan.task.regime;

/**
 * How one kind of period is reported: the data cut-off day of its last month, and the deadlines counted in working
 * days after the cut-off: the units' to the ward office, and the office's to the city.
 */
public record PeriodRule(PeriodKind kind, int cutOffDay, int unitsDeadlineWorkingDays, int officeDeadlineWorkingDays) {

    /** Decree 09's cut-off (the 14th); units report two working days after it, the office two days later. */
    public static PeriodRule decree09(PeriodKind kind) {
        return new PeriodRule(kind, 14, 2, 4);
    }
}
