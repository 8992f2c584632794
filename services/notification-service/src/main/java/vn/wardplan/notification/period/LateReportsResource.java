package vn.wardplan.notification.period;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.notification.deadline.PeriodKey;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;

/** {@code POST /api/notifications/periods/{period}/late-reminders}: the ward office reminds the late units now. */
@RestController
class LateReportsResource {

    /** What the press did: every late unit, and how many were reminded now. */
    record LateReminders(String period, int lateUnits, int reminded, List<LateReports.LateUnit> units) {
    }

    private final LateReports late;

    LateReportsResource(LateReports late) {
        this.late = late;
    }

    @PostMapping("/api/notifications/periods/{period}/late-reminders")
    @PreAuthorize("hasRole('ward-admin')")
    LateReminders remind(@PathVariable String period) {
        if (!PeriodKey.is(period)) {
            throw WardplanProblem.badRequest("period.invalid", period);
        }
        List<LateReports.LateUnit> units = late.remind(WardAccess.ownWard(CurrentCaller.get()), period);
        return new LateReminders(period, units.size(), (int) units.stream().filter(LateReports.LateUnit::reminded).count(), units);
    }
}
