package vn.wardplan.notification.period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.notification.deadline.IndicatorValueDeadlines;
import vn.wardplan.notification.deadline.WardPeriods;
import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** Keeps the ward's reporting periods from task-service's regime events (docs/events/regimes.md); values' deadlines follow. */
@Component
class RegimeEventsListener {

    static final String CONSUMER = "notification-regimes";
    private static final String REGIME_CHANGED = "vn.wardplan.reporting-regime.changed.";

    /** notification-service's copy of the producer's contract: the fields it reads. */
    record RegimeChanged(String ward, List<PeriodData> periods) {
    }

    record PeriodData(String key, String kind, int year, String label, LocalDate unitsDue) {
    }

    private final EventInbox inbox;
    private final WardScopedMongo mongo;
    private final IndicatorValueDeadlines valueDeadlines;

    RegimeEventsListener(EventInbox inbox, WardScopedMongo mongo, IndicatorValueDeadlines valueDeadlines) {
        this.inbox = inbox;
        this.mongo = mongo;
        this.valueDeadlines = valueDeadlines;
    }

    @KafkaListener(topics = "wardplan.reporting-regimes", groupId = CONSUMER)
    void onRegimeEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(CONSUMER, record, IncomingEvent.ofType(REGIME_CHANGED, RegimeChanged.class, this::apply));
    }

    void apply(IncomingEvent event, RegimeChanged regime) {
        if (regime.periods() == null || regime.periods().stream().anyMatch(p -> p.key() == null || p.unitsDue() == null)) {
            throw new IllegalArgumentException("Regime event " + event.id() + " lacks its periods");
        }
        WardScope ward = WardScope.trusted(event.ward(), event.city());
        Instant at = event.time().toInstant();
        List<WardPeriods.Period> periods = regime.periods().stream()
                .map(p -> new WardPeriods.Period(p.key(), p.kind(), p.year(), p.label(), p.unitsDue())).toList();
        // One conditional write: a regime older than the one kept changes nothing (and replans nothing).
        if (mongo.upsertUnlessNewer(ward, ward.ward(), at, new Update().set("periods", periods), WardPeriods.class)) {
            valueDeadlines.replanWard(ward, at);
        }
    }
}
