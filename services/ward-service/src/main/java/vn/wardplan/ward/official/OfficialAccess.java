package vn.wardplan.ward.official;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * Whether an official of a ward is disabled, with the event that tells every service: stored before Keycloak is
 * changed, so what the ward office was told ("khóa") reaches the services even if Keycloak answers late.
 */
@Document("official_access")
record OfficialAccess(@Id String id, String ward, String city, String username, boolean disabled, Instant changedAt,
        @Version Long version, List<OutboxEvent> outbox) implements WardOwned {

    static String idOf(String ward, String username) {
        return ward + ":" + username;
    }

    OfficialAccess recorded(OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new OfficialAccess(id, ward, city, username, disabled, changedAt, version, pending);
    }

    OfficialAccess changed(boolean nowDisabled, Instant at, OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new OfficialAccess(id, ward, city, username, nowDisabled, at, version, pending);
    }
}
