package vn.wardplan.notification.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.consumer.EventInbox;
import vn.wardplan.platform.events.consumer.IncomingEvent;
import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * Learns what is due from the producers' events: deliverables from task-service ({@code wardplan.tasks}), and
 * indicator values from indicator-service ({@code wardplan.indicators}): an indicator defined for 2026–2030 has a value
 * due for each period of the ward's reporting regime ({@link IndicatorValueDeadlines}); submitting the value closes
 * it, a return reopens it.
 */
@Component
class DeadlineEventsListener {

    static final String TASKS_CONSUMER = "notification-deliverable-deadlines";
    static final String INDICATORS_CONSUMER = "notification-indicator-deadlines";
    /** A deliverable still owed; overdue is not a status task-service sends (it is decided from the due date). */
    private static final Set<String> OPEN_STATUSES = Set.of("PLANNED", "RETURNED");

    /** notification-service's copy of task-service's deliverable event data: only the fields it reads. */
    record DeliverableData(String taskId, String deliverableId, Integer year, LocalDate dueDate, String status,
            String leadUnit, List<String> coordinatingUnits, String directingLeader, String title) {
    }

    /** notification-service's copy of indicator-service's definition event data. */
    record IndicatorData(String key, Definition definition) {
    }

    /** The part of an indicator's definition that reminders need. */
    record Definition(String code, String name, String directingLeader, String advisingUnitCode, int startYear, int endYear) {
    }

    /** notification-service's copy of indicator-service's value event data. */
    record ValueData(String indicatorId, String period) {
    }

    private final EventInbox inbox;
    private final Deadlines deadlines;
    private final IndicatorValueDeadlines valueDeadlines;

    DeadlineEventsListener(EventInbox inbox, Deadlines deadlines, IndicatorValueDeadlines valueDeadlines) {
        this.inbox = inbox;
        this.deadlines = deadlines;
        this.valueDeadlines = valueDeadlines;
    }

    @KafkaListener(topics = "wardplan.tasks", groupId = TASKS_CONSUMER)
    void onTaskEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(TASKS_CONSUMER, record, this::applyTaskEvent);
    }

    @KafkaListener(topics = "wardplan.indicators", groupId = INDICATORS_CONSUMER)
    void onIndicatorEvent(ConsumerRecord<String, byte[]> record) {
        inbox.accept(INDICATORS_CONSUMER, record, this::applyIndicatorEvent);
    }

    private void applyTaskEvent(IncomingEvent event) {
        if (!event.type().startsWith("vn.wardplan.deliverable.") || event.type().contains(".progress-reported.")
                || event.type().contains(".overdue.")) {
            return;
        }
        DeliverableData d = event.dataAs(DeliverableData.class);
        if (d.taskId() == null || d.deliverableId() == null || d.dueDate() == null || d.status() == null) {
            throw new IllegalArgumentException("Deliverable event " + event.id() + " lacks taskId, deliverableId, dueDate or status");
        }
        // A deliverable no longer asked for (a changed regime or mode) closes, and its pending reminders with it.
        boolean cancelled = event.type().startsWith("vn.wardplan.deliverable.cancelled.");
        // A deliverable of a reporting period ("2026-6M", "2026") is due for that period; a one-off ("final") for its year.
        String period = PeriodKey.is(d.deliverableId()) || d.year() == null ? d.deliverableId() : String.valueOf(d.year());
        deadlines.record(new Deadline(Deadline.deliverableId(d.taskId(), d.deliverableId()), event.ward(), event.city(),
                Deadline.Kind.DELIVERABLE, d.taskId(), period, d.title(),
                "/tasks/" + d.taskId(), d.dueDate(), d.leadUnit(), d.coordinatingUnits() == null ? List.of() : d.coordinatingUnits(),
                d.directingLeader(), !cancelled && OPEN_STATUSES.contains(d.status()), event.time().toInstant()));
    }

    private void applyIndicatorEvent(IncomingEvent event) {
        WardScope ward = WardScope.trusted(event.ward(), event.city());
        Instant at = event.time().toInstant();
        if (event.type().startsWith("vn.wardplan.indicator.defined.") || event.type().startsWith("vn.wardplan.indicator.changed.")) {
            IndicatorData data = event.dataAs(IndicatorData.class);
            if (data.definition() == null || data.definition().name() == null) {
                throw new IllegalArgumentException("Indicator event " + event.id() + " lacks its definition");
            }
            Definition def = data.definition();
            valueDeadlines.define(ward, new IndicatorDue(event.subject(), event.ward(), event.city(), def.name(), def.advisingUnitCode(),
                    def.directingLeader(), def.startYear(), def.endYear()), at);
        } else if (event.type().startsWith("vn.wardplan.indicator.value-")) {
            ValueData value = event.dataAs(ValueData.class);
            String id = Deadline.indicatorValueId(value.indicatorId(), value.period());
            boolean reopened = event.type().startsWith("vn.wardplan.indicator.value-returned.");
            deadlines.setOpen(ward, id, reopened, at);
        }
    }
}
