package vn.wardplan.task.task;

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
 * A task (nhiệm vụ) of a ward's plan, as Phụ lục II assigns it: a lead unit, coordinating units, a period and
 * an expected output, under a directing leader.
 */
@Document("tasks")
@CompoundIndex(name = "ward_plan_position", def = "{'ward': 1, 'planNumber': 1, 'position': 1}")
public record Task(@Id String id, String ward, String city, String planNumber, String key, int position, String field,
        String title, String period, UnitRef leadUnit, List<UnitRef> coordinatingUnits, String output,
        String directingLeader, ReportingMode reporting, List<Deliverable> deliverables, Instant importedAt, Instant updatedAt,
        @Version Long version, List<OutboxEvent> outbox) implements WardOwned {

    /** URL-safe: the plan number's "/" becomes "-" ("an-duong:86-KH-UBND:5"). */
    public static String idOf(String ward, String planNumber, String key) {
        return ward + ":" + planNumber.replace('/', '-') + ":" + key;
    }

    /** The parts of a task that a plan document decides; a re-import compares these. */
    public record Content(String field, String title, String period, UnitRef leadUnit, List<UnitRef> coordinatingUnits,
            String output, String directingLeader, int position) {
    }

    public Content content() {
        return new Content(field, title, period, leadUnit, coordinatingUnits, output, directingLeader, position);
    }

    public static Task assign(String ward, String city, String planNumber, String key, Content content,
            ReportingMode reporting, List<Deliverable> deliverables, Instant now, OutboxEvent assigned) {
        return new Task(idOf(ward, planNumber, key), ward, city, planNumber, key, content.position(), content.field(),
                content.title(), content.period(), content.leadUnit(), List.copyOf(content.coordinatingUnits()),
                content.output(), content.directingLeader(), reporting, List.copyOf(deliverables), now, now, null, List.of(assigned));
    }

    /** The task with one more pending event. */
    public Task withEvent(OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new Task(id, ward, city, planNumber, key, position, field, title, period, leadUnit, coordinatingUnits, output,
                directingLeader, reporting, deliverables, importedAt, updatedAt, version, pending);
    }

    /** The task with its reporting mode and deliverables as re-planned (the events of the re-plan are added after). */
    public Task replanned(ReportingMode mode, List<Deliverable> planned, Instant now) {
        return new Task(id, ward, city, planNumber, key, position, field, title, period, leadUnit, coordinatingUnits, output,
                directingLeader, mode, List.copyOf(planned), importedAt, now, version, outbox);
    }

    /** The task with one deliverable replaced, and the event of that change. */
    public Task withDeliverable(Deliverable changed, Instant now, OutboxEvent event) {
        List<Deliverable> all = new ArrayList<>();
        for (Deliverable d : deliverables) {
            all.add(d.id().equals(changed.id()) ? changed : d);
        }
        return new Task(id, ward, city, planNumber, key, position, field, title, period, leadUnit, coordinatingUnits, output,
                directingLeader, reporting, all, importedAt, now, version, outbox).withEvent(event);
    }

    public Task change(Content content, Instant now, OutboxEvent changed) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(changed);
        // Deliverables keep their progress and reviews across re-imports.
        return new Task(id, ward, city, planNumber, key, content.position(), content.field(), content.title(),
                content.period(), content.leadUnit(), List.copyOf(content.coordinatingUnits()), content.output(),
                content.directingLeader(), reporting, deliverables, importedAt, now, version, pending);
    }

    /** How the audit trail names it: "Nhiệm vụ 3.2: Tổ chức …". */
    public String label() {
        return "Nhiệm vụ " + key + ": " + title;
    }
}
