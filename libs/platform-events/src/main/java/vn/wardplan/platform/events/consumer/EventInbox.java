package vn.wardplan.platform.events.consumer;

import java.time.Instant;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Idempotent consumption: each event id is handled once per consumer. The handler runs first and the id is
 * recorded after it; a crash in between replays the event, so handlers write with idempotent upserts. A record
 * that is not a valid CloudEvent, or that a handler rejects, throws, and the container's error handler retries it
 * a bounded number of times before parking it on the dead-letter topic.
 */
public class EventInbox {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    public EventInbox(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    /**
     * Forgets which events the consumers whose names start with the prefix handled, so a replay of their topics from
     * the beginning applies every event again (a read-model rebuild); answers how many records were removed.
     */
    public long forget(String consumerPrefix) {
        return mongo.remove(Query.query(Criteria.where("_id").regex("^" + java.util.regex.Pattern.quote(consumerPrefix))),
                COLLECTION).getDeletedCount();
    }

    /** Decodes the record as a CloudEvent and hands it to the handler unless this consumer already handled it. */
    public void accept(String consumer, ConsumerRecord<String, byte[]> record, Consumer<IncomingEvent> handler) {
        CloudEvent cloudEvent = KafkaMessageFactory.createReader(record).toEvent();
        IncomingEvent event = IncomingEvent.of(cloudEvent);
        if (event.ward() == null || event.ward().isBlank()) {
            throw new IllegalArgumentException("Event " + event.id() + " carries no ward");
        }
        String key = consumer + ":" + event.id();
        if (mongo.exists(Query.query(Criteria.where("_id").is(key)), COLLECTION)) {
            meters.counter("wardplan.events.duplicates", "consumer", consumer).increment();
            return;
        }
        handler.accept(event);
        try {
            mongo.insert(new Document("_id", key).append("type", event.type()).append("processedAt", Instant.now()),
                    COLLECTION);
        } catch (DuplicateKeyException raced) {
            // Another delivery of the same event finished first; the handler's upsert made both outcomes equal.
        }
        meters.counter("wardplan.events.handled", "consumer", consumer, "type", event.type()).increment();
    }
}
