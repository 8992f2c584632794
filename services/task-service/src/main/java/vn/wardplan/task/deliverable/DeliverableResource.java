package vn.wardplan.task.deliverable;

import java.time.LocalDate;
import java.time.MonthDay;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.task.task.TaskView;

/** Actions on a task's deliverables, and the ward's due-date policy. Each answers with the task after the change. */
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

    record RescheduleRequest(@NotNull LocalDate dueDate, @NotBlank @Size(max = 2000) String reason) {
    }

    record PolicyView(String annualDueDay) {
    }

    record PolicyRequest(@NotBlank @Size(min = 5, max = 5) String annualDueDay) {
    }

    private final DeliverableActions actions;
    private final DuePolicies policies;

    DeliverableResource(DeliverableActions actions, DuePolicies policies) {
        this.actions = actions;
        this.policies = policies;
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
    TaskView accept(@PathVariable String id, @PathVariable String deliverableId) {
        return TaskView.of(actions.accept(CurrentCaller.get(), id, deliverableId), actions.today());
    }

    @PostMapping("/api/tasks/{id}/deliverables/{deliverableId}/return")
    TaskView returnDeliverable(@PathVariable String id, @PathVariable String deliverableId,
            @Valid @RequestBody ReturnRequest request) {
        return TaskView.of(actions.returnDeliverable(CurrentCaller.get(), id, deliverableId, request.comment()), actions.today());
    }

    @PostMapping("/api/tasks/{id}/deliverables/{deliverableId}/reschedule")
    TaskView reschedule(@PathVariable String id, @PathVariable String deliverableId,
            @Valid @RequestBody RescheduleRequest request) {
        return TaskView.of(actions.reschedule(CurrentCaller.get(), id, deliverableId, request.dueDate(), request.reason()),
                actions.today());
    }

    @GetMapping("/api/tasks/policy")
    PolicyView policy() {
        MonthDay day = policies.dueDay(WardAccess.ownWard(CurrentCaller.get()));
        return new PolicyView("%02d-%02d".formatted(day.getMonthValue(), day.getDayOfMonth()));
    }

    @PutMapping("/api/tasks/policy")
    @PreAuthorize("hasRole('ward-admin')")
    PolicyView setPolicy(@Valid @RequestBody PolicyRequest request) {
        MonthDay day = policies.setDueDay(WardAccess.ownWard(CurrentCaller.get()), request.annualDueDay());
        return new PolicyView("%02d-%02d".formatted(day.getMonthValue(), day.getDayOfMonth()));
    }
}
