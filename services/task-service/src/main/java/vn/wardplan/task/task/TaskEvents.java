package vn.wardplan.task.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.outbox.OutboxCollection;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.events.outbox.OutboxEvents;
import vn.wardplan.platform.web.tenancy.WardScope;

/** The task events task-service publishes on {@value #TOPIC} (contract: docs/events/tasks.md). Key: the task id. */
@Component
public class TaskEvents {

    public static final String TOPIC = "wardplan.tasks";
    public static final String ASSIGNED = "vn.wardplan.task.assigned.v1";
    public static final String CHANGED = "vn.wardplan.task.changed.v1";
    public static final String DELIVERABLE_SCHEDULED = "vn.wardplan.deliverable.scheduled.v1";
    public static final String DELIVERABLE_RESCHEDULED = "vn.wardplan.deliverable.rescheduled.v1";
    /** The task's lead or coordinating units changed (a corrected import, the office's mapping of a unit name). */
    public static final String DELIVERABLE_REASSIGNED = "vn.wardplan.deliverable.reassigned.v1";
    public static final String DELIVERABLE_PROGRESSED = "vn.wardplan.deliverable.progress-reported.v1";
    public static final String DELIVERABLE_SUBMITTED = "vn.wardplan.deliverable.submitted.v1";
    public static final String DELIVERABLE_ACCEPTED = "vn.wardplan.deliverable.accepted.v1";
    public static final String DELIVERABLE_RETURNED = "vn.wardplan.deliverable.returned.v1";
    public static final String DELIVERABLE_OVERDUE = "vn.wardplan.deliverable.overdue.v1";
    /** The deliverable is no longer asked for (a changed regime or mode); only untouched, future ones ever go. */
    public static final String DELIVERABLE_CANCELLED = "vn.wardplan.deliverable.cancelled.v1";

    /** Data of the deliverable events: what notifications and reports need without asking task-service. */
    public record DeliverableChanged(String taskId, String deliverableId, int year, LocalDate dueDate,
            String status, String leadUnit, List<String> coordinatingUnits, String directingLeader, String title,
            String comment, List<ProgressData> progress, String cadence, java.time.LocalDate submittedOn, String receivedVia) {
    }

    /** A unit's progress report on the deliverable, as the annual report quotes it. */
    public record ProgressData(java.time.Instant at, String unit, String text, int percent) {
    }

    /** Data of both events: the task as the plan now assigns it. */
    public record TaskAssigned(String planNumber, String key, String field, String title, String period,
            UnitRef leadUnit, List<UnitRef> coordinatingUnits, String output, String directingLeader, ReportingMode reporting) {
    }

    private final OutboxEvents outbox;

    TaskEvents(OutboxEvents outbox) {
        this.outbox = outbox;
    }

    public OutboxEvent assigned(WardScope ward, String planNumber, String key, Task.Content task, ReportingMode reporting) {
        return event(ASSIGNED, ward, planNumber, key, task, reporting);
    }

    public OutboxEvent changed(WardScope ward, String planNumber, String key, Task.Content task, ReportingMode reporting) {
        return event(CHANGED, ward, planNumber, key, task, reporting);
    }

    private OutboxEvent event(String type, WardScope ward, String planNumber, String key, Task.Content task,
            ReportingMode reporting) {
        return outbox.create(TOPIC, type, Task.idOf(ward.ward(), planNumber, key), ward.ward(), ward.city(),
                new TaskAssigned(planNumber, key, task.field(), task.title(), task.period(), task.leadUnit(),
                        task.coordinatingUnits(), task.output(), task.directingLeader(), reporting));
    }

    public OutboxEvent deliverable(String type, WardScope ward, Task task, Deliverable d,
            String comment) {
        return outbox.create(TOPIC, type, task.id(), ward.ward(), ward.city(), new DeliverableChanged(task.id(), d.id(), d.year(),
                d.dueDate(), d.status().name(), task.leadUnit().code(),
                task.coordinatingUnits().stream().map(UnitRef::code).filter(Objects::nonNull).toList(),
                task.directingLeader(), task.title(), comment,
                d.progress() == null ? List.of() : d.progress().stream()
                        .map(p -> new ProgressData(p.at(), p.unit(), p.text(), p.percent())).toList(),
                task.reporting() == null ? null : task.reporting().cadence().name(), d.submittedOn(), d.receivedVia()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Topology {

        @Bean
        OutboxCollection tasksOutbox() {
            return OutboxCollection.of(Task.class);
        }

        @Bean
        NewTopic tasksTopic() {
            return TopicBuilder.name(TOPIC).partitions(3).build();
        }
    }
}
