package vn.wardplan.platform.events.audit;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.events.outbox.OutboxEvents;

/**
 * Records a change for the ward's audit trail as an event in the changed document's outbox, so the entry is stored
 * in the same single-document write as the change itself: a change without its entry, or an entry without its
 * change, cannot happen. reporting-service keeps the trail of every ward from topic {@value #TOPIC}
 * (contract: docs/events/audit.md, decision: ADR 0023).
 */
public class AuditTrail {

    public static final String TOPIC = "wardplan.audit";
    public static final String RECORDED = "vn.wardplan.audit.change-recorded.v1";

    private final OutboxEvents outbox;
    private final String service;

    public AuditTrail(OutboxEvents outbox, String service) {
        this.outbox = outbox;
        this.service = service;
    }

    /**
     * The entry of one change: in which ward, by whom, to what (kind, id and a readable label), the action, and the
     * item before and after (any JSON-able value; null where it did not exist or no longer does).
     */
    public OutboxEvent record(String ward, String city, Actor actor, AuditedChange change) {
        return outbox.create(TOPIC, RECORDED, change.item(), ward, city,
                new ChangeRecorded(service, change.kind().name(), change.item(), change.label(), change.action(), actor.username(),
                        actor.name(), change.before(), change.after(), change.reason()));
    }

    /** The entry of a change an official made (their username and name as the token gives them). */
    public OutboxEvent record(String ward, String city, String username, String displayName, AuditedChange change) {
        return record(ward, city, new Actor(username, displayName), change);
    }

    /** The event's data (documented in docs/events/audit.md). */
    public record ChangeRecorded(String service, String kind, String item, String label, String action, String actor,
            String actorName, Object before, Object after, String reason) {
    }
}
