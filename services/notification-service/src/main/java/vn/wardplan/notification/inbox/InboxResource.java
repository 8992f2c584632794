package vn.wardplan.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** The caller's own in-app inbox: newest first, the unread count, marking read. Nobody reads another's inbox. */
@RestController
class InboxResource {

    /** The inbox as the API shows it. */
    record InboxView(long unread, List<MessageView> messages) {
    }

    /** One message as the API shows it. */
    record MessageView(String id, String title, String body, String link, boolean late, Instant createdAt, boolean read) {
    }

    /** The unread count alone, for the badge. */
    record UnreadView(long unread) {
    }

    private final WardScopedMongo mongo;
    private final Clock clock;

    InboxResource(WardScopedMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @GetMapping("/api/notifications/inbox")
    InboxView inbox(@RequestParam(defaultValue = "false") boolean unreadOnly) {
        Caller caller = CurrentCaller.get();
        WardScope ward = WardAccess.ownWard(caller);
        Criteria mine = mine(caller);
        if (unreadOnly) {
            mine = mine.and("readAt").is(null);
        }
        List<MessageView> messages = mongo.find(ward, new Query(mine).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(100),
                InboxMessage.class).stream()
                .map(m -> new MessageView(m.id(), m.title(), m.body(), m.link(), m.late(), m.createdAt(), m.readAt() != null))
                .toList();
        return new InboxView(unread(caller, ward), messages);
    }

    @GetMapping("/api/notifications/inbox/unread-count")
    UnreadView unreadCount() {
        Caller caller = CurrentCaller.get();
        return new UnreadView(unread(caller, WardAccess.ownWard(caller)));
    }

    @PostMapping("/api/notifications/inbox/{id}/read")
    UnreadView markRead(@PathVariable String id) {
        Caller caller = CurrentCaller.get();
        WardScope ward = WardAccess.ownWard(caller);
        Criteria message = mine(caller).and("_id").is(id);
        if (mongo.count(ward, message, InboxMessage.class) == 0) {
            throw WardplanProblem.notFound("inbox.notFound", id);
        }
        mongo.updateAll(ward, message.and("readAt").is(null), new Update().set("readAt", clock.instant()), InboxMessage.class);
        return new UnreadView(unread(caller, ward));
    }

    @PostMapping("/api/notifications/inbox/read-all")
    UnreadView markAllRead() {
        Caller caller = CurrentCaller.get();
        WardScope ward = WardAccess.ownWard(caller);
        mongo.updateAll(ward, mine(caller).and("readAt").is(null), new Update().set("readAt", clock.instant()), InboxMessage.class);
        return new UnreadView(0);
    }

    private long unread(Caller caller, WardScope ward) {
        return mongo.count(ward, mine(caller).and("readAt").is(null), InboxMessage.class);
    }

    private static Criteria mine(Caller caller) {
        return Criteria.where("recipient").is(caller.username());
    }
}
