package vn.wardplan.task.regime;

/** The kinds of periodic report Decree 09/2019 (Art. 12) knows; a ward reports 6-month and annual by default. */
public enum PeriodKind {
    MONTH, QUARTER, HALF_YEAR, YEAR
}
