package vn.wardplan.reporting.wards;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** Keeps {@link WardEntry} from ward-service's events (docs/events/wards.md). */
@Component
class WardEventsListener {

    static final String CONSUMER = "reporting-wards";

    record Onboarded(String name, String type, String cityName) {
    }

    private final EventInbox inbox;
    private final WardScopedMongo mongo;

    WardEventsListener(EventInbox inbox, WardScopedMongo mongo) {
        this.inbox = inbox;
        this.mongo = mongo;
    }

    @KafkaListener(topics = "wardplan.wards", groupId = "${wardplan.reporting.consumer-group-prefix:reporting}-wards")
    void onWardEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        Update update = switch (event.type()) {
            case "vn.wardplan.ward.onboarded.v1" -> {
                Onboarded ward = event.dataAs(Onboarded.class);
                yield new Update().set("name", ward.name()).set("type", ward.type()).set("cityName", ward.cityName())
                        .set("status", "ACTIVE");
            }
            case "vn.wardplan.ward.suspended.v1" -> new Update().set("status", "SUSPENDED");
            case "vn.wardplan.ward.reinstated.v1" -> new Update().set("status", "ACTIVE");
            default -> null;
        };
        if (update != null) {
            mongo.upsertUnlessNewer(WardScope.trusted(event.ward(), event.city()), event.ward(), event.time().toInstant(), update,
                    WardEntry.class);
        }
    }
}
