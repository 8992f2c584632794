package vn.wardplan.reporting.timeliness;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** Keeps {@link RegimePeriods} from task-service's regime events (docs/events/regimes.md); the newest event wins. */
@Component
class RegimeEventsListener {

    static final String CONSUMER = "reporting-regimes";
    private static final String REGIME_CHANGED = "vn.wardplan.reporting-regime.changed.";

    /** reporting-service's copy of the producer's contract: the fields it reads. */
    record RegimeChanged(String ward, List<RegimePeriods.Period> periods) {
    }

    private final EventInbox inbox;
    private final WardScopedMongo mongo;

    RegimeEventsListener(EventInbox inbox, WardScopedMongo mongo) {
        this.inbox = inbox;
        this.mongo = mongo;
    }

    @KafkaListener(topics = "wardplan.reporting-regimes", groupId = "${wardplan.reporting.consumer-group-prefix:reporting}-regimes")
    void onRegimeEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(CONSUMER, record, IncomingEvent.ofType(REGIME_CHANGED, RegimeChanged.class, this::apply));
    }

    void apply(IncomingEvent event, RegimeChanged regime) {
        if (regime.periods() == null || regime.periods().stream().anyMatch(p -> p.key() == null || p.unitsDue() == null)) {
            throw new IllegalArgumentException("Regime event " + event.id() + " lacks its periods");
        }
        // One conditional write: a regime older than the one kept changes nothing.
        mongo.upsertUnlessNewer(WardScope.trusted(event.ward(), event.city()), event.ward(), event.time().toInstant(),
                new Update().set("periods", List.copyOf(regime.periods())), RegimePeriods.class);
    }
}
