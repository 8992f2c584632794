package vn.wardplan.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.wardplan.notification.deadline.Deadline;
import vn.wardplan.notification.deadline.Deadlines;
import vn.wardplan.notification.policy.Policies;
import vn.wardplan.notification.reminder.Reminder.Status;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * Keeps a deadline's stored reminders in line with its plan: inserts the occurrences (each once, by its key),
 * moves pending ones when the due date, the policy or the calendar changed, and cancels what no longer applies.
 * What was sent stays sent. Every write is idempotent, so replaying an event or planning on two replicas is safe.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final List<Status> MOVABLE = List.of(Status.PENDING, Status.CANCELLED, Status.SUPERSEDED);

    private final WardScopedMongo mongo;
    private final Policies policies;
    private final Clock clock;

    Reminders(WardScopedMongo mongo, Policies policies, Clock clock) {
        this.mongo = mongo;
        this.policies = policies;
        this.clock = clock;
    }

    /** Every change of a deadline re-plans its reminders, in the same thread (the event that changed it waits). */
    @EventListener
    void on(Deadlines.DeadlineChanged changed) {
        plan(changed.deadline());
    }

    /** Plans the deadline's reminders, or cancels the pending ones when it is no longer open. */
    public void plan(Deadline deadline) {
        WardScope ward = WardScope.trusted(deadline.ward(), deadline.city());
        Instant now = clock.instant();
        if (!deadline.open()) {
            cancelPending(ward, deadline.id(), Criteria.where("deadlineId").is(deadline.id()), "Đã nộp hoặc đã hoàn thành");
            return;
        }
        // One read of what this due date already has: the latest send time and the overdue chain both come from it.
        List<Reminder> existing = mongo.find(ward, Criteria.where("deadlineId").is(deadline.id()).and("dueDate").is(deadline.dueDate()),
                Reminder.class);
        Instant lastSent = existing.stream().filter(r -> r.status() == Status.SENT).map(Reminder::sendAt)
                .max(Comparator.naturalOrder()).orElse(null);
        ReminderPlanner planner = new ReminderPlanner(policies.of(ward), policies.calendar(ward));
        List<ReminderPlanner.Planned> planned = new ArrayList<>(planner.plan(deadline.dueDate(), now, lastSent));
        continueOverdueChain(existing, deadline, planner, now).ifPresent(planned::add);
        List<String> keys = new ArrayList<>();
        for (ReminderPlanner.Planned p : planned) {
            String key = Reminder.key(deadline.id(), deadline.dueDate(), p.kind(), p.sequence());
            keys.add(key);
            store(ward, deadline, p, key, now);
        }
        // What the new plan no longer has is cancelled, except the running overdue chain of the same due date
        // (OVERDUE-2, -3…, scheduled as each one goes out), which a policy or calendar change must not stop.
        Criteria noLongerPlanned = Criteria.where("deadlineId").is(deadline.id()).and("_id").nin(keys).orOperator(
                Criteria.where("dueDate").ne(deadline.dueDate()), Criteria.where("kind").ne(Reminder.Kind.OVERDUE),
                Criteria.where("sequence").lte(1));
        cancelPending(ward, deadline.id(), noLongerPlanned, "Hạn hoặc lịch nhắc đã thay đổi");
    }

    /**
     * A deadline that was already overdue and reminded, then closed and reopened (a returned deliverable), picks its
     * overdue chain up where it stopped instead of going quiet.
     */
    private static Optional<ReminderPlanner.Planned> continueOverdueChain(List<Reminder> existing, Deadline deadline,
            ReminderPlanner planner, Instant now) {
        List<Reminder> chain = existing.stream().filter(r -> r.kind() == Reminder.Kind.OVERDUE).toList();
        int lastSent = chain.stream().filter(r -> r.status() == Status.SENT).mapToInt(Reminder::sequence).max().orElse(0);
        boolean waiting = chain.stream().anyMatch(r -> r.status() == Status.PENDING && r.sequence() > lastSent);
        return lastSent == 0 || waiting ? Optional.empty() : Optional.ofNullable(planner.nextOverdue(deadline.dueDate(), lastSent, now));
    }

    /** Stores one more occurrence (the next overdue reminder); nothing when it exists. */
    public void add(Deadline deadline, ReminderPlanner.Planned next) {
        WardScope ward = WardScope.trusted(deadline.ward(), deadline.city());
        store(ward, deadline, next, Reminder.key(deadline.id(), deadline.dueDate(), next.kind(), next.sequence()), clock.instant());
    }

    private void store(WardScope ward, Deadline deadline, ReminderPlanner.Planned p, String key, Instant now) {
        Status status = p.supersededBy() == null ? Status.PENDING : Status.SUPERSEDED;
        String note = p.supersededBy() == null ? null : "Gộp vào lần nhắc " + p.supersededBy();
        Reminder reminder = new Reminder(key, deadline.ward(), deadline.city(), deadline.id(), deadline.dueDate(), p.kind(),
                p.sequence(), p.sendAt(), p.late(), status, note, null, null, 0, List.of(), now, null);
        if (!mongo.insertIfAbsent(ward, reminder)) {
            // Known already: move it if it has not gone out (a new send time, or back from cancelled on a reopening).
            mongo.updateOne(ward, Criteria.where("_id").is(key).and("status").in(MOVABLE),
                    new Update().set("status", status).set("sendAt", p.sendAt()).set("late", p.late()).set("note", note),
                    Reminder.class);
        }
    }

    private void cancelPending(WardScope ward, String deadlineId, Criteria which, String reason) {
        long cancelled = mongo.updateAll(ward, which.and("status").is(Status.PENDING),
                new Update().set("status", Status.CANCELLED).set("note", reason).set("finishedAt", clock.instant()), Reminder.class);
        if (cancelled > 0) {
            log.info("Cancelled {} pending reminder(s) of {}: {}", cancelled, deadlineId, reason);
        }
    }
}
