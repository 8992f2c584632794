package vn.wardplan.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * One occurrence of a reminder. Its id is its unique key, {@code <deadline id>|<due date>|<kind>-<sequence>}, so
 * planning the same deadline twice (a redelivered event, two replicas) stores it once, and its status moves
 * PENDING → SENDING (a worker's lease) → SENT, or to CANCELLED, SUPERSEDED or FAILED. The delivery log says what
 * went to whom, on which channel, and how it ended.
 */
@Document("reminders")
@CompoundIndexes({
        @CompoundIndex(name = "due", def = "{'status': 1, 'sendAt': 1}"),
        // The claim addresses a reminder by id and claim counter; unique (the id is), so the stand-in serves it too.
        @CompoundIndex(name = "claim", def = "{'_id': 1, 'attempts': 1}", unique = true),
        @CompoundIndex(name = "ward_deadline", def = "{'ward': 1, 'deadlineId': 1, 'status': 1}")
})
public record Reminder(@Id String id, String ward, String city, String deadlineId, LocalDate dueDate, Kind kind,
        int sequence, Instant sendAt, boolean late, Status status, String note, String owner, Instant leaseUntil,
        int attempts, List<Delivery> deliveries, Instant plannedAt, Instant finishedAt) implements WardOwned {

    /** Where the reminder stands against the deadline. */
    public enum Kind {
        /** Some working days before the due date. */
        BEFORE,
        /** On the due date (the working day before, when it is a day off). */
        DUE,
        /** While overdue, every few working days. */
        OVERDUE,
        /** To the directing leader, some working days after the due date. */
        ESCALATION,
        /** Asked for by the ward office for the units late in a period: sent at once, once a day at most. */
        REQUESTED
    }

    /** Where the occurrence is in its life. */
    public enum Status {
        PENDING, SENDING, SENT, CANCELLED, SUPERSEDED, FAILED
    }

    /** One send of the reminder: to whom, on which channel, when, and whether it went out. */
    public record Delivery(Channel channel, String recipient, String address, Instant at, boolean ok, String error) {
    }

    /** The ways a reminder reaches people; DIGEST means queued for the official's daily digest mail. */
    public enum Channel {
        INBOX, EMAIL, DIGEST, WEBHOOK
    }

    public static String key(String deadlineId, LocalDate dueDate, Kind kind, int sequence) {
        return deadlineId + "|" + dueDate + "|" + kind + "-" + sequence;
    }

    /** This reminder as a claim by {@code owner} leaves it: being sent, leased until the given time, counted once more. */
    public Reminder claimed(String owner, Instant leaseUntil) {
        return new Reminder(id, ward, city, deadlineId, dueDate, kind, sequence, sendAt, late, Status.SENDING, note, owner, leaseUntil,
                attempts + 1, deliveries, plannedAt, finishedAt);
    }

    public boolean delivered(Channel channel, String address) {
        return deliveries != null && deliveries.stream().anyMatch(d -> d.ok() && d.channel() == channel && d.address().equals(address));
    }
}
