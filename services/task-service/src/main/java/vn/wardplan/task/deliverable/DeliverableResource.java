package vn.wardplan.task.deliverable;

import vn.wardplan.task.task.ReportingMode;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.task.task.TaskView;

/**
 * Actions on a task's deliverables and on how the task reports (every period or once). Each answers with the task
 * after the change.
 */
@RestController
class DeliverableResource {

    record ProgressRequest(@NotBlank @Size(max = 4000) String text, @NotNull @Min(0) @Max(100) Integer percent,
            @Size(max = 20) java.util.List<@NotBlank @Size(max = 500) String> attachments) {
    }

    /** Body of {@code POST …/submit}, optional: the report that goes with the submission, kept as its last progress report. */
    record SubmitRequest(@Size(max = 4000) String text, @Min(0) @Max(100) Integer percent,
            @Size(max = 20) java.util.List<@NotBlank @Size(max = 500) String> attachments) {
    }

    record ReturnRequest(@NotBlank @Size(max = 2000) String comment) {
    }

    /** Body of {@code POST …/reopen}: why the office reopens an accepted report. */
    record ReopenRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record RescheduleRequest(@NotNull LocalDate dueDate, @NotBlank @Size(max = 2000) String reason) {
    }

    /** Body of {@code POST …/receipt}: a report the office received on paper or by e-mail, on the day it arrived. */
    record ReceiptRequest(@NotNull LocalDate receivedOn, @NotNull Via via, @NotBlank @Size(max = 20000) String text,
            @Size(max = 20) java.util.List<@NotBlank @Size(max = 500) String> attachments) {
    }

    /** How a report reached the office outside the platform. */
    enum Via { PAPER, EMAIL }

    /** Body of {@code PUT /api/tasks/{id}/reporting}. */
    record ModeRequest(@NotNull ReportingMode.Cadence cadence, @NotBlank @Size(max = 1000) String reason) {
    }

    private final DeliverableActions actions;
    private final ReportingSchedules schedules;

    DeliverableResource(DeliverableActions actions, ReportingSchedules schedules) {
        this.actions = actions;
        this.schedules = schedules;
    }

    @PostMapping("/api/tasks/{id}/deliverables/{deliverableId}/receipt")
    @PreAuthorize("hasRole('ward-admin')")
    TaskView receipt(@PathVariable String id, @PathVariable String deliverableId, @Valid @RequestBody ReceiptRequest request) {
        return TaskView.of(actions.recordReceived(CurrentCaller.get(), id, deliverableId, request.receivedOn(), request.via().name(),
                request.text().strip(), request.attachments()), actions.today());
    }

    @PutMapping("/api/tasks/{id}/reporting")
    @PreAuthorize("hasRole('ward-admin')")
    TaskView reporting(@PathVariable String id, @Valid @RequestBody ModeRequest request) {
        return TaskView.of(schedules.setMode(CurrentCaller.get(), id, request.cadence(), request.reason().strip()), actions.today());
    }

    @PostMapping("/api/tasks/{id}/deliverables/{deliverableId}/progress")
    TaskView progress(@PathVariable String id, @PathVariable String deliverableId, @Valid @RequestBody ProgressRequest request) {
        return TaskView.of(actions.reportProgress(CurrentCaller.get(), id, deliverableId, request.text(), request.percent(),
                request.attachments()),
                actions.today());
    }

    @PostMapping("/api/tasks/{id}/deliverables/{deliverableId}/submit")
    TaskView submit(@PathVariable String id, @PathVariable String deliverableId,
            @Valid @RequestBody(required = false) SubmitRequest request) {
        boolean report = request != null && request.text() != null && !request.text().isBlank();
        return TaskView.of(actions.submit(CurrentCaller.get(), id, deliverableId, report ? request.text().strip() : null,
                report && request.percent() != null ? request.percent() : 100, report ? request.attachments() : null), actions.today());
    }

    @PostMapping("/api/tasks/{id}/deliverables/{deliverableId}/accept")
    @PreAuthorize("hasRole('ward-admin')")
    TaskView accept(@PathVariable String id, @PathVariable String deliverableId) {
        return TaskView.of(actions.accept(CurrentCaller.get(), id, deliverableId), actions.today());
    }

    @PostMapping("/api/tasks/{id}/deliverables/{deliverableId}/return")
    @PreAuthorize("hasRole('ward-admin')")
    TaskView returnDeliverable(@PathVariable String id, @PathVariable String deliverableId,
            @Valid @RequestBody ReturnRequest request) {
        return TaskView.of(actions.returnDeliverable(CurrentCaller.get(), id, deliverableId, request.comment()), actions.today());
    }

    @PostMapping("/api/tasks/{id}/deliverables/{deliverableId}/reopen")
    @PreAuthorize("hasRole('ward-admin')")
    TaskView reopen(@PathVariable String id, @PathVariable String deliverableId, @Valid @RequestBody ReopenRequest request) {
        return TaskView.of(actions.reopen(CurrentCaller.get(), id, deliverableId, request.reason()), actions.today());
    }

    @PostMapping("/api/tasks/{id}/deliverables/{deliverableId}/reschedule")
    @PreAuthorize("hasRole('ward-admin')")
    TaskView reschedule(@PathVariable String id, @PathVariable String deliverableId,
            @Valid @RequestBody RescheduleRequest request) {
        return TaskView.of(actions.reschedule(CurrentCaller.get(), id, deliverableId, request.dueDate(), request.reason()),
                actions.today());
    }
}
