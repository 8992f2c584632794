package vn.wardplan.reporting.indicator;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.reporting.wardindex.WardReadIndexes;

/**
 * Keeps {@link IndicatorView} from indicator-service's events. Each event sets the field paths it is about
 * (definition, {@code values.<period>}, {@code assessments.<year>}), so a replay of the topic in order gives the
 * same document; one indicator's events come in order (keyed by its id).
 */
@Component
class IndicatorEventsListener {

    static final String CONSUMER = "reporting-indicators";

    /** reporting-service's own copy of the producer's contract (docs/events/indicators.md): the fields it reads. */
    record Defined(String planNumber, String key, Definition definition, List<IndicatorView.EarlierTarget> earlierTargets) {
    }

    record Definition(Integer position, String code, String parentKey, String group, String name, String measureUnit,
            String byEndText, String yearlyText, IndicatorView.Target target, String directingLeader,
            String advisingUnitCode, String advisingUnitText, Integer startYear, Integer endYear) {
    }

    record ValueChanged(String indicatorId, String period, Double value, String comment, List<Check> checks) {
    }

    record Check(String kind, String message) {
    }

    record AssessmentChanged(String indicatorId, Integer year, String status, String reason, Double achievedRate,
            Double neededRate, String basis, String reasonEn) {
    }

    private final EventInbox inbox;
    private final WardScopedMongo mongo;
    private final WardReadIndexes indexes;

    IndicatorEventsListener(EventInbox inbox, WardScopedMongo mongo, WardReadIndexes indexes) {
        this.inbox = inbox;
        this.indexes = indexes;
        this.mongo = mongo;
    }

    /** In batches: reporting must keep up with every ward's stream (docs/benchmarks/reporting.md). */
    @KafkaListener(topics = "wardplan.indicators", groupId = "${wardplan.reporting.consumer-group-prefix:reporting}-indicators", batch = "true")
    void onIndicatorEvents(List<ConsumerRecord<String, byte[]>> records) {
        inbox.acceptAll(CONSUMER, records, this::apply);
    }

    void apply(IncomingEvent event) {
        WardScope ward = WardScope.trusted(event.ward(), event.city());
        Update update = switch (event.type()) {
            case "vn.wardplan.indicator.defined.v1", "vn.wardplan.indicator.changed.v1" -> defined(event);
            case "vn.wardplan.indicator.value-submitted.v1" -> value(event, "SUBMITTED");
            case "vn.wardplan.indicator.value-approved.v1" -> value(event, "APPROVED");
            case "vn.wardplan.indicator.value-returned.v1" -> value(event, "RETURNED");
            case "vn.wardplan.indicator.assessment-changed.v1" -> assessment(event);
            default -> null;
        };
        if (update != null) {
            // By id alone: an index hit on every MongoDB (the stand-in scans for {ward, city, _id}).
            mongo.upsertById(ward, event.subject(), update.set("changedAt", event.time().toInstant()), IndicatorView.class);
            if (event.type().endsWith(".defined.v1") || event.type().endsWith(".changed.v1")) {
                // An indicator enters its ward's index when it is defined (its events come in order, keyed by its
                // id); the values and assessments after that need not touch the index again.
                indexes.addIndicator(ward, event.subject());
            }
        }
    }

    private Update defined(IncomingEvent event) {
        Defined data = event.dataAs(Defined.class);
        Definition d = data.definition();
        if (d == null || d.name() == null) {
            throw new IllegalArgumentException("Indicator event " + event.id() + " has no definition");
        }
        return new Update().set("planNumber", data.planNumber()).set("key", data.key()).set("position", d.position())
                .set("code", d.code()).set("parentKey", d.parentKey()).set("group", d.group()).set("name", d.name())
                .set("measureUnit", d.measureUnit()).set("byEndText", d.byEndText()).set("yearlyText", d.yearlyText())
                .set("target", d.target()).set("directingLeader", d.directingLeader())
                .set("advisingUnitCode", d.advisingUnitCode()).set("advisingUnitText", d.advisingUnitText())
                .set("startYear", d.startYear()).set("endYear", d.endYear())
                .set("earlierTargets", data.earlierTargets() == null ? List.of() : data.earlierTargets());
    }

    private Update value(IncomingEvent event, String state) {
        ValueChanged data = event.dataAs(ValueChanged.class);
        if (data.period() == null || !data.period().matches("[0-9A-Z-]{4,10}")) {
            throw new IllegalArgumentException("Indicator event " + event.id() + " has no valid period");
        }
        String path = "values." + data.period() + ".";
        Update update = new Update().set(path + "value", data.value()).set(path + "state", state).set(path + "at", event.time().toInstant());
        // The day the unit submitted is what timeliness counts, and what the office reads with it; approval and return keep it.
        return state.equals("SUBMITTED") ? update.set(path + "submittedAt", event.time().toInstant())
                .set(path + "checks", data.checks() == null ? List.of() : data.checks().stream().map(Check::message).toList())
                .set(path + "checkReason", data.checks() == null || data.checks().isEmpty() ? null : data.comment()) : update;
    }

    private Update assessment(IncomingEvent event) {
        AssessmentChanged data = event.dataAs(AssessmentChanged.class);
        if (data.year() == null || data.status() == null) {
            throw new IllegalArgumentException("Assessment event " + event.id() + " lacks year or status");
        }
        return new Update().set("assessments." + data.year(), new IndicatorView.Assessment(data.status(), data.reason(),
                data.achievedRate(), data.neededRate(), event.time().toInstant(), data.basis(), data.reasonEn()));
    }
}
