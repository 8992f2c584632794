package vn.wardplan.reporting.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * One entry of a ward's audit trail, as the service that made the change recorded it: inserted once (id: the event's
 * id), never updated or deleted. The item before and after are kept as the JSON the producer wrote.
 */
@Document("audit_trail")
@CompoundIndex(name = "ward_at", def = "{'ward': 1, 'at': -1}")
record AuditEntry(@Id String id, String ward, String city, Instant at, String service, String kind, String item, String label,
        String action, String actor, String actorName, String beforeJson, String afterJson, String reason, Instant receivedAt)
        implements WardOwned {
}
