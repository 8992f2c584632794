package vn.wardplan.notification.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/**
 * The deadlines notification-service knows of. Every change is announced as {@link DeadlineChanged} inside the
 * service (the reminders re-plan on it, synchronously), so this feature does not depend on the one that reminds.
 */
@Component
public class Deadlines {

    /** A deadline as it now stands, after it was stored or opened/closed, or because its ward's policy or calendar changed. */
    public record DeadlineChanged(Deadline deadline) {
    }

    private final WardScopedMongo mongo;
    private final ApplicationEventPublisher changes;

    Deadlines(WardScopedMongo mongo, ApplicationEventPublisher changes) {
        this.mongo = mongo;
        this.changes = changes;
    }

    /**
     * Stores the deadline as an event at {@code changedAt} describes it and re-plans its reminders; an event older
     * than the stored state changes nothing.
     */
    public void record(Deadline deadline) {
        WardScope ward = WardScope.trusted(deadline.ward(), deadline.city());
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
        changes.publishEvent(new DeadlineChanged(saved));
    }

    /** Opens or closes a known deadline (submitted, accepted, returned); unknown ones are ignored. */
    public void setOpen(WardScope ward, String id, boolean open, Instant changedAt) {
        find(ward, id).filter(d -> d.changedAt() == null || !d.changedAt().isAfter(changedAt)).ifPresent(d -> {
            Deadline changed = mongo.upsert(ward, Criteria.where("_id").is(id),
                    new Update().set("open", open).set("changedAt", changedAt), Deadline.class);
            changes.publishEvent(new DeadlineChanged(changed));
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
        open.forEach(deadline -> changes.publishEvent(new DeadlineChanged(deadline)));
        return open.size();
    }
}
