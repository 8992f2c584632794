package vn.wardplan.indicator.value;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.indicator.target.AssessmentStatus;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * The last published assessment of an indicator for a year, so that {@code assessment-changed} is published only
 * when the status actually changes.
 */
@Document("indicator_assessments")
record AssessmentRecord(@Id String id, String ward, String city, String indicatorId, int year, AssessmentStatus status,
        String reason, Instant at, @Version Long version, List<OutboxEvent> outbox) implements WardOwned {

    static String idOf(String indicatorId, int year) {
        return indicatorId + "@" + year;
    }
}
