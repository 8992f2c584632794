package vn.wardplan.notification.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.wardplan.notification.reminder.Reminders;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** The deadlines notification-service knows of; every change re-plans the deadline's reminders. */
@Component
public class Deadlines {

    private final WardScopedMongo mongo;
    private final Reminders reminders;

    Deadlines(WardScopedMongo mongo, Reminders reminders) {
        this.mongo = mongo;
        this.reminders = reminders;
    }

    /**
     * Stores the deadline as an event at {@code changedAt} describes it and re-plans its reminders; an event older
     * than the stored state changes nothing.
     */
    public void record(Deadline deadline) {
        WardScope ward = WardScope.of(deadline.ward(), deadline.city());
        Optional<Deadline> stored = find(ward, deadline.id());
        if (stored.isPresent() && stored.get().changedAt() != null && stored.get().changedAt().isAfter(deadline.changedAt())) {
            return;
        }
        Deadline saved = mongo.upsert(ward, Criteria.where("_id").is(deadline.id()), new Update()
                .set("kind", deadline.kind()).set("itemId", deadline.itemId()).set("period", deadline.period())
                .set("title", deadline.title()).set("link", deadline.link()).set("dueDate", deadline.dueDate())
                .set("leadUnit", deadline.leadUnit()).set("coordinatingUnits", deadline.coordinatingUnits())
                .set("directingLeader", deadline.directingLeader()).set("open", deadline.open())
                .set("changedAt", deadline.changedAt()), Deadline.class);
        reminders.plan(saved);
    }

    /** Opens or closes a known deadline (submitted, accepted, returned); unknown ones are ignored. */
    public void setOpen(WardScope ward, String id, boolean open, Instant changedAt) {
        find(ward, id).filter(d -> d.changedAt() == null || !d.changedAt().isAfter(changedAt)).ifPresent(d -> {
            Deadline changed = mongo.upsert(ward, Criteria.where("_id").is(id),
                    new Update().set("open", open).set("changedAt", changedAt), Deadline.class);
            reminders.plan(changed);
        });
    }

    public Optional<Deadline> find(WardScope ward, String id) {
        return mongo.findById(ward, id, Deadline.class);
    }

    /** The ward's open deadlines, to re-plan after its policy or calendar changed. */
    public List<Deadline> open(WardScope ward) {
        return mongo.find(ward, Criteria.where("open").is(true), Deadline.class);
    }

    /** Re-plans every open deadline of the ward (its policy or calendar changed). */
    public int replan(WardScope ward) {
        List<Deadline> open = open(ward);
        open.forEach(reminders::plan);
        return open.size();
    }
}
