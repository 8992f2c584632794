package vn.wardplan.reporting.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import vn.wardplan.platform.web.problem.WardplanProblem;

/** The {@code year} of a report request: 2000–2100, by default the current year in Vietnam. */
public final class YearParameter {

    private YearParameter() {
    }

    public static int orCurrent(Integer year, Clock clock) {
        if (year == null) {
            return LocalDate.now(clock.withZone(WardDashboard.VIETNAM)).getYear();
        }
        if (year < 2000 || year > 2100) {
            throw WardplanProblem.badRequest("report.yearOutOfRange", year);
        }
        return year;
    }
}
