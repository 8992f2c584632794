package vn.wardplan.task.deliverable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliverable of a task: the expected output for one year (or once), with its due date, the units' progress
 * reports and its review. OVERDUE is never stored: it is computed from the due date ({@link #overdueOn}).
 *
 * @param id "2026" for a yearly deliverable, "final" for a one-off
 */
public record Deliverable(String id, int year, LocalDate dueDate, Status status, List<Progress> progress,
        List<Reschedule> reschedules, String returnComment) {

    /** Where a deliverable stands in its review. */
    public enum Status { PLANNED, SUBMITTED, ACCEPTED, RETURNED }

    /** A unit's progress report; attachments are references (file names or links in the ward's document system). */
    public record Progress(Instant at, String by, String unit, String text, int percent, List<String> attachments) {
    }

    /** A change of due date, with its reason. */
    public record Reschedule(Instant at, String by, LocalDate from, LocalDate to, String reason) {
    }

    public static Deliverable planned(String id, int year, LocalDate dueDate) {
        return new Deliverable(id, year, dueDate, Status.PLANNED, List.of(), List.of(), null);
    }

    /** Overdue when its day has passed and it was neither submitted nor accepted. */
    public boolean overdueOn(LocalDate today) {
        return today.isAfter(dueDate) && (status == Status.PLANNED || status == Status.RETURNED);
    }

    Deliverable reschedule(LocalDate to, String reason, Instant at, String by) {
        List<Reschedule> all = new ArrayList<>(reschedules);
        all.add(new Reschedule(at, by, dueDate, to, reason));
        return new Deliverable(id, year, to, status, progress, all, returnComment);
    }

    Deliverable report(Progress report) {
        List<Progress> all = new ArrayList<>(progress);
        all.add(report);
        return new Deliverable(id, year, dueDate, status, all, reschedules, returnComment);
    }

    Deliverable moveTo(Status to, String comment) {
        return new Deliverable(id, year, dueDate, to, progress, reschedules, to == Status.RETURNED ? comment : null);
    }
}
