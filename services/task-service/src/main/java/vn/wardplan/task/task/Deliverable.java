package vn.wardplan.task.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * A deliverable of a task: the report a unit owes for one reporting period ("2026-6M", "2026") or a one-off product
 * ("final"), with its due date, the units' progress reports and its review. OVERDUE is never stored: it is computed
 * from the due date ({@link #overdueOn}).
 *
 * @param id the period key for a periodic report, "final" for a one-off
 * @param overdueSince the day the overdue event went out for the current due date, or null
 * @param submittedOn the day the report reached the ward office: on the platform, or as the office recorded a paper or
 *        e-mail report it received; timeliness counts this day
 * @param receivedVia null when submitted on the platform; PAPER or EMAIL when the office recorded it
 */
public record Deliverable(String id, int year, LocalDate dueDate, Status status, List<Progress> progress,
        List<Reschedule> reschedules, String returnComment, LocalDate overdueSince, LocalDate submittedOn, String receivedVia) {

    /** Where a deliverable stands in its review. */
    public enum Status { PLANNED, SUBMITTED, ACCEPTED, RETURNED }

    /**
     * A unit's progress report; attachments are references (file names or links in the ward's document system);
     * {@code byName} is the official's name as their account gives it, shown where people read.
     */
    public record Progress(Instant at, String by, String unit, String text, int percent, List<String> attachments, String byName) {

        public Progress(Instant at, String by, String unit, String text, int percent, List<String> attachments) {
            this(at, by, unit, text, percent, attachments, null);
        }
    }

    /** A change of due date, with its reason. */
    public record Reschedule(Instant at, String by, LocalDate from, LocalDate to, String reason) {
    }

    public static Deliverable planned(String id, int year, LocalDate dueDate) {
        return new Deliverable(id, year, dueDate, Status.PLANNED, List.of(), List.of(), null, null, null, null);
    }

    /** The statuses of a deliverable still owed: neither submitted nor accepted. */
    public static final List<Status> OWED = List.of(Status.PLANNED, Status.RETURNED);

    /** Overdue when its day has passed and it is still owed ({@link #overdueCriteria} says the same to the database). */
    public boolean overdueOn(LocalDate today) {
        return today.isAfter(dueDate) && OWED.contains(status);
    }

    /** {@link #overdueOn} as a query on a deliverable's fields, for the lists and the daily watch. */
    public static Criteria overdueCriteria(LocalDate today) {
        return Criteria.where("dueDate").lt(today).and("status").in(OWED);
    }

    /** Something happened to it (a report, a submission, a review, a reschedule): a re-plan never drops or moves it. */
    public boolean touched() {
        return status != Status.PLANNED || !progress.isEmpty() || !reschedules.isEmpty();
    }

    public Deliverable flaggedOverdue(LocalDate day) {
        return new Deliverable(id, year, dueDate, status, progress, reschedules, returnComment, day, submittedOn, receivedVia);
    }

    public Deliverable reschedule(LocalDate to, String reason, Instant at, String by) {
        List<Reschedule> all = new ArrayList<>(reschedules);
        all.add(new Reschedule(at, by, dueDate, to, reason));
        // A new due date may become overdue again: the overdue event goes out anew.
        return new Deliverable(id, year, to, status, progress, all, returnComment, null, submittedOn, receivedVia);
    }

    /** The regime moved the deadline of a period nobody has touched yet. */
    public Deliverable dueOn(LocalDate due) {
        return new Deliverable(id, year, due, status, progress, reschedules, returnComment, null, submittedOn, receivedVia);
    }

    public Deliverable report(Progress report) {
        List<Progress> all = new ArrayList<>(progress);
        all.add(report);
        return new Deliverable(id, year, dueDate, status, all, reschedules, returnComment, overdueSince, submittedOn, receivedVia);
    }

    public Deliverable submitted(LocalDate on, String via) {
        return new Deliverable(id, year, dueDate, Status.SUBMITTED, progress, reschedules, null, overdueSince, on, via);
    }

    /** A deliverable stored before submission days were kept: the day of its last report, if it has one. */
    public Deliverable withSubmissionDayFrom(java.time.ZoneId zone) {
        if (submittedOn != null || status == Status.PLANNED || progress.isEmpty()) {
            return this;
        }
        return new Deliverable(id, year, dueDate, status, progress, reschedules, returnComment, overdueSince,
                progress.getLast().at().atZone(zone).toLocalDate(), receivedVia);
    }

    public Deliverable moveTo(Status to, String comment) {
        return new Deliverable(id, year, dueDate, to, progress, reschedules, to == Status.RETURNED ? comment : null,
                overdueSince, submittedOn, receivedVia);
    }

    /** What the audit trail shows of a deliverable before and after a change. */
    public record State(Status status, LocalDate dueDate, String returnComment, LocalDate submittedOn, String receivedVia,
            Integer percent, String lastReport) {
    }

    public State state() {
        Progress last = progress == null || progress.isEmpty() ? null : progress.getLast();
        return new State(status, dueDate, returnComment, submittedOn, receivedVia, last == null ? null : last.percent(),
                last == null ? null : last.text());
    }
}
