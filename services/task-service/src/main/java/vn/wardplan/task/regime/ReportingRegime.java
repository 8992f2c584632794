package vn.wardplan.task.regime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * A ward's reporting regime (chế độ báo cáo): its versions, oldest first. {@code ownRules} is false while the ward
 * follows its city's default (then the versions are the city's, copied whenever the city changes them); the first
 * change by the ward office makes them the ward's own. Id: the ward.
 */
@Document("reporting_regimes")
public record ReportingRegime(@Id String id, String ward, String city, boolean ownRules, List<RegimeVersion> versions,
        Instant updatedAt, @Version Long version, List<OutboxEvent> outbox) implements WardOwned {

    ReportingRegime with(boolean own, List<RegimeVersion> newVersions, Instant now, OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new ReportingRegime(id, ward, city, own, List.copyOf(newVersions), now, version, pending);
    }

    /** The same regime with one more event pending, e.g. its entry in the audit trail (none: unchanged). */
    ReportingRegime recorded(OutboxEvent event) {
        if (event == null) {
            return this;
        }
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new ReportingRegime(id, ward, city, ownRules, versions, updatedAt, version, pending);
    }
}
