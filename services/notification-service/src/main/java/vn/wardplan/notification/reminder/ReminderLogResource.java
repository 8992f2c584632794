package vn.wardplan.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.notification.deadline.Deadline;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * The ward's reminders and their delivery log, for the ward office and leaders: what is planned, what went to whom
 * on which channel, and what failed. Filter by status (FAILED shows what needs a person) or by the item (a task
 * or indicator id); newest first, or with {@code order=NEXT} the soonest first (what PENDING holds next).
 */
@RestController
class ReminderLogResource {

    /** A reminder as the log shows it, with what it is about (null when the deadline is no longer known). */
    record ReminderView(String id, String deadlineId, ItemView item, LocalDate dueDate, Reminder.Kind kind, int sequence,
            Instant sendAt, boolean late, Reminder.Status status, String note, int attempts, List<Reminder.Delivery> deliveries,
            Instant finishedAt) {

        static ReminderView of(Reminder r, Deadline deadline) {
            return new ReminderView(r.id(), r.deadlineId(), deadline == null ? null : ItemView.of(deadline), r.dueDate(), r.kind(),
                    r.sequence(), r.sendAt(), r.late(), r.status(), r.note(), r.attempts(),
                    r.deliveries() == null ? List.of() : r.deliveries(), r.finishedAt());
        }
    }

    /** The task's deliverable or the indicator's value a reminder is about, so the log reads without a lookup. */
    record ItemView(Deadline.Kind kind, String id, String period, String title, String leadUnit) {

        static ItemView of(Deadline deadline) {
            return new ItemView(deadline.kind(), deadline.itemId(), deadline.period(), deadline.title(), deadline.leadUnit());
        }
    }

    /** NEWEST: the latest send time first (what happened); NEXT: the soonest first (what is coming). */
    enum Order {
        NEWEST, NEXT
    }

    private final WardScopedMongo mongo;

    ReminderLogResource(WardScopedMongo mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/notifications/reminders")
    @PreAuthorize("hasAnyRole('ward-admin', 'ward-leader')")
    List<ReminderView> reminders(@RequestParam(required = false) Reminder.Status status,
            @RequestParam(required = false) String item, @RequestParam(defaultValue = "NEWEST") Order order,
            @RequestParam(defaultValue = "200") int limit) {
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        Criteria filter = new Criteria();
        if (status != null) {
            filter = filter.and("status").is(status);
        }
        if (item != null && !item.isBlank()) {
            filter = filter.and("deadlineId").regex("^[a-z]+:" + java.util.regex.Pattern.quote(item) + "/");
        }
        Sort.Direction direction = order == Order.NEXT ? Sort.Direction.ASC : Sort.Direction.DESC;
        Query query = new Query(filter).with(Sort.by(direction, "sendAt")).limit(Math.clamp(limit, 1, 1000));
        List<Reminder> reminders = mongo.find(ward, query, Reminder.class);
        Map<String, Deadline> deadlines = mongo.findByIds(ward, reminders.stream().map(Reminder::deadlineId).distinct().toList(),
                Deadline.class).stream().collect(Collectors.toMap(Deadline::id, Function.identity()));
        return reminders.stream().map(r -> ReminderView.of(r, deadlines.get(r.deadlineId()))).toList();
    }
}
