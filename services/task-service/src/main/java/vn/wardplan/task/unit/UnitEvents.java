package vn.wardplan.task.unit;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.stereotype.Component;

import org.apache.kafka.clients.admin.NewTopic;

import vn.wardplan.platform.events.outbox.OutboxCollection;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.events.outbox.OutboxEvents;
import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * The unit events task-service publishes on {@value #TOPIC} (contract: docs/events/units.md). Keyed by the
 * unit id so one unit's events stay in order.
 */
@Component
class UnitEvents {

    public static final String TOPIC = "wardplan.units";
    public static final String REGISTERED = "vn.wardplan.unit.registered.v1";
    public static final String UPDATED = "vn.wardplan.unit.updated.v1";

    /** Data of {@value #REGISTERED}: a ward has a new unit. */
    public record UnitRegistered(String code, String name, List<String> aliases, String mailbox) {
    }

    /** Data of {@value #UPDATED}: a unit's name, aliases or mailbox changed. */
    public record UnitUpdated(String code, String name, List<String> aliases, String mailbox) {
    }

    private final OutboxEvents outbox;

    UnitEvents(OutboxEvents outbox) {
        this.outbox = outbox;
    }

    public OutboxEvent registered(WardScope ward, String code, String name, List<String> aliases, String mailbox) {
        return outbox.create(TOPIC, REGISTERED, ward.ward() + ":" + code, ward.ward(), ward.city(),
                new UnitRegistered(code, name, aliases, mailbox));
    }

    public OutboxEvent updated(WardScope ward, String code, String name, List<String> aliases, String mailbox) {
        return outbox.create(TOPIC, UPDATED, ward.ward() + ":" + code, ward.ward(), ward.city(),
                new UnitUpdated(code, name, aliases, mailbox));
    }

    @Configuration(proxyBeanMethods = false)
    static class Topology {

        @Bean
        OutboxCollection unitsOutbox() {
            return OutboxCollection.of(Unit.class);
        }

        @Bean
        NewTopic unitsTopic() {
            return TopicBuilder.name(TOPIC).partitions(3).build();
        }
    }
}
