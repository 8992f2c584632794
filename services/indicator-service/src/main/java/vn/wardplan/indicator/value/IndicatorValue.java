package vn.wardplan.indicator.value;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.indicator.check.CheckKind;
import vn.wardplan.indicator.check.ValueChecks;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * The measured value of an indicator for one period (a year, a quarter, 6 or 9 months), with its workflow:
 * DRAFT → SUBMITTED → APPROVED, or RETURNED with a comment and back to DRAFT; an approved value is locked until the
 * ward office reopens it with a reason (back to RETURNED). {@code checks}: the value checks the value trips, and
 * {@code checkReason} the unit's reason for submitting it anyway. Every change is kept in {@code history}: who, when,
 * what, the old and the new value, the checks it tripped.
 */
@Document("indicator_values")
@CompoundIndex(name = "ward_indicator_period", def = "{'ward': 1, 'indicatorId': 1, 'period': 1}")
public record IndicatorValue(@Id String id, String ward, String city, String indicatorId, String period, BigDecimal value,
        String source, String note, Status status, String returnComment, List<ValueChecks.Tripped> checks, String checkReason,
        List<Change> history, @Version Long version, List<OutboxEvent> outbox) implements WardOwned {

    /** Where a value stands in its workflow. */
    public enum Status { DRAFT, SUBMITTED, APPROVED, RETURNED }

    /** One step of the history; {@code checks} the checks the value tripped at that step. */
    public record Change(Instant at, String by, String action, BigDecimal oldValue, BigDecimal newValue, String comment, String byName,
            List<CheckKind> checks) {
    }

    public static String idOf(String indicatorId, String period) {
        return indicatorId + "@" + period;
    }

    static IndicatorValue first(String ward, String city, String indicatorId, String period, BigDecimal value, String source,
            String note, List<ValueChecks.Tripped> checks, Instant at, String by, String byName) {
        return new IndicatorValue(idOf(indicatorId, period), ward, city, indicatorId, period, value, source, note, Status.DRAFT,
                null, List.copyOf(checks), null, List.of(new Change(at, by, "ENTERED", null, value, null, byName, kinds(checks))), null,
                List.of());
    }

    IndicatorValue enter(BigDecimal newValue, String newSource, String newNote, List<ValueChecks.Tripped> tripped, Instant at,
            String by, String byName) {
        return next(newValue, newSource, newNote, Status.DRAFT, returnComment, tripped, null,
                new Change(at, by, "ENTERED", value, newValue, null, byName, kinds(tripped)), null);
    }

    /** Submitted by the unit: the checks as they stand now, and its reason where any tripped. */
    IndicatorValue submit(List<ValueChecks.Tripped> tripped, String reason, Instant at, String by, String byName, OutboxEvent event) {
        return next(value, source, note, Status.SUBMITTED, null, tripped, reason,
                new Change(at, by, "SUBMITTED", value, value, reason, byName, kinds(tripped)), event);
    }

    IndicatorValue move(Status to, String action, String comment, Instant at, String by, String byName, OutboxEvent event) {
        return next(value, source, note, to, to == Status.RETURNED ? comment : null, checks, checkReason,
                new Change(at, by, action, value, value, comment, byName, null), event);
    }

    private static List<CheckKind> kinds(List<ValueChecks.Tripped> tripped) {
        return tripped == null || tripped.isEmpty() ? null : tripped.stream().map(ValueChecks.Tripped::kind).toList();
    }

    private IndicatorValue next(BigDecimal newValue, String newSource, String newNote, Status newStatus, String comment,
            List<ValueChecks.Tripped> newChecks, String newReason, Change change, OutboxEvent event) {
        List<Change> changes = new ArrayList<>(history);
        changes.add(change);
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        if (event != null) {
            pending.add(event);
        }
        return new IndicatorValue(id, ward, city, indicatorId, period, newValue, newSource, newNote, newStatus, comment,
                newChecks == null ? null : List.copyOf(newChecks), newReason, changes, version, pending);
    }

    /** The same value with one more event pending, e.g. its entry in the audit trail. */
    IndicatorValue recorded(OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new IndicatorValue(id, ward, city, indicatorId, period, value, source, note, status, returnComment, checks, checkReason,
                history, version, pending);
    }

    /** What the trail shows of a value before and after a change. */
    public record State(BigDecimal value, Status status, String source, String note, String returnComment, String checkReason) {
    }

    State state() {
        return new State(value, status, source, note, returnComment, checkReason);
    }
}
