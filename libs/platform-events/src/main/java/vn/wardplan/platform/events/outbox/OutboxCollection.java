package vn.wardplan.platform.events.outbox;

import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Declares a MongoDB collection whose documents carry pending events in an {@value #FIELD} array. A service
 * registers one bean per aggregate collection, named by the aggregate's type ({@link #of}); the relay drains them all.
 */
public record OutboxCollection(String name) {

    /** The array field holding an aggregate's pending {@link OutboxEvent}s, oldest first. */
    public static final String FIELD = "outbox";

    /**
     * The collection of an aggregate type, from its {@code @Document}: a renamed collection or a mistyped name cannot
     * silently stop an event stream.
     */
    public static OutboxCollection of(Class<?> aggregate) {
        Document document = aggregate.getAnnotation(Document.class);
        String name = document == null ? "" : !document.collection().isBlank() ? document.collection() : document.value();
        if (name.isBlank()) {
            throw new IllegalArgumentException(aggregate.getName() + " names no collection in @Document: its outbox cannot be found");
        }
        return new OutboxCollection(name);
    }
}
