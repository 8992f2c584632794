package vn.wardplan.notification.digest;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * A reminder waiting for an official's daily digest mail, when the ward chose digests. Its id is the reminder's key
 * and the recipient, so it is queued once; it moves PENDING → SENDING (a worker's lease) → SENT with the digest.
 */
@Document("digest_entries")
@CompoundIndexes({
        @CompoundIndex(name = "due", def = "{'status': 1, 'sendAt': 1}"),
        @CompoundIndex(name = "ward_recipient", def = "{'ward': 1, 'recipient': 1, 'status': 1}")
})
record DigestEntry(@Id String id, String ward, String city, String reminderId, String recipient, String email,
        String locale, String line, String link, Instant queuedAt, Instant sendAt, Status status, String owner,
        Instant leaseUntil, Instant sentAt) implements WardOwned {

    /** Where the entry is in its life. */
    public enum Status {
        PENDING, SENDING, SENT
    }
}
