package vn.wardplan.platform.events.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.listener.BatchListenerFailedException;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;

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

    private final java.time.Clock clock;

    public EventInbox(MongoTemplate mongo, MeterRegistry meters) {
        this(mongo, meters, java.time.Clock.systemUTC());
    }

    /**
     * With the service's clock: an event is "from the future" only when it is ahead of both the service's clock and the
     * machine's (the same in production; a test's clock may run ahead of, or behind, the real one).
     */
    public EventInbox(MongoTemplate mongo, MeterRegistry meters, java.time.Clock clock) {
        this.mongo = mongo;
        this.meters = meters;
        this.clock = clock;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private IncomingEvent decode(ConsumerRecord<String, byte[]> record) {
        CloudEvent cloudEvent = KafkaMessageFactory.createReader(record).toEvent();
        EventOrigins.check(record.topic(), cloudEvent.getSource() == null ? null : cloudEvent.getSource().toString(),
                cloudEvent.getTime(), cloudEvent.getId(), latest(clock.instant(), Instant.now()));
        IncomingEvent event = IncomingEvent.of(cloudEvent);
        if (event.ward() == null || event.ward().isBlank()) {
            throw new IllegalArgumentException("Event " + event.id() + " carries no ward");
        }
        return event;
    }

    /**
     * Forgets which events the consumers whose names start with the prefix handled, so a replay of their topics from
     * the beginning applies every event again (a read-model rebuild); answers how many records were removed.
     */
    public long forget(String consumerPrefix) {
        return mongo.remove(Query.query(Criteria.where("_id").regex("^" + java.util.regex.Pattern.quote(consumerPrefix))),
                COLLECTION).getDeletedCount();
    }

    /**
     * The batch form of {@link #accept}, for consumers that must keep up with a steady stream: one query for the ids
     * already handled and one insert for those handled now, instead of two round trips per event. Events are handled
     * in the batch's order. A record that is not a valid event, or that the handler rejects, is reported with its
     * position ({@link BatchListenerFailedException}) after the records before it were handled and recorded, so the
     * container's error handler commits those, retries from the failed one and parks only it on the dead-letter topic.
     */
    public void acceptAll(String consumer, List<ConsumerRecord<String, byte[]>> records, Consumer<IncomingEvent> handler) {
        List<IncomingEvent> events = new ArrayList<>(records.size());
        RuntimeException invalid = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(decode(record));
            } catch (RuntimeException e) {
                invalid = e;
                break;
            }
        }
        Set<String> handled = handledIds(events.stream().map(e -> consumer + ":" + e.id()).toList());
        List<Document> done = new ArrayList<>();
        try {
            for (int i = 0; i < events.size(); i++) {
                IncomingEvent event = events.get(i);
                if (!handled.add(consumer + ":" + event.id())) {
                    meters.counter("wardplan.events.duplicates", "consumer", consumer).increment();
                    continue;
                }
                try {
                    handler.accept(event);
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException("Event " + event.id() + " was rejected", e, i);
                }
                done.add(new Document("_id", consumer + ":" + event.id()).append("type", event.type())
                        .append("processedAt", Instant.now()));
                meters.counter("wardplan.events.handled", "consumer", consumer, "type", event.type()).increment();
            }
        } finally {
            record(done);
        }
        if (invalid != null) {
            throw new BatchListenerFailedException("Record is not a valid event", invalid, events.size());
        }
    }

    private Set<String> handledIds(List<String> ids) {
        Set<String> handled = new HashSet<>();
        if (!ids.isEmpty()) {
            Query query = Query.query(Criteria.where("_id").in(ids));
            query.fields().include("_id");
            mongo.find(query, Document.class, COLLECTION).forEach(d -> handled.add(d.getString("_id")));
        }
        return handled;
    }

    private void record(List<Document> done) {
        if (done.isEmpty()) {
            return;
        }
        try {
            mongo.getCollection(COLLECTION).insertMany(done, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException raced) {
            // Another delivery of some of these events finished first; the handlers' upserts made both outcomes equal.
            if (raced.getWriteErrors().stream().anyMatch(error -> error.getCode() != 11000)) {
                throw raced;
            }
        }
    }

    /** Decodes the record as a CloudEvent and hands it to the handler unless this consumer already handled it. */
    public void accept(String consumer, ConsumerRecord<String, byte[]> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event = decode(record);
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
