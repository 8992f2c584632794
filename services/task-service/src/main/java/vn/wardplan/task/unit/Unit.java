package vn.wardplan.task.unit;

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
 * A unit of a ward (cơ quan, đơn vị): a department, the ward police, a school, the residential groups. Its code is
 * stable and unique inside the ward; the aliases are the other ways documents write its name.
 */
@Document("units")
@CompoundIndex(name = "ward_code", def = "{'ward': 1, 'code': 1}", unique = true)
public record Unit(@Id String id, String ward, String city, String code, String name, List<String> aliases,
        String mailbox, Instant registeredAt, Instant updatedAt, @Version Long version, List<OutboxEvent> outbox) implements WardOwned {

    static String idOf(String ward, String code) {
        return ward + ":" + code;
    }

    static Unit register(String ward, String city, String code, String name, List<String> aliases, String mailbox, Instant now,
            OutboxEvent registered) {
        return new Unit(idOf(ward, code), ward, city, code, name, List.copyOf(aliases), mailbox, now, now, null,
                List.of(registered));
    }

    boolean sameAs(String otherName, List<String> otherAliases, String otherMailbox) {
        return name.equals(otherName) && aliases.equals(otherAliases) && java.util.Objects.equals(mailbox, otherMailbox);
    }

    Unit update(String newName, List<String> newAliases, String newMailbox, Instant now, OutboxEvent updated) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(updated);
        return new Unit(id, ward, city, code, newName, List.copyOf(newAliases), newMailbox, registeredAt, now, version, pending);
    }
}
