package vn.wardplan.notification.policy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * A ward's rules for reminders (the ward office edits them): how many working days before a deadline to remind,
 * how often while overdue, when to escalate to the directing leader, the hour mail goes out and the quiet hours,
 * whether officials get one daily digest mail (at {@code digestTime}) instead of one mail per reminder, and the ward's
 * webhook. When things are due is not here: the ward's reporting regime (task-service) decides. Missing for a ward until its office saves one: {@link #defaults} applies.
 */
@Document("reminder_policies")
public record ReminderPolicy(@Id String id, String ward, String city, List<Integer> beforeWorkingDays, boolean onDueDay,
        int overdueEveryWorkingDays, int maxOverdueReminders, int escalateAfterWorkingDays, LocalTime sendTime,
        LocalTime quietFrom, LocalTime quietUntil, boolean dailyDigest, LocalTime digestTime, String webhookUrl,
        String webhookSecret, Instant updatedAt, String updatedBy, List<OutboxEvent> outbox) implements WardOwned {

    public static ReminderPolicy defaults(String ward, String city) {
        return new ReminderPolicy(ward, ward, city, List.of(7, 3, 1), true, 2, 10, 3, LocalTime.of(8, 0),
                LocalTime.of(21, 0), LocalTime.of(7, 0), false, LocalTime.of(16, 30), null, null, null, null, null);
    }

    /** The same policy with one more event pending: its entry in the audit trail. */
    ReminderPolicy recorded(OutboxEvent event) {
        List<OutboxEvent> pending = new java.util.ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new ReminderPolicy(id, ward, city, beforeWorkingDays, onDueDay, overdueEveryWorkingDays, maxOverdueReminders,
                escalateAfterWorkingDays, sendTime, quietFrom, quietUntil, dailyDigest, digestTime, webhookUrl, webhookSecret,
                updatedAt, updatedBy, pending);
    }

    /** Whether a local time falls in the quiet hours (which may span midnight). */
    public boolean isQuiet(LocalTime time) {
        return isQuiet(quietFrom, quietUntil, time);
    }

    /** Whether a local time falls between {@code from} and {@code until}; never when either is null. */
    public static boolean isQuiet(LocalTime from, LocalTime until, LocalTime time) {
        if (from == null || until == null || from.equals(until)) {
            return false;
        }
        return from.isBefore(until)
                ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    /** When the digest that collects a reminder sent at {@code now} goes out: the next digest time, today or tomorrow. */
    public java.time.Instant nextDigest(java.time.Instant now, java.time.ZoneId zone) {
        java.time.ZonedDateTime local = now.atZone(zone);
        java.time.ZonedDateTime today = local.toLocalDate().atTime(digestTime).atZone(zone);
        return (today.isAfter(local) ? today : today.plusDays(1)).toInstant();
    }

    public boolean hasWebhook() {
        return webhookUrl != null && !webhookUrl.isBlank() && webhookSecret != null && !webhookSecret.isBlank();
    }
}
