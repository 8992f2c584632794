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
 * @param overdueSince the day the overdue event went out for the current due date, or null
 */
public record Deliverable(String id, int year, LocalDate dueDate, Status status, List<Progress> progress,
        List<Reschedule> reschedules, String returnComment, LocalDate overdueSince) {

    /** Where a deliverable stands in its review. */
    public enum Status { PLANNED, SUBMITTED, ACCEPTED, RETURNED }

    /** A unit's progress report; attachments are references (file names or links in the ward's document system). */
    public record Progress(Instant at, String by, String unit, String text, int percent, List<String> attachments) {
    }

    /** A change of due date, with its reason. */
    public record Reschedule(Instant at, String by, LocalDate from, LocalDate to, String reason) {
    }

    public static Deliverable planned(String id, int year, LocalDate dueDate) {
        return new Deliverable(id, year, dueDate, Status.PLANNED, List.of(), List.of(), null, null);
    }

    /** Overdue when its day has passed and it was neither submitted nor accepted. */
    public boolean overdueOn(LocalDate today) {
        return today.isAfter(dueDate) && (status == Status.PLANNED || status == Status.RETURNED);
    }

    Deliverable flaggedOverdue(LocalDate day) {
        return new Deliverable(id, year, dueDate, status, progress, reschedules, returnComment, day);
    }

    Deliverable reschedule(LocalDate to, String reason, Instant at, String by) {
        List<Reschedule> all = new ArrayList<>(reschedules);
        all.add(new Reschedule(at, by, dueDate, to, reason));
        // A new due date may become overdue again: the overdue event goes out anew.
        return new Deliverable(id, year, to, status, progress, all, returnComment, null);
    }

    Deliverable report(Progress report) {
        List<Progress> all = new ArrayList<>(progress);
        all.add(report);
        return new Deliverable(id, year, dueDate, status, all, reschedules, returnComment, overdueSince);
    }

    Deliverable moveTo(Status to, String comment) {
        return new Deliverable(id, year, dueDate, to, progress, reschedules, to == Status.RETURNED ? comment : null,
                overdueSince);
    }
}
