package vn.wardplan.notification.deadline;

import vn.wardplan.platform.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * The deadlines of indicator values follow the ward's reporting regime: each year of an indicator has a value due for
 * every period the regime reports (the 6-month estimate and the annual value by default; quarters when switched on),
 * on the units' deadline. A value submitted or approved closes its deadline; a period the regime no longer asks for
 * closes when it has not passed yet.
 */
@Component
public class IndicatorValueDeadlines {

    /** Indicator values are entered for quarters, six months and years; monthly reports carry no indicator values. */
    private static final Set<String> VALUE_KINDS = Set.of("QUARTER", "HALF_YEAR", "YEAR");

    private final WardScopedMongo mongo;
    private final Deadlines deadlines;
    private final Clock clock;

    IndicatorValueDeadlines(WardScopedMongo mongo, Deadlines deadlines, Clock clock) {
        this.mongo = mongo;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** An indicator was defined or changed: keep what it is and plan its deadlines. */
    public void define(WardScope ward, IndicatorDue indicator, Instant at) {
        mongo.save(ward, indicator);
        plan(ward, indicator, periods(ward), at);
    }

    /** The ward's regime changed: every indicator's deadlines follow it. */
    public void replanWard(WardScope ward, Instant at) {
        List<WardPeriods.Period> periods = periods(ward);
        for (IndicatorDue indicator : mongo.find(ward, new Criteria(), IndicatorDue.class)) {
            plan(ward, indicator, periods, at);
        }
    }

    private void plan(WardScope ward, IndicatorDue indicator, List<WardPeriods.Period> periods, Instant at) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM));
        List<WardPeriods.Period> due = periods.stream().filter(p -> VALUE_KINDS.contains(p.kind()))
                .filter(p -> p.year() >= indicator.startYear() && p.year() <= indicator.endYear()).toList();
        for (WardPeriods.Period period : due) {
            String id = Deadline.indicatorValueId(indicator.id(), period.key());
            Optional<Deadline> stored = deadlines.find(ward, id);
            boolean open = stored.map(Deadline::open).orElse(true);
            if (stored.isPresent() && stored.get().dueDate().equals(period.unitsDue()) && stored.get().title().equals(indicator.name())
                    && java.util.Objects.equals(stored.get().leadUnit(), indicator.advisingUnit())) {
                continue;
            }
            deadlines.record(new Deadline(id, ward.ward(), ward.city(), Deadline.Kind.INDICATOR_VALUE, indicator.id(), period.key(),
                    indicator.name(), "/indicators/" + indicator.id(), period.unitsDue(), indicator.advisingUnit(), List.of(),
                    indicator.directingLeader(), open, at));
        }
        Set<String> asked = due.stream().map(p -> Deadline.indicatorValueId(indicator.id(), p.key())).collect(java.util.stream.Collectors.toSet());
        for (Deadline old : mongo.find(ward, Criteria.where("itemId").is(indicator.id()).and("kind").is(Deadline.Kind.INDICATOR_VALUE)
                .and("open").is(true), Deadline.class)) {
            if (!asked.contains(old.id()) && !old.dueDate().isBefore(today)) {
                deadlines.setOpen(ward, old.id(), false, at);
            }
        }
    }

    private List<WardPeriods.Period> periods(WardScope ward) {
        return mongo.findById(ward, ward.ward(), WardPeriods.class).map(WardPeriods::periods).orElse(List.of());
    }
}
