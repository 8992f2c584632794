package vn.wardplan.reporting.comparison;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.reporting.indicator.IndicatorView;

/**
 * Keeps each city's frame ({@link CityFrameView}, the highest version wins) and each indicator's mapping to it (the
 * {@code frame} field of {@link IndicatorView}, an idempotent upsert of one field path; one indicator's mapping events
 * come in order, keyed by its id) from task-service's events on {@code wardplan.indicator-frames}.
 */
@Component
class FrameEventsListener {

    static final String CONSUMER = "reporting-frames";

    /** reporting-service's copy of the producer's contract (docs/events/indicator-frames.md): the fields it reads. */
    record FrameChanged(String city, Integer version, List<CityFrameView.Indicator> indicators) {
    }

    record MappingChanged(String indicatorId, String frameCode, String state, Integer frameVersion) {
    }

    private final EventInbox inbox;
    private final WardScopedMongo mongo;

    FrameEventsListener(EventInbox inbox, WardScopedMongo mongo) {
        this.inbox = inbox;
        this.mongo = mongo;
    }

    @KafkaListener(topics = "wardplan.indicator-frames", groupId = "${wardplan.reporting.consumer-group-prefix:reporting}-frames",
            batch = "true")
    void onFrameEvents(List<ConsumerRecord<String, byte[]>> records) {
        inbox.acceptAll(CONSUMER, records, this::apply);
    }

    void apply(IncomingEvent event) {
        if (event.type().startsWith("vn.wardplan.indicator-frame.changed.")) {
            FrameChanged frame = event.dataAs(FrameChanged.class);
            if (frame.city() == null || frame.version() == null || frame.indicators() == null) {
                throw new IllegalArgumentException("Frame event " + event.id() + " lacks its city, version or indicators");
            }
            WardScope scope = WardScope.trusted(CityFrameView.scopeOf(frame.city()), frame.city());
            var stored = mongo.findById(scope, frame.city(), CityFrameView.class);
            if (stored.isEmpty() || stored.get().version() < frame.version()) {
                mongo.save(scope, new CityFrameView(frame.city(), scope.ward(), frame.city(), frame.version(),
                        List.copyOf(frame.indicators()), event.time().toInstant()));
            }
        } else if (event.type().startsWith("vn.wardplan.indicator-mapping.changed.")) {
            MappingChanged mapping = event.dataAs(MappingChanged.class);
            mongo.upsertById(WardScope.trusted(event.ward(), event.city()), event.subject(), new Update().set("frame",
                    new IndicatorView.Frame(mapping.frameCode(), mapping.state(), mapping.frameVersion())), IndicatorView.class);
        }
    }
}
