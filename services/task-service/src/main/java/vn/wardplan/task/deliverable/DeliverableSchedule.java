package vn.wardplan.task.deliverable;

import vn.wardplan.task.task.Deliverable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.wardplan.task.regime.ReportingPeriod;

/**
 * Merges a task's deliverables with a new plan of them (a changed regime, mode or period, or the move of a ward to
 * period reports). Nothing recorded is lost: a deliverable with a report, a submission, a review or a reschedule is
 * kept as it is, and so is one whose deadline has passed (a closed period is never rewritten). An untouched future
 * one takes the new due date, or goes when the new plan no longer asks for it. Pure Java.
 */
final class DeliverableSchedule {

    /** The merged deliverables, those added or given a new due date, and those no longer asked for. */
    public record Merge(List<Deliverable> deliverables, List<Deliverable> scheduled, List<Deliverable> cancelled) {

        public boolean changesAnything() {
            return !scheduled.isEmpty() || !cancelled.isEmpty();
        }
    }

    private DeliverableSchedule() {
    }

    public static Merge merge(List<Deliverable> existing, List<Deliverable> planned, LocalDate today) {
        Map<String, Deliverable> before = new LinkedHashMap<>();
        existing.forEach(d -> before.put(d.id(), d));
        List<Deliverable> result = new ArrayList<>();
        List<Deliverable> scheduled = new ArrayList<>();
        List<Deliverable> cancelled = new ArrayList<>();
        for (Deliverable plan : planned) {
            Deliverable old = before.remove(plan.id());
            if (old == null) {
                result.add(plan);
                scheduled.add(plan);
            } else if (old.touched() || old.dueDate().isBefore(today) || old.dueDate().equals(plan.dueDate())) {
                result.add(old);
            } else {
                Deliverable moved = old.dueOn(plan.dueDate());
                result.add(moved);
                scheduled.add(moved);
            }
        }
        for (Deliverable old : before.values()) {
            if (old.touched() || old.dueDate().isBefore(today)) {
                result.add(old);
            } else {
                cancelled.add(old);
            }
        }
        // Same due date: the shorter period first (2027-Q2 before 2027-6M), a one-off last.
        result.sort(Comparator.comparing(Deliverable::dueDate).thenComparing(d -> ReportingPeriod.parse(d.id()).orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return new Merge(List.copyOf(result), List.copyOf(scheduled), List.copyOf(cancelled));
    }
}
