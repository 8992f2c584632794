package vn.wardplan.reporting.task;

import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.reporting.wardindex.WardReadIndexes;

/** Keeps {@link TaskView} from task-service's events (docs/events/tasks.md), one field path per event. */
@Component
class TaskEventsListener {

    static final String CONSUMER = "reporting-tasks";

    /** reporting-service's own copy of the producer's contract: the fields it reads. */
    record Assigned(String planNumber, String key, String field, String title, String period, TaskView.UnitRef leadUnit,
            List<TaskView.UnitRef> coordinatingUnits, String output, String directingLeader, TaskView.Reporting reporting) {
    }

    record DeliverableChanged(String taskId, String deliverableId, Integer year, LocalDate dueDate, String status,
            String comment, List<TaskView.Progress> progress, LocalDate submittedOn, String receivedVia) {
    }

    private final EventInbox inbox;
    private final WardScopedMongo mongo;
    private final WardReadIndexes indexes;

    TaskEventsListener(EventInbox inbox, WardScopedMongo mongo, WardReadIndexes indexes) {
        this.inbox = inbox;
        this.indexes = indexes;
        this.mongo = mongo;
    }

    /** In batches: reporting must keep up with every ward's stream (docs/benchmarks/reporting.md). */
    @KafkaListener(topics = "wardplan.tasks", groupId = "${wardplan.reporting.consumer-group-prefix:reporting}-tasks", batch = "true")
    void onTaskEvents(List<ConsumerRecord<String, byte[]>> records) {
        inbox.acceptAll(CONSUMER, records, this::apply);
    }

    void apply(IncomingEvent event) {
        Update update;
        Assigned task = null;
        DeliverableChanged deliverable = null;
        if (event.type().equals("vn.wardplan.task.assigned.v1") || event.type().equals("vn.wardplan.task.changed.v1")) {
            task = event.dataAs(Assigned.class);
            if (task.title() == null) {
                throw new IllegalArgumentException("Task event " + event.id() + " has no title");
            }
            update = new Update().set("planNumber", task.planNumber()).set("key", task.key()).set("field", task.field())
                    .set("title", task.title()).set("period", task.period()).set("leadUnit", task.leadUnit())
                    .set("coordinatingUnits", task.coordinatingUnits()).set("output", task.output())
                    .set("directingLeader", task.directingLeader()).set("reporting", task.reporting());
        } else if (event.type().startsWith("vn.wardplan.deliverable.")) {
            deliverable = event.dataAs(DeliverableChanged.class);
            update = deliverable(event, deliverable);
        } else {
            return;
        }
        WardScope ward = WardScope.trusted(event.ward(), event.city());
        mongo.upsertById(ward, event.subject(), update.set("changedAt", event.time().toInstant()), TaskView.class);
        dues(ward, event, task, deliverable);
        if (!event.type().startsWith("vn.wardplan.deliverable.")) {
            // A task enters its ward's index when it is defined (its events come in order, keyed by its id);
            // the many deliverable events after that need not touch the index again.
            indexes.addTask(ward, event.subject());
        }
    }

    /**
     * The same change in the ward's {@link WardDues}, the compact copy timeliness counts from (one write more per event;
     * the event is marked handled only after both, so a crash between them replays both).
     */
    private void dues(WardScope ward, IncomingEvent event, Assigned task, DeliverableChanged d) {
        String taskKey = WardDues.taskKey(event.subject());
        Update update;
        if (d != null) {
            String path = WardDues.duePath(taskKey, d.deliverableId());
            if (event.type().equals("vn.wardplan.deliverable.cancelled.v1")) {
                update = new Update().unset(path);
            } else {
                // Field by field, as the task view: the submission's day stays through the events after it.
                update = new Update().set(path + ".task", event.subject()).set(path + ".deliverableId", d.deliverableId())
                        .set(path + ".year", d.year()).set(path + ".dueDate", d.dueDate()).set(path + ".status", d.status());
                if (event.type().equals("vn.wardplan.deliverable.submitted.v1")) {
                    update.set(path + ".submittedOn", d.submittedOn()).set(path + ".submittedDay",
                            event.time().atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate());
                }
            }
        } else {
            update = new Update().set(WardDues.leadPath(taskKey), task.leadUnit() == null ? null : task.leadUnit().code());
        }
        mongo.upsertWardDocument(ward, update.set("changedAt", event.time().toInstant()), WardDues.class);
    }

    private Update deliverable(IncomingEvent event, DeliverableChanged d) {
        if (d.deliverableId() == null || !d.deliverableId().matches("[A-Za-z0-9_-]{1,40}") || d.dueDate() == null) {
            throw new IllegalArgumentException("Deliverable event " + event.id() + " lacks its id or due date");
        }
        String path = "deliverables." + d.deliverableId() + ".";
        if (event.type().equals("vn.wardplan.deliverable.cancelled.v1")) {
            // No longer asked for (a changed regime or mode): it leaves the dashboards and the reports.
            return new Update().unset("deliverables." + d.deliverableId());
        }
        Update update = new Update().set(path + "id", d.deliverableId()).set(path + "year", d.year())
                .set(path + "dueDate", d.dueDate()).set(path + "status", d.status()).set(path + "comment", d.comment());
        if (d.progress() != null) {
            update.set(path + "progress", d.progress());
        }
        switch (event.type()) {
            case "vn.wardplan.deliverable.submitted.v1" -> update.set(path + "submittedAt", event.time().toInstant())
                    .set(path + "submittedOn", d.submittedOn()).set(path + "receivedVia", d.receivedVia());
            case "vn.wardplan.deliverable.accepted.v1" -> update.set(path + "acceptedAt", event.time().toInstant());
            // Overdue is not stored: the dashboards decide it from the due date when they read (WardDashboard).
            default -> { }
        }
        return update;
    }
}
