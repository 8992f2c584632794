package vn.wardplan.notification.inbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/** One in-app notification for one official. Reminders (a later issue) write them. */
@Document("inbox")
public record InboxMessage(@Id String id, String ward, String city, String recipient, String title, String link,
        Instant createdAt, Instant readAt) implements WardOwned {
}
