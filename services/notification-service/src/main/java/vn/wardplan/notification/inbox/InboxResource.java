package vn.wardplan.notification.inbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.CurrentCaller;
import vn.wardplan.platform.web.tenancy.WardAccess;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** The caller's own in-app inbox, newest first, with the unread count. */
@RestController
class InboxResource {

    /** The inbox as the API shows it. */
    record InboxView(long unread, List<MessageView> messages) {
    }

    /** One message as the API shows it. */
    record MessageView(String id, String title, String link, Instant createdAt, boolean read) {
    }

    private final WardScopedMongo mongo;

    InboxResource(WardScopedMongo mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/notifications/inbox")
    InboxView inbox() {
        Caller caller = CurrentCaller.get();
        WardScope ward = WardAccess.ownWard(caller);
        Criteria mine = Criteria.where("recipient").is(caller.username());
        List<MessageView> messages = mongo.find(ward, new Query(mine).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(100),
                InboxMessage.class).stream()
                .map(m -> new MessageView(m.id(), m.title(), m.link(), m.createdAt(), m.readAt() != null)).toList();
        long unread = mongo.count(ward, Criteria.where("recipient").is(caller.username()).and("readAt").is(null),
                InboxMessage.class);
        return new InboxView(unread, messages);
    }
}
