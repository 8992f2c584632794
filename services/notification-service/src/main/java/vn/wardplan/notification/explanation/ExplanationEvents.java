package vn.wardplan.notification.explanation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.outbox.OutboxCollection;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.events.outbox.OutboxEvents;

/**
 * Events of requests for explanation on {@value #TOPIC} (contract: docs/events/explanations.md), key: the request's id.
 * Each carries the request as it stands after the step, so a consumer keeps its copy with one upsert.
 */
@Component
class ExplanationEvents {

    static final String TOPIC = "wardplan.explanations";
    static final String ASKED = "vn.wardplan.explanation.asked.v1";
    static final String ANSWERED = "vn.wardplan.explanation.answered.v1";
    static final String ASKED_AGAIN = "vn.wardplan.explanation.asked-again.v1";
    static final String CLOSED = "vn.wardplan.explanation.closed.v1";

    /** Data of every event: the request after the step. */
    record ExplanationChanged(String id, String subjectKind, String subjectId, String subjectTitle, String link, String unit,
            String askedBy, String askedByName, Instant askedAt, LocalDate answerDue, String status,
            List<ExplanationRequest.Exchange> exchanges, Instant closedAt) {
    }

    private final OutboxEvents outbox;

    ExplanationEvents(OutboxEvents outbox) {
        this.outbox = outbox;
    }

    OutboxEvent of(String type, ExplanationRequest r) {
        return outbox.create(TOPIC, type, r.id(), r.ward(), r.city(), new ExplanationChanged(r.id(), r.subjectKind(), r.subjectId(),
                r.subjectTitle(), r.link(), r.unit(), r.askedBy(), r.askedByName(), r.askedAt(), r.answerDue(), r.status(),
                r.exchanges(), r.closedAt()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Topology {

        @Bean
        OutboxCollection explanationsOutbox() {
            return OutboxCollection.of(ExplanationRequest.class);
        }

        @Bean
        NewTopic explanationsTopic() {
            return TopicBuilder.name(TOPIC).partitions(3).build();
        }
    }
}
