package vn.wardplan.reporting.audit;

import java.time.Clock;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Keeps every ward's audit trail from the entries each service records on {@code wardplan.audit}: an insert per
 * event id, so a redelivered entry is stored once and a stored one is never changed.
 */
@Component
class AuditEventsListener {

    static final String CONSUMER = "reporting-audit";

    /** reporting-service's copy of the producer's contract (docs/events/audit.md): the fields it reads. */
    record ChangeRecorded(String kind, String item, String label, String action, String actor, String actorName,
            JsonNode before, JsonNode after, String reason) {
    }

    private final EventInbox inbox;
    private final WardScopedMongo mongo;
    private final JsonMapper json;
    private final Clock clock;

    AuditEventsListener(EventInbox inbox, WardScopedMongo mongo, JsonMapper json, Clock clock) {
        this.inbox = inbox;
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    @KafkaListener(topics = "wardplan.audit", groupId = "${wardplan.reporting.consumer-group-prefix:reporting}-audit", batch = "true")
    void onAuditEvents(List<ConsumerRecord<String, byte[]>> records) {
        inbox.acceptAll(CONSUMER, records, this::apply);
    }

    void apply(IncomingEvent event) {
        if (!event.type().startsWith("vn.wardplan.audit.change-recorded.")) {
            return;
        }
        ChangeRecorded change = event.dataAs(ChangeRecorded.class);
        if (event.ward() == null || change.kind() == null || change.item() == null || change.action() == null) {
            throw new IllegalArgumentException("Audit entry " + event.id() + " lacks its ward, kind, item or action");
        }
        // The service as the checked envelope names it (EventOrigins): an entry cannot claim to come from another service.
        String service = event.source() == null ? null : event.source().substring(event.source().lastIndexOf('/') + 1);
        mongo.insertIfAbsent(WardScope.trusted(event.ward(), event.city()), new AuditEntry(event.id(), event.ward(), event.city(),
                event.time().toInstant(), service, change.kind(), change.item(), change.label(), change.action(),
                change.actor(), change.actorName(), text(change.before()), text(change.after()), change.reason(), clock.instant()));
    }

    private String text(JsonNode node) {
        return node == null || node.isNull() ? null : json.writeValueAsString(node);
    }
}
