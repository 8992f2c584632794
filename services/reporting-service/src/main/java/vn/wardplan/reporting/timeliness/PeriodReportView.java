package vn.wardplan.reporting.timeliness;

import java.time.LocalDate;
import java.util.List;

/**
 * A ward's reporting period as the office works it: every unit with what it owes, late ones first, and the totals
 * (GET /api/reports/wards/{ward}/periods/{period}).
 */
public record PeriodReportView(String ward, String wardName, String period, String label, LocalDate start, LocalDate cutOff,
        LocalDate unitsDue, LocalDate officeDue, LocalDate asOf, boolean deadlinePassed, Tally total, List<UnitPeriod> units) {

    /** A unit's part of the period. */
    public record UnitPeriod(String code, String name, Tally tally, List<PeriodLedger.Owed> items) {
    }

    /** A period of a year with its totals, for the timeliness tables (overview, city, annual report). */
    public record PeriodTally(String period, String label, LocalDate unitsDue, Tally total, List<UnitTally> units) {
    }

    /** One unit's totals in a period. */
    public record UnitTally(String code, String name, Tally tally) {
    }
}
