package vn.wardplan.notification.recipient;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/** notification-service's copy of a ward's unit: its name for the mail text and its official mailbox, if any. */
@Document("ward_units")
@CompoundIndex(name = "ward_code", def = "{'ward': 1, 'code': 1}")
record WardUnit(@Id String id, String ward, String city, String code, String name, String mailbox,
        Instant changedAt) implements WardOwned {
}
