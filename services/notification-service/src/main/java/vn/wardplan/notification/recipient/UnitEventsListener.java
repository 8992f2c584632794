package vn.wardplan.notification.recipient;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** Keeps {@link WardUnit} from {@code wardplan.units}; an older event never overwrites a newer state. */
@Component
class UnitEventsListener {

    static final String CONSUMER = "notification-unit-directory";

    /** notification-service's own copy of the producer's contract: only the fields it reads. */
    record UnitData(String code, String name, String mailbox) {
    }

    private final EventInbox inbox;
    private final WardScopedMongo mongo;

    UnitEventsListener(EventInbox inbox, WardScopedMongo mongo) {
        this.inbox = inbox;
        this.mongo = mongo;
    }

    @KafkaListener(topics = "wardplan.units", groupId = CONSUMER)
    void onUnitEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(CONSUMER, record, IncomingEvent.ofType("vn.wardplan.unit.", UnitData.class, this::apply));
    }

    private void apply(IncomingEvent event, UnitData unit) {
        if (unit.code() == null || unit.code().isBlank() || unit.name() == null) {
            throw new IllegalArgumentException("Unit event " + event.id() + " lacks code or name");
        }
        mongo.upsertUnlessNewer(WardScope.trusted(event.ward(), event.city()), event.subject(), event.time().toInstant(),
                new Update().set("code", unit.code()).set("name", unit.name()).set("mailbox", unit.mailbox()), WardUnit.class);
    }
}
