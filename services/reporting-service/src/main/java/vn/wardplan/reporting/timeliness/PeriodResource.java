package vn.wardplan.reporting.timeliness;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.reporting.dashboard.YearParameter;

/**
 * A ward's reporting periods for its officials and its city's viewers: the year's timeliness table, and one period
 * with every unit and what it owes.
 */
@RestController
class PeriodResource {

    /** The year's periods with their totals, and the period the office works now. */
    record YearView(String ward, int year, String current, List<PeriodReportView.PeriodTally> periods) {
    }

    private final PeriodReports reports;
    private final java.time.Clock clock;

    PeriodResource(PeriodReports reports, java.time.Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/reports/wards/{ward}/periods")
    YearView year(@PathVariable String ward, @RequestParam(required = false) Integer year) {
        WardScope scope = WardAccess.readable(CurrentCaller.get(), ward);
        int shown = YearParameter.orCurrent(year, clock);
        return new YearView(scope.ward(), shown, reports.current(scope), reports.year(scope, shown));
    }

    @GetMapping("/api/reports/wards/{ward}/periods/{period}")
    PeriodReportView period(@PathVariable String ward, @PathVariable String period) {
        WardScope scope = WardAccess.readable(CurrentCaller.get(), ward);
        return reports.report(scope, "current".equals(period) ? reports.current(scope) : period);
    }
}
