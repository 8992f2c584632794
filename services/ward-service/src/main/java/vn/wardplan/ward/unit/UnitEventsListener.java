package vn.wardplan.ward.unit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;

/** Keeps {@link WardUnit} from task-service's {@code wardplan.units}, so officials can be placed in new units. */
@Component
class UnitEventsListener {

    static final String CONSUMER = "ward-unit-directory";

    /** ward-service's own copy of the producer's contract: only the fields it reads. */
    record UnitData(String code, String name) {
    }

    private final EventInbox inbox;
    private final WardUnits units;

    UnitEventsListener(EventInbox inbox, WardUnits units) {
        this.inbox = inbox;
        this.units = units;
    }

    @KafkaListener(topics = "wardplan.units", groupId = CONSUMER)
    void onUnitEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(CONSUMER, record, IncomingEvent.ofType("vn.wardplan.unit.", UnitData.class, this::apply));
    }

    private void apply(IncomingEvent event, UnitData unit) {
        if (unit.code() == null || unit.code().isBlank() || unit.name() == null) {
            throw new IllegalArgumentException("Unit event " + event.id() + " lacks code or name");
        }
        units.record(WardScope.trusted(event.ward(), event.city()), unit.code(), unit.name(), event.time().toInstant());
    }
}
