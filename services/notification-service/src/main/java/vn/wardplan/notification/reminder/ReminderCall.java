package vn.wardplan.notification.reminder;

import java.util.List;

/**
 * What a ward's webhook receives for a reminder (docs/domain/reminders.md): the reminder, the item it is about, the
 * officials it reminds and the working days left (negative: late by). Signed by the channel; the JSON keeps this order.
 */
record ReminderCall(String id, String ward, String kind, boolean late, Item item, List<Recipient> recipients, int workingDays) {

    /** The indicator value or deliverable the reminder is about, with its page. */
    record Item(String kind, String id, String period, String title, String dueDate, String link) {
    }

    /** An official reminded; {@code email} empty when the account has none. */
    record Recipient(String username, String name, String email) {
    }
}
