package vn.wardplan.notification.calendar;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * A day the ward office entered as the government announced it for a year: an extra day off (the chosen day of
 * Tết or of 2/9, a bridge day) or a weekend day made a working day (a swapped Saturday). Id: {@code <ward>:<date>}.
 */
@Document("calendar_announcements")
@CompoundIndex(name = "ward_date", def = "{'ward': 1, 'date': 1}")
public record CalendarAnnouncement(@Id String id, String ward, String city, LocalDate date, boolean dayOff, String name,
        Instant enteredAt, String enteredBy) implements WardOwned {
}
