package vn.wardplan.reporting.unitdirectory;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Keeps {@link WardUnit} up to date from {@code wardplan.units}. The upsert only moves forward in time, so a
 * replayed or late event never overwrites a newer state.
 */
@Component
class UnitEventsListener {

    static final String CONSUMER = "reporting-unit-directory";
    private static final Logger log = LoggerFactory.getLogger(UnitEventsListener.class);

    /** reporting-service's own copy of the producer's contract: only the fields it reads. */
    record UnitData(String code, String name, List<String> aliases) {
    }

    private final EventInbox inbox;
    private final WardScopedMongo mongo;

    UnitEventsListener(EventInbox inbox, WardScopedMongo mongo) {
        this.inbox = inbox;
        this.mongo = mongo;
    }

    @KafkaListener(topics = "wardplan.units", groupId = "${wardplan.reporting.consumer-group-prefix:reporting}-unit-directory")
    void onUnitEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(CONSUMER, record, IncomingEvent.ofType("vn.wardplan.unit.", UnitData.class, this::apply));
    }

    private void apply(IncomingEvent event, UnitData unit) {
        if (unit.code() == null || unit.code().isBlank() || unit.name() == null) {
            throw new IllegalArgumentException("Unit event " + event.id() + " lacks code or name");
        }
        boolean applied = mongo.upsertUnlessNewer(WardScope.trusted(event.ward(), event.city()), event.subject(),
                event.time().toInstant(), new Update().set("code", unit.code()).set("name", unit.name())
                        .set("aliases", unit.aliases() == null ? List.of() : unit.aliases()), WardUnit.class);
        if (applied) {
            log.info("Unit {} of ward {} is now \"{}\" in the directory (event {})", unit.code(), event.ward(), unit.name(), event.id());
        } else {
            log.info("Event {} for unit {} is older than the directory's state; kept the newer", event.id(), unit.code());
        }
    }
}
