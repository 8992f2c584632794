package vn.wardplan.notification.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * notification-service's own copy of something due: a task's deliverable (from task-service's events) or a year's
 * value of an indicator (from indicator-service's events and the ward's due day). Reminders are planned from it.
 */
@Document("deadlines")
@CompoundIndex(name = "ward_item", def = "{'ward': 1, 'itemId': 1}")
public record Deadline(@Id String id, String ward, String city, Kind kind, String itemId, String period, String title,
        String link, LocalDate dueDate, String leadUnit, List<String> coordinatingUnits, String directingLeader,
        boolean open, Instant changedAt) implements WardOwned {

    /** What is due. */
    public enum Kind {
        /** A task's deliverable (a report, a product) for a period. */
        DELIVERABLE,
        /** The value of an indicator for a period (the 6-month estimate, the year), entered by the advising unit. */
        INDICATOR_VALUE,
        /** What a unit has not sent for a reporting period, gathered when the ward office asks to remind the late units. */
        PERIOD_REPORTS,
        /** The answer a unit owes to a request for explanation (yêu cầu giải trình). */
        EXPLANATION
    }

    /** {@code deliverable:<task id>/<deliverable id>}: task and indicator ids share a shape, so the kind comes first. */
    public static String deliverableId(String taskId, String deliverableId) {
        return "deliverable:" + taskId + "/" + deliverableId;
    }

    /** {@code indicator:<indicator id>/<period>}. */
    public static String indicatorValueId(String indicatorId, String period) {
        return "indicator:" + indicatorId + "/" + period;
    }
}
