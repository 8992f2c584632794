package vn.wardplan.task.task;

import java.time.LocalDate;
import java.util.List;

import vn.wardplan.task.regime.ReportingPeriod;

/** A task as the API shows it, with its deliverables; a deliverable's status is OVERDUE once its day has passed. */
public record TaskView(String id, String planNumber, String key, String field, String title, String period, UnitRef leadUnit,
        List<UnitRef> coordinatingUnits, String output, String directingLeader, ReportingMode reporting, String status,
        List<DeliverableView> deliverables) {

    /** A deliverable as the API shows it. */
    public record DeliverableView(String id, int year, String label, LocalDate dueDate, String status,
            List<Deliverable.Progress> progress, List<Deliverable.Reschedule> reschedules, String returnComment,
            LocalDate submittedOn, String receivedVia) {
    }

    public static TaskView of(Task t, LocalDate today) {
        List<DeliverableView> deliverables = t.deliverables() == null ? List.of() : t.deliverables().stream()
                .map(d -> new DeliverableView(d.id(), d.year(),
                        ReportingPeriod.parse(d.id()).map(ReportingPeriod::label).orElse("Sản phẩm"), d.dueDate(),
                        d.overdueOn(today) ? "OVERDUE" : d.status().name(), d.progress(), d.reschedules(), d.returnComment(),
                        d.submittedOn(), d.receivedVia()))
                .toList();
        return new TaskView(t.id(), t.planNumber(), t.key(), t.field(), t.title(), t.period(), t.leadUnit(),
                t.coordinatingUnits(), t.output(), t.directingLeader(), t.reporting(), status(deliverables), deliverables);
    }

    /**
     * A task's status follows from its deliverables: OVERDUE if one is overdue, DONE when all are accepted,
     * IN_PROGRESS once one has progress or was submitted, otherwise PLANNED.
     */
    static String status(List<DeliverableView> deliverables) {
        if (deliverables.stream().anyMatch(d -> d.status().equals("OVERDUE"))) {
            return "OVERDUE";
        }
        if (!deliverables.isEmpty() && deliverables.stream().allMatch(d -> d.status().equals("ACCEPTED"))) {
            return "DONE";
        }
        if (deliverables.stream().anyMatch(d -> !d.progress().isEmpty() || !d.status().equals("PLANNED"))) {
            return "IN_PROGRESS";
        }
        return "PLANNED";
    }
}
