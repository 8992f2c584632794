package vn.wardplan.ward.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * A ward or commune on the platform. Its code is its tenant id everywhere ({@code ward} claim, every document's
 * {@code ward}); the document id is the code. {@code suspendedAccounts} remembers which accounts the suspension
 * disabled, so reinstating enables those and not the ones a ward-admin had disabled on purpose.
 */
@Document("wards")
public record Ward(@Id String id, String ward, String city, String name, String type, WardStatus status,
        String adminUsername, List<WardUnitSpec> units, List<String> suspendedAccounts, String suspensionReason,
        Instant createdAt, Instant updatedAt, @Version Long version, List<OutboxEvent> outbox) implements WardOwned {

    /** A unit the ward starts with. */
    public record WardUnitSpec(String code, String name, List<String> aliases) {
    }

    public static Ward onboarding(String code, String city, String name, String type, String adminUsername,
            List<WardUnitSpec> units, Instant now) {
        return new Ward(code, code, city, name, type, WardStatus.ONBOARDING, adminUsername, List.copyOf(units), List.of(),
                null, now, now, null, List.of());
    }

    public Ward withStatus(WardStatus newStatus, String reason, List<String> accounts, Instant now, OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        if (event != null) {
            pending.add(event);
        }
        return new Ward(id, ward, city, name, type, newStatus, adminUsername, units, List.copyOf(accounts), reason, createdAt,
                now, version, pending);
    }

    /** The same ward with one more event pending: its entry in the audit trail. */
    public Ward recorded(OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new Ward(id, ward, city, name, type, status, adminUsername, units, suspendedAccounts, suspensionReason, createdAt,
                updatedAt, version, pending);
    }

    /** What the audit trail shows of a ward's status. */
    public record State(WardStatus status, String reason) {
    }

    public State state() {
        return new State(status, suspensionReason);
    }

    public List<String> suspendedAccountsOrEmpty() {
        return suspendedAccounts == null ? List.of() : suspendedAccounts;
    }
}
