package vn.wardplan.indicator.check;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.wardplan.indicator.indicator.Indicator;
import vn.wardplan.indicator.period.Period;
import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Runs an indicator's value checks under the settings its ward office chose, and keeps those settings. The earlier
 * values come from the caller ({@code approved}: a period's approved value, or null), so this package needs nothing
 * of the value workflow's.
 */
@Component
public class ValueCheckRunner {

    private static final BigDecimal MAX_THRESHOLD = new BigDecimal("10");

    private final WardScopedMongo mongo;
    private final AuditTrail trail;
    private final Clock clock;

    ValueCheckRunner(WardScopedMongo mongo, AuditTrail trail, Clock clock) {
        this.mongo = mongo;
        this.trail = trail;
        this.clock = clock;
    }

    /** The checks a value of the period trips. */
    public List<ValueChecks.Tripped> run(WardScope ward, Indicator indicator, String period, BigDecimal value,
            Function<String, BigDecimal> approved) {
        Period read = Period.of(period).orElse(null);
        if (read == null) {
            return List.of();
        }
        int year = read.year();
        ValueChecks.Around around = new ValueChecks.Around(approved.apply(read.yearBefore().key()),
                read.annual() ? approved.apply(new Period(year, Period.Part.HALF_YEAR).key()) : null);
        return ValueChecks.run(subject(indicator.inForce(year)), settings(ward, indicator), year, read.annual(), value, around);
    }

    /** Every check that applies to the indicator, with the setting in force and whether the office changed it. */
    public Map<CheckKind, CheckSettings.Setting> settings(WardScope ward, Indicator indicator) {
        Map<CheckKind, CheckSettings.Setting> defaults = ValueChecks.defaults(subject(indicator));
        return mongo.findById(ward, indicator.id(), CheckSettings.class).map(s -> s.over(defaults)).orElse(defaults);
    }

    public Map<CheckKind, CheckSettings.Setting> defaults(Indicator indicator) {
        return ValueChecks.defaults(subject(indicator));
    }

    /** The office's settings for the checks it names; 400 for a check that does not apply or a threshold out of range. */
    public Map<CheckKind, CheckSettings.Setting> change(WardScope ward, Indicator indicator, Map<CheckKind, CheckSettings.Setting> changes,
            Caller by) {
        Map<CheckKind, CheckSettings.Setting> defaults = defaults(indicator);
        Map<CheckKind, CheckSettings.Setting> kept = new EnumMap<>(CheckKind.class);
        mongo.findById(ward, indicator.id(), CheckSettings.class).ifPresent(s -> {
            if (s.checks() != null) {
                kept.putAll(s.checks());
            }
        });
        for (Map.Entry<CheckKind, CheckSettings.Setting> change : changes.entrySet()) {
            if (change.getKey() == null || change.getValue() == null || !defaults.containsKey(change.getKey())) {
                throw WardplanProblem.badRequest("check.notApplicable", String.valueOf(change.getKey()));
            }
            BigDecimal threshold = change.getValue().threshold();
            if (threshold != null && (defaults.get(change.getKey()).threshold() == null || threshold.signum() <= 0
                    || threshold.compareTo(MAX_THRESHOLD) > 0)) {
                throw WardplanProblem.badRequest("check.threshold", String.valueOf(change.getKey()));
            }
            kept.put(change.getKey(), change.getValue());
        }
        CheckSettings stored = mongo.findById(ward, indicator.id(), CheckSettings.class).orElse(null);
        Map<CheckKind, CheckSettings.Setting> before = settings(ward, indicator);
        List<OutboxEvent> pending = new ArrayList<>(stored == null || stored.outbox() == null ? List.of() : stored.outbox());
        pending.add(trail.record(ward.ward(), ward.city(), new Actor(by.username(), by.displayName()), AuditedChange.of(AuditKind.VALUE_CHECK, indicator.id(), indicator.label(),
                "checks.changed", before, new CheckSettings(null, null, null, kept, null, null, null, null).over(defaults(indicator)))));
        mongo.save(ward, new CheckSettings(indicator.id(), ward.ward(), ward.city(), kept, by.username(), clock.instant(),
                stored == null ? null : stored.version(), pending));
        return settings(ward, indicator);
    }

    private static ValueChecks.Subject subject(Indicator indicator) {
        Indicator.Definition d = indicator.definition();
        return new ValueChecks.Subject(d.measureUnit(), d.target(), d.endTarget(), d.startYear());
    }
}
