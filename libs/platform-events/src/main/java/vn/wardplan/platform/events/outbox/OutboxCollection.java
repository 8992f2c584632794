package vn.wardplan.platform.events.outbox;

/**
 * Declares a MongoDB collection whose documents carry pending events in an {@value #FIELD} array. A service
 * registers one bean per aggregate collection; the relay drains them all.
 */
public record OutboxCollection(String name) {

    /** The array field holding an aggregate's pending {@link OutboxEvent}s, oldest first. */
    public static final String FIELD = "outbox";
}
