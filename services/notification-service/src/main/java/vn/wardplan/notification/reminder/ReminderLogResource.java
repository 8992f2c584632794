package vn.wardplan.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * The ward's reminders and their delivery log, for the ward office and leaders: what is planned, what went to whom
 * on which channel, and what failed. Filter by status (FAILED shows what needs a person) or by the item (a task
 * or indicator id).
 */
@RestController
class ReminderLogResource {

    /** A reminder as the log shows it. */
    record ReminderView(String id, String deadlineId, LocalDate dueDate, Reminder.Kind kind, int sequence, Instant sendAt,
            boolean late, Reminder.Status status, String note, int attempts, List<Reminder.Delivery> deliveries, Instant finishedAt) {

        static ReminderView of(Reminder r) {
            return new ReminderView(r.id(), r.deadlineId(), r.dueDate(), r.kind(), r.sequence(), r.sendAt(), r.late(), r.status(),
                    r.note(), r.attempts(), r.deliveries() == null ? List.of() : r.deliveries(), r.finishedAt());
        }
    }

    private final WardScopedMongo mongo;

    ReminderLogResource(WardScopedMongo mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/notifications/reminders")
    @PreAuthorize("hasAnyRole('ward-admin', 'ward-leader')")
    List<ReminderView> reminders(@RequestParam(required = false) Reminder.Status status,
            @RequestParam(required = false) String item, @RequestParam(defaultValue = "200") int limit) {
        WardScope ward = WardAccess.ownWard(CurrentCaller.get());
        Criteria filter = new Criteria();
        if (status != null) {
            filter = filter.and("status").is(status);
        }
        if (item != null && !item.isBlank()) {
            filter = filter.and("deadlineId").regex("^[a-z]+:" + java.util.regex.Pattern.quote(item) + "/");
        }
        Query query = new Query(filter).with(Sort.by(Sort.Direction.DESC, "sendAt")).limit(Math.clamp(limit, 1, 1000));
        return mongo.find(ward, query, Reminder.class).stream().map(ReminderView::of).toList();
    }
}
