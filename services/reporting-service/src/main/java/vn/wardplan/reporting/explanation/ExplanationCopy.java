package vn.wardplan.reporting.explanation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * reporting-service's copy of a request for explanation, as its last event left it: for the leaders' overview
 * ("chờ giải trình") and the annual report (question, answer, dates, who).
 */
@Document("explanations")
public record ExplanationCopy(@Id String id, String ward, String city, String subjectKind, String subjectId, String subjectTitle,
        String link, String unit, String askedBy, String askedByName, Instant askedAt, LocalDate answerDue, String status,
        List<Exchange> exchanges, Instant closedAt, Instant changedAt) implements WardOwned {

    /** One question or answer, with who wrote it and when. */
    public record Exchange(String kind, String text, List<String> attachments, String by, String byName, Instant at) {
    }

    /** Still waiting: for the unit's answer (OPEN) or for the asker to close it (ANSWERED). */
    public boolean waiting() {
        return !"CLOSED".equals(status);
    }
}
