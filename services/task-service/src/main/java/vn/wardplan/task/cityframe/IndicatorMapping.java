package vn.wardplan.task.cityframe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * How one indicator of a ward's plan stands against the city's frame. {@code frameCode} is what it counts as in the
 * city's comparison: set when the platform applied a sure proposal (AUTO) or the office chose it (CONFIRMED); null
 * while a proposal waits (PROPOSED) and for the ward's own indicators (WARD_ONLY). The platform's latest proposal is
 * kept beside the decision, so the office always sees why. {@code decidedBy} names the office's official whose
 * decision stands until they change it (or the frame drops the code).
 *
 * @param id the indicator's id in indicator-service: {@code <ward>:<plan number, "/" as "-">:<key>}
 */
@Document("indicator_mappings")
record IndicatorMapping(@Id String id, String ward, String city, String planNumber, String key, String parentKey,
        String name, String measureUnit, String state, String frameCode, Integer frameVersion, String proposedCode,
        Double confidence, String reason, String decidedBy, Instant decidedAt, Instant updatedAt, @Version Long version,
        List<OutboxEvent> outbox) implements WardOwned {

    static final String AUTO = "AUTO";
    static final String CONFIRMED = "CONFIRMED";
    static final String PROPOSED = "PROPOSED";
    static final String WARD_ONLY = "WARD_ONLY";

    static String idOf(String ward, String planNumber, String key) {
        return ward + ":" + planNumber.replace('/', '-') + ":" + key;
    }

    /** What a change would leave; two mappings that agree on it need no write and no event. */
    record Standing(String name, String measureUnit, String parentKey, String state, String frameCode, Integer frameVersion,
            String proposedCode, Double confidence, String reason, String decidedBy) {
    }

    Standing standing() {
        return new Standing(name, measureUnit, parentKey, state, frameCode, frameVersion, proposedCode, confidence, reason,
                decidedBy);
    }

    IndicatorMapping with(Standing s, Instant decidedAt, Instant now, OutboxEvent... events) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.addAll(List.of(events));
        return new IndicatorMapping(id, ward, city, planNumber, key, s.parentKey(), s.name(), s.measureUnit(), s.state(),
                s.frameCode(), s.frameVersion(), s.proposedCode(), s.confidence(), s.reason(), s.decidedBy(), decidedAt, now,
                version, pending);
    }

    static IndicatorMapping first(String ward, String city, String planNumber, String key, Standing s, Instant now,
            OutboxEvent event) {
        return new IndicatorMapping(idOf(ward, planNumber, key), ward, city, planNumber, key, s.parentKey(), s.name(),
                s.measureUnit(), s.state(), s.frameCode(), s.frameVersion(), s.proposedCode(), s.confidence(), s.reason(),
                s.decidedBy(), null, now, null, List.of(event));
    }
}
