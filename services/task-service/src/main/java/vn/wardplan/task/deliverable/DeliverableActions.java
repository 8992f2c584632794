package vn.wardplan.task.deliverable;

import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.task.task.Deliverable;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.task.task.TaskEvents;
import vn.wardplan.task.task.Task;
import vn.wardplan.task.task.UnitRef;

/**
 * What units and the ward office do with a deliverable. Lead and coordinating units report progress; the lead
 * unit submits; the ward office (ward-admin) accepts, returns with a comment, or reschedules with a reason.
 */
@Service
class DeliverableActions {

    /** Deadlines are the ward's days: Vietnam's time zone decides when a day has passed. */

    private final WardScopedMongo mongo;
    private final TaskEvents events;
    private final AuditTrail trail;
    private final Clock clock;

    DeliverableActions(WardScopedMongo mongo, TaskEvents events, AuditTrail trail, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.trail = trail;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM));
    }

    public Task reportProgress(Caller caller, String taskId, String deliverableId, String text, int percent,
            java.util.List<String> attachments) {
        WardScope ward = WardAccess.ownWard(caller);
        Task task = task(ward, taskId);
        if (!isLead(caller, task) && !isCoordinating(caller, task)) {
            throw WardplanProblem.forbidden("deliverable.notAssigned");
        }
        Deliverable d = deliverable(task, deliverableId);
        if (d.status() == Deliverable.Status.ACCEPTED) {
            throw new WardplanProblem(HttpStatus.CONFLICT, "deliverable.wrongStatus", d.id(), d.status().name());
        }
        Deliverable next = d.report(new Deliverable.Progress(clock.instant(), caller.username(), caller.unit(), text, percent,
                attachments == null ? java.util.List.of() : java.util.List.copyOf(attachments), caller.displayName()));
        return save(caller, ward, task, next, TaskEvents.DELIVERABLE_PROGRESSED, null, "deliverable.progressed");
    }

    public Task submit(Caller caller, String taskId, String deliverableId) {
        return submit(caller, taskId, deliverableId, null, 100, null);
    }

    /**
     * Submits the deliverable; a report written with the submission ({@code text}) is kept as its last progress report
     * in the same write, so what the unit typed is never lost between two calls.
     */
    public Task submit(Caller caller, String taskId, String deliverableId, String text, int percent,
            java.util.List<String> attachments) {
        WardScope ward = WardAccess.ownWard(caller);
        Task task = task(ward, taskId);
        if (!isLead(caller, task)) {
            throw WardplanProblem.forbidden("deliverable.notLead", task.leadUnit().text());
        }
        Deliverable d = deliverable(task, deliverableId);
        require(d, Deliverable.Status.PLANNED, Deliverable.Status.RETURNED);
        Deliverable reported = text == null ? d : d.report(new Deliverable.Progress(clock.instant(), caller.username(), caller.unit(),
                text, percent, attachments == null ? java.util.List.of() : java.util.List.copyOf(attachments), caller.displayName()));
        return save(caller, ward, task, reported.submitted(today(), null), TaskEvents.DELIVERABLE_SUBMITTED, null, "deliverable.submitted");
    }

    /**
     * The ward office records a report a unit sent on paper or by e-mail: its text becomes the unit's report and the day
     * it was received is the day timeliness counts. A day in the future, or before the task's plan began, is refused.
     */
    public Task recordReceived(Caller caller, String taskId, String deliverableId, LocalDate receivedOn, String via, String text,
            java.util.List<String> attachments) {
        WardScope ward = WardAccess.ownWard(caller);
        Task task = task(ward, taskId);
        Deliverable d = deliverable(task, deliverableId);
        require(d, Deliverable.Status.PLANNED, Deliverable.Status.RETURNED);
        if (receivedOn.isAfter(today()) || receivedOn.isBefore(LocalDate.of(d.year() - 1, 1, 1))) {
            throw WardplanProblem.badRequest("deliverable.receivedOn", DeliverablePlanner.DAY.format(receivedOn),
                    DeliverablePlanner.DAY.format(LocalDate.of(d.year() - 1, 1, 1)), DeliverablePlanner.DAY.format(today()));
        }
        Deliverable reported = d.report(new Deliverable.Progress(clock.instant(), caller.username(), task.leadUnit().code(), text,
                100, attachments == null ? java.util.List.of() : java.util.List.copyOf(attachments), caller.displayName()));
        String note = "Văn phòng ghi nhận báo cáo nhận ngày " + DeliverablePlanner.DAY.format(receivedOn)
                + (via.equals("PAPER") ? " (bản giấy)" : " (thư điện tử)");
        return save(caller, ward, task, reported.submitted(receivedOn, via), TaskEvents.DELIVERABLE_SUBMITTED, note,
                "deliverable.received");
    }

    public Task accept(Caller caller, String taskId, String deliverableId) {
        return review(caller, taskId, deliverableId, Deliverable.Status.SUBMITTED, Deliverable.Status.ACCEPTED, null,
                TaskEvents.DELIVERABLE_ACCEPTED, "deliverable.accepted");
    }

    public Task returnDeliverable(Caller caller, String taskId, String deliverableId, String comment) {
        return review(caller, taskId, deliverableId, Deliverable.Status.SUBMITTED, Deliverable.Status.RETURNED, comment,
                TaskEvents.DELIVERABLE_RETURNED, "deliverable.returned");
    }

    /**
     * The ward office reopens an accepted report with its reason: back to the unit as RETURNED (the unit told as of any
     * return), counted again as not yet sent. An accepted report is otherwise locked.
     */
    public Task reopen(Caller caller, String taskId, String deliverableId, String reason) {
        return review(caller, taskId, deliverableId, Deliverable.Status.ACCEPTED, Deliverable.Status.RETURNED,
                "Mở lại báo cáo đã chấp nhận: " + reason.strip(), TaskEvents.DELIVERABLE_RETURNED, "deliverable.reopened");
    }

    /** The office's review moves a deliverable from one status to the next, with its comment, event and trail entry. */
    private Task review(Caller caller, String taskId, String deliverableId, Deliverable.Status from, Deliverable.Status to,
            String comment, String event, String action) {
        WardScope ward = WardAccess.ownWard(caller);
        Task task = task(ward, taskId);
        Deliverable d = deliverable(task, deliverableId);
        require(d, from);
        return save(caller, ward, task, d.moveTo(to, comment), event, comment, action);
    }

    public Task reschedule(Caller caller, String taskId, String deliverableId, LocalDate dueDate, String reason) {
        WardScope ward = WardAccess.ownWard(caller);
        Task task = task(ward, taskId);
        Deliverable d = deliverable(task, deliverableId);
        if (d.status() == Deliverable.Status.ACCEPTED) {
            throw new WardplanProblem(HttpStatus.CONFLICT, "deliverable.wrongStatus", d.id(), d.status().name());
        }
        Deliverable next = d.reschedule(dueDate, reason, clock.instant(), caller.username());
        return save(caller, ward, task, next, TaskEvents.DELIVERABLE_RESCHEDULED, reason, "deadline.rescheduled");
    }

    /** The changed deliverable stored in its task, with its event and its entry in the audit trail in the same write. */
    private Task save(Caller caller, WardScope ward, Task task, Deliverable changed, String type, String comment, String action) {
        Deliverable before = deliverable(task, changed.id());
        AuditedChange change = new AuditedChange(action.startsWith("deadline.") ? AuditKind.DEADLINE : AuditKind.DELIVERABLE,
                task.id() + "/" + changed.id(), task.label() + " — báo cáo năm " + changed.year(), action, before.state(),
                changed.state(), comment);
        return mongo.save(ward, task.withDeliverable(changed, clock.instant(), events.deliverable(type, ward, task, changed, comment))
                .withEvent(trail.record(ward.ward(), ward.city(), caller.username(), caller.displayName(), change)));
    }

    private Task task(WardScope ward, String taskId) {
        return mongo.findOne(ward, Criteria.where("_id").is(taskId), Task.class)
                .orElseThrow(() -> WardplanProblem.notFound("task.notFound", taskId));
    }

    private static Deliverable deliverable(Task task, String deliverableId) {
        return task.deliverables().stream().filter(d -> d.id().equals(deliverableId)).findFirst()
                .orElseThrow(() -> WardplanProblem.notFound("deliverable.notFound", deliverableId));
    }

    private static boolean isLead(Caller caller, Task task) {
        return caller.officerOf(task.leadUnit().code());
    }

    private static boolean isCoordinating(Caller caller, Task task) {
        return task.coordinatingUnits().stream().map(UnitRef::code).anyMatch(caller::officerOf);
    }

    private static void require(Deliverable d, Deliverable.Status... allowed) {
        for (Deliverable.Status status : allowed) {
            if (d.status() == status) {
                return;
            }
        }
        throw new WardplanProblem(HttpStatus.CONFLICT, "deliverable.wrongStatus", d.id(), d.status().name());
    }
}
