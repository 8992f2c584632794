package vn.wardplan.notification.inbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * One in-app notification for one official. Its id is the reminder's key and the recipient, so a reminder sent
 * again after a crash lands once.
 */
@Document("inbox")
@CompoundIndex(name = "ward_recipient_created", def = "{'ward': 1, 'recipient': 1, 'createdAt': -1}")
public record InboxMessage(@Id String id, String ward, String city, String recipient, String title, String body,
        String link, boolean late, Instant createdAt, Instant readAt) implements WardOwned {
}
