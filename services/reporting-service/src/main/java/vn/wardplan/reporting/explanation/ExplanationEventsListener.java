package vn.wardplan.reporting.explanation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Keeps {@link ExplanationCopy} from notification-service's events on {@code wardplan.explanations}: each carries the
 * request as it stands, so one upsert per event (a late or replayed event never overwrites a newer state).
 */
@Component
class ExplanationEventsListener {

    static final String CONSUMER = "reporting-explanations";

    /** reporting-service's copy of the producer's contract (docs/events/explanations.md): the fields it reads. */
    record ExplanationChanged(String id, String subjectKind, String subjectId, String subjectTitle, String link, String unit,
            String askedBy, String askedByName, Instant askedAt, LocalDate answerDue, String status,
            List<ExplanationCopy.Exchange> exchanges, Instant closedAt) {
    }

    private final EventInbox inbox;
    private final WardScopedMongo mongo;

    ExplanationEventsListener(EventInbox inbox, WardScopedMongo mongo) {
        this.inbox = inbox;
        this.mongo = mongo;
    }

    @KafkaListener(topics = "wardplan.explanations", groupId = "${wardplan.reporting.consumer-group-prefix:reporting}-explanations",
            batch = "true")
    void onExplanationEvents(List<ConsumerRecord<String, byte[]>> records) {
        inbox.acceptAll(CONSUMER, records, this::apply);
    }

    void apply(IncomingEvent event) {
        if (!event.type().startsWith("vn.wardplan.explanation.")) {
            return;
        }
        ExplanationChanged e = event.dataAs(ExplanationChanged.class);
        if (e.id() == null || e.status() == null || e.askedAt() == null) {
            throw new IllegalArgumentException("Explanation event " + event.id() + " lacks its request's id, status or time");
        }
        mongo.upsertUnlessNewer(WardScope.trusted(event.ward(), event.city()), e.id(), event.time().toInstant(), new Update()
                .set("subjectKind", e.subjectKind()).set("subjectId", e.subjectId()).set("subjectTitle", e.subjectTitle())
                .set("link", e.link()).set("unit", e.unit()).set("askedBy", e.askedBy()).set("askedByName", e.askedByName())
                .set("askedAt", e.askedAt()).set("answerDue", e.answerDue()).set("status", e.status())
                .set("exchanges", e.exchanges() == null ? List.of() : e.exchanges()).set("closedAt", e.closedAt()),
                ExplanationCopy.class);
    }
}
