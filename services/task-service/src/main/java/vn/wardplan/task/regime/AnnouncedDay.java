package vn.wardplan.task.regime;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * task-service's copy of a day a ward office announced (notification-service's {@code wardplan.calendars}): an extra day
 * off or a weekend day worked, so that the units' deadlines are counted on the ward's own calendar. Id: {@code <ward>:<date>}.
 */
@Document("announced_days")
record AnnouncedDay(@Id String id, String ward, String city, LocalDate date, boolean dayOff, String name, boolean withdrawn,
        Instant changedAt) implements WardOwned {
}
