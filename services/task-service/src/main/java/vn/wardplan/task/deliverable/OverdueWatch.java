package vn.wardplan.task.deliverable;

import vn.wardplan.platform.calendar.WorkingCalendar;
import vn.wardplan.task.task.Deliverable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.task.task.TaskEvents;
import vn.wardplan.task.task.Task;

/**
 * Publishes {@code deliverable.overdue} once for each deliverable whose due date has passed while it was neither
 * submitted nor accepted: every night just after midnight in Vietnam, and on start (so a day missed while the
 * service was down is caught up once). The flag and its event are one document write; with several replicas
 * the version check lets exactly one of them flag a task.
 */
@Component
class OverdueWatch {

    private static final Logger log = LoggerFactory.getLogger(OverdueWatch.class);

    private final WardScopedMongo mongo;
    private final AcrossWards acrossWards;
    private final TaskEvents events;
    private final Clock clock;

    OverdueWatch(WardScopedMongo mongo, AcrossWards acrossWards, TaskEvents events, Clock clock) {
        this.mongo = mongo;
        this.acrossWards = acrossWards;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        flagOverdue();
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Ho_Chi_Minh")
    void nightly() {
        flagOverdue();
    }

    /** Flags what is overdue today; returns how many deliverables were flagged. */
    int flagOverdue() {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM));
        Criteria overdue = Criteria.where("deliverables").elemMatch(new Criteria().andOperator(Deliverable.overdueCriteria(today),
                Criteria.where("overdueSince").is(null)));
        int flagged = 0;
        for (WardScope ward : acrossWards.wardsOf(Task.class)) {
            for (Task task : mongo.find(ward, overdue, Task.class)) {
                try {
                    flagged += flag(ward, task, today);
                } catch (OptimisticLockingFailureException anotherReplicaWasFaster) {
                    // The other replica flagged this task (or a user changed it); the next run looks again.
                }
            }
        }
        if (flagged > 0) {
            log.info("{} deliverables became overdue on {}", flagged, today);
        }
        return flagged;
    }

    private int flag(WardScope ward, Task task, LocalDate today) {
        Task current = task;
        List<Deliverable> due = new ArrayList<>();
        for (Deliverable d : task.deliverables()) {
            if (d.overdueOn(today) && d.overdueSince() == null) {
                due.add(d);
            }
        }
        List<OutboxEvent> pending = new ArrayList<>();
        for (Deliverable d : due) {
            Deliverable flagged = d.flaggedOverdue(today);
            OutboxEvent event = events.deliverable(TaskEvents.DELIVERABLE_OVERDUE, ward, task, flagged, null);
            current = current.withDeliverable(flagged, clock.instant(), event);
            pending.add(event);
        }
        if (!pending.isEmpty()) {
            mongo.save(ward, current);
        }
        return pending.size();
    }
}
