package vn.wardplan.indicator.check;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * How the ward office tuned one indicator's value checks: each check switched on or off, the thresholds of the two
 * that have one. Absent (no document, or a check not named) means the default for the indicator's target
 * ({@link ValueChecks#defaults}). Id: the indicator's id.
 */
@Document("value_check_settings")
record CheckSettings(@Id String id, String ward, String city, Map<CheckKind, Setting> checks, String changedBy,
        Instant changedAt, @Version Long version, List<OutboxEvent> outbox) implements WardOwned {

    /** One check: on or off, and its threshold (a share: 0.3 is 30 %) where it has one. */
    public record Setting(boolean enabled, BigDecimal threshold) {
    }

    /** The settings in force: the defaults, with what the office changed over them. */
    public Map<CheckKind, Setting> over(Map<CheckKind, Setting> defaults) {
        Map<CheckKind, Setting> merged = new EnumMap<>(CheckKind.class);
        merged.putAll(defaults);
        if (checks != null) {
            checks.forEach((kind, s) -> {
                Setting base = defaults.get(kind);
                merged.put(kind, new Setting(s.enabled(), s.threshold() != null ? s.threshold() : base == null ? null : base.threshold()));
            });
        }
        return merged;
    }
}
