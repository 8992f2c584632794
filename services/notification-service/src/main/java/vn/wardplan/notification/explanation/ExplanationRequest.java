package vn.wardplan.notification.explanation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * A request for explanation (yêu cầu giải trình): a leader, the ward office or a city viewer asks the unit responsible
 * for an indicator or a task (or, from the city, the ward office about the ward) why it stands where it does; the unit
 * answers by a deadline, the asker closes the request or asks again. Every question and answer is kept in order.
 *
 * @param subjectKind INDICATOR, TASK or WARD
 * @param unit the unit that answers (the indicator's advising unit, the task's lead unit, the ward office)
 * @param status OPEN (waiting for the answer), ANSWERED (waiting for the asker), CLOSED
 */
@Document("explanation_requests")
record ExplanationRequest(@Id String id, String ward, String city, String subjectKind, String subjectId,
        String subjectTitle, String link, String unit, String askedBy, String askedByName, Instant askedAt, LocalDate answerDue,
        String status, List<Exchange> exchanges, Instant closedAt, @Version Long version, List<OutboxEvent> outbox)
        implements WardOwned {

    /** One question or answer, with who wrote it and when; an answer may name attached documents. */
    public record Exchange(String kind, String text, List<String> attachments, String by, String byName, Instant at) {
    }

    ExplanationRequest with(String newStatus, Exchange exchange, LocalDate due, Instant closed) {
        List<Exchange> all = new ArrayList<>(exchanges);
        if (exchange != null) {
            all.add(exchange);
        }
        return new ExplanationRequest(id, ward, city, subjectKind, subjectId, subjectTitle, link, unit, askedBy, askedByName, askedAt,
                due, newStatus, List.copyOf(all), closed, version, outbox);
    }

    /** The request with the event that tells of its step, beside those not yet relayed. */
    ExplanationRequest told(OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new ExplanationRequest(id, ward, city, subjectKind, subjectId, subjectTitle, link, unit, askedBy, askedByName, askedAt,
                answerDue, status, exchanges, closedAt, version, pending);
    }
}
