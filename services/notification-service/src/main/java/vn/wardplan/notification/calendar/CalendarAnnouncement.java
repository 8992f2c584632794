package vn.wardplan.notification.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * A day the ward office entered as the government announced it for a year: an extra day off (the chosen day of
 * Tết or of 2/9, a bridge day) or a weekend day made a working day (a swapped Saturday). Id: {@code <ward>:<date>}.
 * A withdrawn day is kept (marked {@code withdrawn}) so that the event saying so is stored with it.
 */
@Document("calendar_announcements")
@CompoundIndex(name = "ward_date", def = "{'ward': 1, 'date': 1}")
record CalendarAnnouncement(@Id String id, String ward, String city, LocalDate date, boolean dayOff, String name,
        Instant enteredAt, String enteredBy, boolean withdrawn, List<OutboxEvent> outbox) implements WardOwned {

    /** What the audit trail shows of an announced day. */
    record State(LocalDate date, boolean dayOff, String name) {
    }

    State state() {
        return new State(date, dayOff, name);
    }

    /** The same day with one more event pending: its entry in the audit trail. */
    CalendarAnnouncement recorded(OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new CalendarAnnouncement(id, ward, city, date, dayOff, name, enteredAt, enteredBy, withdrawn, pending);
    }

    /** The day as it now stands, with one more pending event beside those not yet relayed. */
    CalendarAnnouncement next(boolean newDayOff, String newName, Instant at, String by, boolean isWithdrawn, OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new CalendarAnnouncement(id, ward, city, date, newDayOff, newName, at, by, isWithdrawn, pending);
    }
}
