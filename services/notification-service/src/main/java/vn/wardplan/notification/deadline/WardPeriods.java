package vn.wardplan.notification.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * notification-service's copy of a ward's reporting periods, from task-service's regime events: the key of each
 * period and the day units must report it. Id: the ward.
 */
@Document("ward_periods")
public record WardPeriods(@Id String id, String ward, String city, List<Period> periods, Instant changedAt) implements WardOwned {

    /** A period of the regime ("2026-6M", "2026") with the units' deadline. */
    public record Period(String key, String kind, int year, String label, LocalDate unitsDue) {
    }
}
