package vn.wardplan.task.unit;

import java.time.Instant;
import java.util.List;

/** A unit as the API shows it. */
record UnitView(String code, String name, List<String> aliases, String mailbox, Instant registeredAt, Instant updatedAt) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.code(), unit.name(), unit.aliases(), unit.mailbox(), unit.registeredAt(), unit.updatedAt());
    }
}
