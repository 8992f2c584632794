package vn.wardplan.indicator.value;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * The measured value of an indicator for one period (a year, a quarter, 6 or 9 months), with its workflow:
 * DRAFT → SUBMITTED → APPROVED, or RETURNED with a comment and back to DRAFT. Every change is kept in
 * {@code history}: who, when, what, the old and the new value.
 */
@Document("indicator_values")
@CompoundIndex(name = "ward_indicator_period", def = "{'ward': 1, 'indicatorId': 1, 'period': 1}")
public record IndicatorValue(@Id String id, String ward, String city, String indicatorId, String period, BigDecimal value,
        String source, String note, Status status, String returnComment, List<Change> history, @Version Long version,
        List<OutboxEvent> outbox) implements WardOwned {

    /** Where a value stands in its workflow. */
    public enum Status { DRAFT, SUBMITTED, APPROVED, RETURNED }

    /** One step of the history. */
    public record Change(Instant at, String by, String action, BigDecimal oldValue, BigDecimal newValue, String comment, String byName) {
    }

    public static String idOf(String indicatorId, String period) {
        return indicatorId + "@" + period;
    }

    static IndicatorValue first(String ward, String city, String indicatorId, String period, BigDecimal value, String source,
            String note, Instant at, String by, String byName) {
        return new IndicatorValue(idOf(indicatorId, period), ward, city, indicatorId, period, value, source, note, Status.DRAFT,
                null, List.of(new Change(at, by, "ENTERED", null, value, null, byName)), null, List.of());
    }

    IndicatorValue enter(BigDecimal newValue, String newSource, String newNote, Instant at, String by, String byName) {
        return next(newValue, newSource, newNote, Status.DRAFT, returnComment, new Change(at, by, "ENTERED", value, newValue, null, byName),
                null);
    }

    IndicatorValue move(Status to, String action, String comment, Instant at, String by, String byName, OutboxEvent event) {
        return next(value, source, note, to, to == Status.RETURNED ? comment : null,
                new Change(at, by, action, value, value, comment, byName), event);
    }

    private IndicatorValue next(BigDecimal newValue, String newSource, String newNote, Status newStatus, String comment,
            Change change, OutboxEvent event) {
        List<Change> changes = new ArrayList<>(history);
        changes.add(change);
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        if (event != null) {
            pending.add(event);
        }
        return new IndicatorValue(id, ward, city, indicatorId, period, newValue, newSource, newNote, newStatus, comment,
                changes, version, pending);
    }
}
