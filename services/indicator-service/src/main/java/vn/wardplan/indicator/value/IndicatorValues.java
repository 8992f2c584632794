package vn.wardplan.indicator.value;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.wardplan.indicator.check.ValueCheckRunner;
import vn.wardplan.indicator.check.ValueChecks;
import vn.wardplan.indicator.events.IndicatorEvents;
import vn.wardplan.indicator.indicator.Indicator;
import vn.wardplan.indicator.period.Period;
import vn.wardplan.indicator.target.Assessment;
import vn.wardplan.indicator.target.AssessmentStatus;
import vn.wardplan.indicator.target.Assessor;
import vn.wardplan.indicator.target.Baseline;
import vn.wardplan.indicator.target.TargetSpec;
import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Values of indicators and their workflow. The advising unit's officers enter and submit; the ward office
 * (ward-admin) approves or returns; only approved yearly values count in the assessment.
 */
@Service
public class IndicatorValues {

    /** A year ("2026"), a quarter ("2026-Q1"), or 6 or 9 months ("2026-6M", "2026-9M"). */
    private static final Logger log = LoggerFactory.getLogger(IndicatorValues.class);

    private final WardScopedMongo mongo;
    private final IndicatorEvents events;
    private final ValueCheckRunner checks;
    private final Clock clock;

    IndicatorValues(WardScopedMongo mongo, IndicatorEvents events, ValueCheckRunner checks, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.checks = checks;
        this.clock = clock;
    }

    /** The checks a value of the period trips against the indicator's other approved values. */
    private List<ValueChecks.Tripped> tripped(WardScope ward, Indicator indicator, String period, BigDecimal value) {
        Map<String, BigDecimal> approved = new java.util.HashMap<>();
        for (IndicatorValue stored : storedValues(ward, indicator.id())) {
            if (stored.status() == IndicatorValue.Status.APPROVED) {
                approved.put(stored.period(), stored.value());
            }
        }
        return checks.run(ward, indicator, period, value, approved::get);
    }

    public Indicator indicator(WardScope ward, String id) {
        return mongo.findOne(ward, Criteria.where("_id").is(id), Indicator.class)
                .orElseThrow(() -> WardplanProblem.notFound("indicator.notFound", id));
    }

    public List<IndicatorValue> values(WardScope ward, String indicatorId) {
        indicator(ward, indicatorId);
        return storedValues(ward, indicatorId);
    }

    /** The stored values of an indicator, with {@code pending} (about to be saved) in place of its stored state. */
    private List<IndicatorValue> valuesWith(WardScope ward, String indicatorId, IndicatorValue pending) {
        List<IndicatorValue> values = new ArrayList<>(storedValues(ward, indicatorId));
        if (pending != null) {
            values.removeIf(v -> v.id().equals(pending.id()));
            values.add(pending);
        }
        return values;
    }

    private List<IndicatorValue> storedValues(WardScope ward, String indicatorId) {
        return mongo.find(ward, new Query(Criteria.where("indicatorId").is(indicatorId)).with(Sort.by("period")),
                IndicatorValue.class);
    }

    public IndicatorValue enter(Caller caller, String indicatorId, String period, BigDecimal value, String source, String note) {
        WardScope ward = WardAccess.ownWard(caller);
        Indicator indicator = indicator(ward, indicatorId);
        requireAdvisingUnit(caller, indicator);
        requirePeriodInPlan(indicator, period);
        String id = IndicatorValue.idOf(indicatorId, period);
        List<ValueChecks.Tripped> tripped = tripped(ward, indicator, period, value);
        Optional<IndicatorValue> stored = mongo.findOne(ward, Criteria.where("_id").is(id), IndicatorValue.class);
        IndicatorValue next = stored
                .map(existing -> {
                    if (existing.status() == IndicatorValue.Status.SUBMITTED || existing.status() == IndicatorValue.Status.APPROVED) {
                        throw new WardplanProblem(HttpStatus.CONFLICT, "value.locked", period,
                                existing.status() == IndicatorValue.Status.SUBMITTED ? "chờ duyệt" : "đã duyệt");
                    }
                    return existing.enter(value, source, note, tripped, clock.instant(), caller.username(), caller.displayName());
                })
                .orElseGet(() -> IndicatorValue.first(ward.ward(), ward.city(), indicatorId, period, value, source, note, tripped,
                        clock.instant(), caller.username(), caller.displayName()));
        return mongo.save(ward, next.recorded(audited(ward, caller, indicator, stored.orElse(null), next, "value.entered", null)));
    }

    /**
     * The unit submits its value. The checks run again (the earlier values may have changed since it was entered); where
     * any trips, the unit's reason is required (422 without it, and nothing changes); the office sees both.
     */
    public IndicatorValue submit(Caller caller, String indicatorId, String period, String reason) {
        WardScope ward = WardAccess.ownWard(caller);
        Indicator indicator = indicator(ward, indicatorId);
        requireAdvisingUnit(caller, indicator);
        IndicatorValue value = value(ward, indicatorId, period);
        requireStatus(value, IndicatorValue.Status.DRAFT, IndicatorValue.Status.RETURNED);
        List<ValueChecks.Tripped> tripped = tripped(ward, indicator, period, value.value());
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!tripped.isEmpty() && why == null) {
            throw new WardplanProblem(HttpStatus.UNPROCESSABLE_CONTENT, "value.checkReason", period,
                    String.join(" ", tripped.stream().map(ValueChecks.Tripped::message).toList()));
        }
        IndicatorValue submitted = value.submit(tripped, tripped.isEmpty() ? null : why, clock.instant(), caller.username(),
                caller.displayName(), events.valueSubmitted(ward, indicator, value.period(), value.value(), tripped.isEmpty() ? null : why,
                        tripped));
        return mongo.save(ward, submitted.recorded(audited(ward, caller, indicator, value, submitted, "value.submitted",
                submitted.checkReason())));
    }

    /**
     * The ward office reopens an approved value, with its reason: back to the unit (RETURNED, the unit told as of a
     * return), out of the assessment until approved again. The reason stays in the history.
     */
    public IndicatorValue reopen(Caller caller, String indicatorId, String period, String reason) {
        WardScope ward = WardAccess.ownWard(caller);
        Indicator indicator = indicator(ward, indicatorId);
        IndicatorValue value = value(ward, indicatorId, period);
        requireStatus(value, IndicatorValue.Status.APPROVED);
        String comment = "Mở lại giá trị đã duyệt: " + reason.strip();
        IndicatorValue moved = value.move(IndicatorValue.Status.RETURNED, "REOPENED", comment, clock.instant(),
                caller.username(), caller.displayName(), events.valueChanged(ward, indicator, value.period(), value.value(),
                        IndicatorEvents.VALUE_RETURNED, comment));
        IndicatorValue reopened = saveWithItsAssessment(ward, indicator, moved.recorded(audited(ward, caller, indicator, value, moved,
                "value.reopened", reason.strip())));
        return reopened;
    }

    private OutboxEvent audited(WardScope ward, Caller caller, Indicator indicator, IndicatorValue before, IndicatorValue after,
            String action, String reason) {
        return events.audited(ward, caller, new AuditedChange(AuditKind.VALUE, after.id(), indicator.label() + " — kỳ " + after.period(),
                action, before == null ? null : before.state(), after.state(), reason));
    }

    public IndicatorValue approve(Caller caller, String indicatorId, String period) {
        WardScope ward = WardAccess.ownWard(caller);
        Indicator indicator = indicator(ward, indicatorId);
        IndicatorValue value = value(ward, indicatorId, period);
        requireStatus(value, IndicatorValue.Status.SUBMITTED);
        IndicatorValue moved = value.move(IndicatorValue.Status.APPROVED, "APPROVED", null, clock.instant(),
                caller.username(), caller.displayName(), events.valueChanged(ward, indicator, value.period(), value.value(), IndicatorEvents.VALUE_APPROVED,
                        null));
        return saveWithItsAssessment(ward, indicator, moved.recorded(audited(ward, caller, indicator, value, moved, "value.approved", null)));
    }

    /**
     * Saves a value whose approval changed, in one write with the {@code assessment-changed} it causes (the event
     * rides in the value's own outbox), so a crash can never leave the approval without where the indicator now
     * stands. The last published assessment is kept afterwards only to tell the next change from no change; if that
     * second write fails, the next assessment publishes again, which consumers apply idempotently.
     */
    private IndicatorValue saveWithItsAssessment(WardScope ward, Indicator indicator, IndicatorValue changed) {
        Optional<AssessmentChange> change = assessedYear(changed.period())
                .flatMap(year -> assessmentChange(ward, indicator, year, changed));
        IndicatorValue saved = mongo.save(ward, change.map(c -> changed.recorded(c.event())).orElse(changed));
        change.ifPresent(c -> {
            try {
                mongo.save(ward, c.published(false));
            } catch (RuntimeException e) {
                log.warn("Kept the approval of {} and its assessment event, not the last published status: {}", changed.id(), e.toString());
            }
        });
        return saved;
    }

    /** The year an approved value of this period is judged in: a year's value or its 6-month estimate. */
    private static Optional<Integer> assessedYear(String period) {
        return Period.of(period).filter(Period::judgesTheYear).map(Period::year);
    }

    /**
     * Publishes {@code assessment-changed} when a new baseline or target changes where the indicator stands for a year
     * already approved: the event waits in the assessment's own document.
     */
    private void recordAssessment(WardScope ward, Indicator indicator, int year) {
        assessmentChange(ward, indicator, year, null).ifPresent(c -> mongo.save(ward, c.published(true)));
    }

    /** A change of where an indicator stands for a year: its event, and the last published assessment it replaces. */
    private record AssessmentChange(OutboxEvent event, String id, String ward, String city, String indicatorId, int year,
            Assessment assessment, Optional<AssessmentRecord> previous, Instant at) {

        /** The record to keep; with the event in its outbox, or without (the event went with the value). */
        AssessmentRecord published(boolean withEvent) {
            // Events not yet relayed stay pending beside the new one: replacing the list would lose them.
            List<OutboxEvent> pending = new ArrayList<>(previous.map(AssessmentRecord::outbox).filter(Objects::nonNull).orElse(List.of()));
            if (withEvent) {
                pending.add(event);
            }
            return new AssessmentRecord(id, ward, city, indicatorId, year, assessment.status(), assessment.reason(), at,
                    previous.map(AssessmentRecord::version).orElse(null), pending);
        }
    }

    /**
     * Where the indicator stands for the year (with {@code pending} in place of its stored state, when a value is
     * about to be saved), if that differs from what was last published: the status moved, or the annual value took
     * over from the 6-month estimate.
     */
    private Optional<AssessmentChange> assessmentChange(WardScope ward, Indicator indicator, int year, IndicatorValue pending) {
        Assessment assessment = assess(ward, indicator, year, pending);
        String id = AssessmentRecord.idOf(indicator.id(), year);
        var previous = mongo.findOne(ward, Criteria.where("_id").is(id), AssessmentRecord.class);
        boolean onEstimate = assessment.basis() != null && assessment.basis().endsWith("-6M");
        boolean wasOnEstimate = previous.map(AssessmentRecord::reason).filter(r -> r.startsWith("Theo ước thực hiện 6 tháng")).isPresent();
        if (previous.isPresent() && previous.get().status() == assessment.status() && onEstimate == wasOnEstimate) {
            return Optional.empty();
        }
        var event = events.assessmentChanged(ward, indicator, year, assessment, previous.map(AssessmentRecord::status).orElse(null));
        return Optional.of(new AssessmentChange(event, id, ward.ward(), ward.city(), indicator.id(), year, assessment, previous,
                clock.instant()));
    }

    public IndicatorValue returnValue(Caller caller, String indicatorId, String period, String comment) {
        WardScope ward = WardAccess.ownWard(caller);
        Indicator indicator = indicator(ward, indicatorId);
        IndicatorValue value = value(ward, indicatorId, period);
        requireStatus(value, IndicatorValue.Status.SUBMITTED);
        IndicatorValue returned = value.move(IndicatorValue.Status.RETURNED, "RETURNED", comment, clock.instant(), caller.username(),
                caller.displayName(), events.valueChanged(ward, indicator, value.period(), value.value(), IndicatorEvents.VALUE_RETURNED, comment));
        return mongo.save(ward, returned.recorded(audited(ward, caller, indicator, value, returned, "value.returned", comment)));
    }

    /**
     * The ward office types an indicator's target by hand (the plan's wording could not be read, or means otherwise);
     * it is kept across re-imports while the document words the target the same way, and the years already approved
     * are judged again. With {@code fromYear} the target is an adjustment from that year on, the years before keeping
     * the target then in force.
     */
    public Indicator typeTarget(Caller caller, String indicatorId, TargetSpec target, TargetSpec endTarget, Integer fromYear) {
        WardScope ward = WardAccess.ownWard(caller);
        Indicator indicator = indicator(ward, indicatorId);
        Indicator.Definition d = indicator.definition();
        if (fromYear != null && (fromYear <= d.startYear() || fromYear > d.endYear())) {
            throw WardplanProblem.badRequest("target.fromYear", String.valueOf(fromYear), String.valueOf(d.startYear() + 1),
                    String.valueOf(d.endYear()));
        }
        TargetSpec typed = TargetSpec.checked(target, d.endYear(), d.yearlyText().isBlank() ? d.byEndText() : d.yearlyText());
        TargetSpec typedEnd = endTarget == null ? null : TargetSpec.checked(endTarget, d.endYear(), d.byEndText());
        String note = "Văn phòng nhập kiểu chỉ tiêu bằng tay (" + (caller.displayName() != null ? caller.displayName() : caller.username()) + ")"
                + (d.targetNote() == null ? "." : "; cách đọc của văn bản: " + d.targetNote());
        Indicator.Definition definition = d.withTarget(typed, typedEnd, note, caller.username());
        Indicator amended = amendOrRedefine(indicator, definition, fromYear, caller.username());
        Indicator saved = mongo.save(ward, amended.recorded(events.audited(ward, caller, AuditedChange.of(AuditKind.TARGET,
                indicator.id(), indicator.label(), fromYear == null ? "target.typed" : "target.adjusted", indicator.targetState(),
                amended.targetState()))));
        reassessApproved(ward, saved);
        return saved;
    }

    /**
     * The indicator with its new definition: from {@code fromYear} on when given (the earlier target kept for the years
     * before), for the whole term otherwise; with the event that says so.
     */
    public Indicator amendOrRedefine(Indicator indicator, Indicator.Definition definition, Integer fromYear, String by) {
        WardScope ward = WardScope.trusted(indicator.ward(), indicator.city());
        java.time.Instant now = clock.instant();
        if (fromYear == null || fromYear <= indicator.definition().startYear()) {
            return indicator.redefine(definition, now, events.changed(ward, indicator.planNumber(), indicator.key(), definition,
                    indicator.earlierTargets()));
        }
        return indicator.amend(definition, fromYear, by, now, events.changed(ward, indicator.planNumber(), indicator.key(),
                definition, indicator.earlierTargetsAmendedFrom(fromYear, by, now)));
    }

    public Indicator setBaseline(Caller caller, String indicatorId, Baseline baseline) {
        WardScope ward = WardAccess.ownWard(caller);
        Indicator indicator = indicator(ward, indicatorId);
        if (baseline.year() >= indicator.definition().startYear() || baseline.year() < indicator.definition().startYear() - 10) {
            throw WardplanProblem.badRequest("baseline.year", indicator.definition().startYear());
        }
        Indicator based = indicator.withBaseline(baseline, clock.instant());
        Indicator saved = mongo.save(ward, based.recorded(events.audited(ward, caller, AuditedChange.of(AuditKind.TARGET,
                indicator.id(), indicator.label(), "target.baseline", indicator.targetState(), based.targetState()))));
        reassessApproved(ward, saved);
        return saved;
    }

    /** The assessment of a year from the approved yearly values. */
    public Assessment assess(WardScope ward, String indicatorId, int year) {
        return assess(ward, indicator(ward, indicatorId), year);
    }

    /** The same for an indicator already loaded (lists assess many at once). */
    public Assessment assess(WardScope ward, Indicator indicator, int year) {
        return assess(ward, indicator, year, null);
    }

    private Assessment assess(WardScope ward, Indicator indicator, int year, IndicatorValue pending) {
        requireYearInPlan(indicator, year, String.valueOf(year));
        Indicator inForce = indicator.inForce(year);
        Assessment assessment = assessOn(ward, inForce, year, pending);
        Integer adjustedFrom = indicator.adjustedFrom();
        if (adjustedFrom == null) {
            return assessment;
        }
        if (inForce != indicator) {
            int until = indicator.earlierTargets().stream().filter(e -> year <= e.untilYear()).findFirst().orElseThrow().untilYear();
            return assessment.withNote(" (theo mục tiêu trước khi điều chỉnh, áp dụng đến năm " + until + ")",
                    " (on the target before its adjustment, in force until " + until + ")");
        }
        return assessment.withNote(" (mục tiêu điều chỉnh từ năm " + adjustedFrom + ")", " (target adjusted from " + adjustedFrom + ")");
    }

    /** Re-judges every year already approved, after the indicator's target or baseline changed. */
    public void reassessApproved(WardScope ward, Indicator indicator) {
        for (IndicatorValue value : storedValues(ward, indicator.id())) {
            Optional<Period> period = Period.of(value.period());
            if (value.status() == IndicatorValue.Status.APPROVED && period.filter(Period::annual).isPresent()) {
                recordAssessment(ward, indicator, period.get().year());
            }
        }
    }

    private Assessment assessOn(WardScope ward, Indicator indicator, int year, IndicatorValue pending) {
        if (indicator.definition().target() == null) {
            return new Assessment(AssessmentStatus.NO_DATA,
                    "Chưa xác định được mức chỉ tiêu: " + indicator.definition().targetNote(), null, null, null,
                    "The target is not typed yet (the plan reads: " + indicator.definition().targetNote() + ").");
        }
        NavigableMap<Integer, BigDecimal> approved = new TreeMap<>();
        java.util.Map<Integer, BigDecimal> estimates = new java.util.HashMap<>();
        for (IndicatorValue value : valuesWith(ward, indicator.id(), pending)) {
            Optional<Period> period = Period.of(value.period()).filter(p -> value.status() == IndicatorValue.Status.APPROVED);
            if (period.filter(Period::annual).isPresent()) {
                approved.put(period.get().year(), value.value());
            } else if (period.filter(p -> p.part() == Period.Part.HALF_YEAR).isPresent()) {
                estimates.put(period.get().year(), value.value());
            }
        }
        // A year without an approved annual value is judged on its approved 6-month estimate (ước thực hiện 6 tháng).
        String basis = approved.containsKey(year) ? String.valueOf(year) : estimates.containsKey(year) ? year + "-6M" : null;
        estimates.forEach(approved::putIfAbsent);
        Indicator.Definition d = indicator.definition();
        Assessment assessment = Assessor.assessBoth(d.target().toTarget(), d.endTarget() == null ? null : d.endTarget().toTarget(),
                indicator.baseline(), approved, d.endYear(), year);
        boolean estimate = basis != null && basis.endsWith("-6M");
        return basis == null ? assessment : assessment.basedOn(basis, estimate ? "Theo ước thực hiện 6 tháng: " : null,
                estimate ? "On the 6-month estimate: " : null);
    }

    private IndicatorValue value(WardScope ward, String indicatorId, String period) {
        return mongo.findOne(ward, Criteria.where("_id").is(IndicatorValue.idOf(indicatorId, period)), IndicatorValue.class)
                .orElseThrow(() -> WardplanProblem.notFound("value.notFound", period));
    }

    private static void requireAdvisingUnit(Caller caller, Indicator indicator) {
        if (!caller.officerOf(indicator.definition().advisingUnitCode())) {
            throw WardplanProblem.forbidden("value.notAdvisingUnit", indicator.definition().advisingUnitText());
        }
    }

    private static void requirePeriodInPlan(Indicator indicator, String period) {
        requireYearInPlan(indicator, Period.of(period).orElseThrow(() -> WardplanProblem.badRequest("period.invalid", period)).year(),
                period);
    }

    private static void requireYearInPlan(Indicator indicator, int year, String asked) {
        Indicator.Definition d = indicator.definition();
        if (!d.covers(year)) {
            throw WardplanProblem.badRequest("period.outsidePlan", asked, d.startYear(), d.endYear());
        }
    }

    private static void requireStatus(IndicatorValue value, IndicatorValue.Status... allowed) {
        for (IndicatorValue.Status status : allowed) {
            if (value.status() == status) {
                return;
            }
        }
        throw new WardplanProblem(HttpStatus.CONFLICT, "value.wrongStatus", value.period(), value.status().name());
    }
}
