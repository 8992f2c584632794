package vn.wardplan.reporting.dashboard;

import java.time.Clock;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;

/** A ward's dashboard: the ward's own officials, and city-viewers of its city. */
@RestController
class DashboardResource {

    private final WardDashboard dashboard;
    private final Clock clock;

    DashboardResource(WardDashboard dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
    }

    /** {@code year} defaults to the current year in Vietnam. */
    @GetMapping("/api/reports/wards/{ward}/dashboard")
    WardDashboardView dashboard(@PathVariable String ward, @RequestParam(required = false) Integer year) {
        return dashboard.build(WardAccess.readable(CurrentCaller.get(), ward), YearParameter.orCurrent(year, clock));
    }
}
