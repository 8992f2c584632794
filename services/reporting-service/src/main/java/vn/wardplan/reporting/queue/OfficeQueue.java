package vn.wardplan.reporting.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.reporting.dashboard.WardDashboard;
import vn.wardplan.reporting.indicator.IndicatorView;
import vn.wardplan.reporting.task.TaskView;
import vn.wardplan.reporting.timeliness.PeriodReports;
import vn.wardplan.reporting.timeliness.RegimePeriods;

/**
 * What waits for the ward office: every value and every deliverable a unit submitted and nobody has approved,
 * accepted or returned yet, the oldest first, with how long it has waited and its due day.
 */
@Service
class OfficeQueue {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * One item waiting: a value (approve / return) or a deliverable (accept / return); for a value, the checks it tripped
     * and the unit's reason for them (docs/domain/value-checks.md).
     */
    public record Waiting(String kind, String itemId, String period, String key, String title, String unit, Double value,
            Instant submittedAt, long daysWaiting, LocalDate dueDate, String link, List<String> checks, String checkReason) {
    }

    private final WardDashboard dashboard;
    private final PeriodReports periods;
    private final Clock clock;

    OfficeQueue(WardDashboard dashboard, PeriodReports periods, Clock clock) {
        this.dashboard = dashboard;
        this.periods = periods;
        this.clock = clock;
    }

    public List<Waiting> of(WardScope ward) {
        Instant now = clock.instant();
        Optional<RegimePeriods> regime = periods.regime(ward);
        List<Waiting> waiting = new ArrayList<>();
        for (IndicatorView i : dashboard.indicators(ward)) {
            if (i.values() == null) {
                continue;
            }
            i.values().forEach((period, v) -> {
                if ("SUBMITTED".equals(v.state())) {
                    Instant at = v.submittedAt() != null ? v.submittedAt() : v.at();
                    waiting.add(new Waiting("VALUE", i.id(), period, i.code() == null ? i.key() : i.code(), i.name(),
                            i.advisingUnitText(), v.value(), at, days(at, now),
                            regime.flatMap(r -> r.period(period)).map(RegimePeriods.Period::unitsDue).orElse(null),
                            "/indicators/" + i.id() + "?year=" + period.substring(0, 4),
                            v.checks() == null ? List.of() : v.checks(), v.checkReason()));
                }
            });
        }
        for (TaskView t : dashboard.tasks(ward)) {
            for (TaskView.DeliverableView d : t.deliverableList()) {
                if ("SUBMITTED".equals(d.status())) {
                    // Waiting since it reached the office: the day a paper report arrived, else the submission.
                    Instant at = d.submittedOn() != null ? d.submittedOn().atStartOfDay(VIETNAM).toInstant()
                            : d.submittedAt() != null ? d.submittedAt() : now;
                    waiting.add(new Waiting("DELIVERABLE", t.id(), d.id(), t.key(), t.title(), t.leadUnit() == null ? null
                            : t.leadUnit().text(), null, at, days(at, now), d.dueDate(), "/tasks/" + t.id(), List.of(), null));
                }
            }
        }
        waiting.sort(Comparator.comparing(Waiting::submittedAt).thenComparing(Waiting::itemId));
        return waiting;
    }

    private static long days(Instant from, Instant now) {
        return Math.max(0, ChronoUnit.DAYS.between(from.atZone(VIETNAM).toLocalDate(), now.atZone(VIETNAM).toLocalDate()));
    }
}
