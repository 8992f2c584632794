package vn.wardplan.platform.events.outbox;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Relays pending events from the aggregates' documents to Kafka, oldest first, then removes each one from its
 * document. An event is removed only after Kafka acknowledged it ({@code acks=all}, idempotent producer), so a
 * crash between the two sends it again on the next pass: delivery is at least once and consumers deduplicate by
 * event id. Because the pending events live in MongoDB, they survive restarts of the service.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final List<OutboxCollection> collections;
    private final URI source;
    private final Tracer tracer;
    private final Propagator propagator;
    private final Counter relayed;
    private final java.util.concurrent.locks.ReentrantLock passing = new java.util.concurrent.locks.ReentrantLock();

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> kafka, List<OutboxCollection> collections,
            String serviceName, Tracer tracer, Propagator propagator, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = collections;
        this.source = URI.create("/wardplan/" + serviceName);
        this.tracer = tracer;
        this.propagator = propagator;
        this.relayed = Counter.builder("wardplan.outbox.relayed").description("Events relayed from the outbox to Kafka")
                .register(meters);
    }

    /**
     * The fallback: what a restart, a failed send or a wake-up lost left pending. Writes wake the relay themselves
     * ({@link OutboxWakeUp}), so the poll can be seldom.
     */
    @Scheduled(fixedDelayString = "${wardplan.outbox.poll-interval:1s}")
    public void relayPending() {
        for (OutboxCollection collection : collections) {
            try {
                // A full pass means more may be waiting: go on at once rather than after the poll interval.
                while (pollCollection(collection.name()) >= BATCH) {
                    log.debug("Outbox of {} still has pending events", collection.name());
                }
            } catch (RuntimeException e) {
                // Kafka or MongoDB unavailable: the events stay in their documents and the next pass tries again.
                log.warn("Outbox relay of {} paused: {}", collection.name(), e.getMessage());
            }
        }
    }

    /**
     * Relays the pending events of the documents just written ({@link OutboxWakeUp}), without waiting for the next
     * poll: read by id, so it costs one indexed query however large the collection. Returns how many went out.
     */
    public int relayDocuments(String collection, java.util.Collection<?> ids) {
        return relay(collection, new Query(Criteria.where("_id").in(ids).and(OutboxCollection.FIELD + ".0").exists(true)));
    }

    /**
     * Relays what is pending now; returns how many events went out. Every pending event of the pass is handed to the
     * producer before any acknowledgement is awaited, so the acknowledgements arrive together rather than one round
     * trip each; one aggregate's events still reach Kafka in order (same key, same partition, idempotent producer).
     * Of each document, only the events acknowledged in an unbroken run from its oldest are removed, so an aggregate
     * whose send failed keeps that event and every later one for the next pass.
     */
    public int relayCollection(String collection) {
        return relay(collection, new Query(Criteria.where(OutboxCollection.FIELD + ".0").exists(true)).limit(BATCH));
    }

    /**
     * A poll's pass: which documents have pending events is asked outside the pass's turn (on the stand-in, which
     * keeps no index on the outbox, it reads the whole collection), then they are relayed by id, so a large
     * collection's scan never keeps a woken relay waiting. Returns how many documents it found.
     */
    private int pollCollection(String collection) {
        Query pending = new Query(Criteria.where(OutboxCollection.FIELD + ".0").exists(true)).limit(BATCH);
        pending.fields().include("_id");
        List<Object> ids = mongo.find(pending, Document.class, collection).stream().map(d -> d.get("_id")).toList();
        if (!ids.isEmpty()) {
            relayDocuments(collection, ids);
        }
        return ids.size();
    }

    /**
     * One pass over the documents the query finds. Passes never overlap in one service (the poll and the wake-ups take
     * turns), so a pass never sends again what the one before it sent and has not yet removed.
     */
    private int relay(String collection, Query pending) {
        passing.lock();
        try {
            return relayFound(collection, pending);
        } finally {
            passing.unlock();
        }
    }

    private int relayFound(String collection, Query pending) {
        pending.fields().include(OutboxCollection.FIELD);
        List<Sending> sendings = new ArrayList<>();
        for (Document document : mongo.find(pending, Document.class, collection)) {
            for (Document event : document.getList(OutboxCollection.FIELD, Document.class, List.of())) {
                OutboxEvent outboxEvent = mongo.getConverter().read(OutboxEvent.class, event);
                sendings.add(new Sending(document.get("_id"), outboxEvent.eventId(), send(outboxEvent)));
            }
        }
        Map<Object, List<String>> acknowledged = new LinkedHashMap<>();
        Set<Object> broken = new HashSet<>();
        RuntimeException failure = null;
        for (Sending sending : sendings) {
            try {
                sending.acknowledgement().get(30, TimeUnit.SECONDS);
                if (!broken.contains(sending.documentId())) {
                    acknowledged.computeIfAbsent(sending.documentId(), id -> new ArrayList<>()).add(sending.eventId());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("Interrupted while relaying " + sending.eventId(), e);
                broken.add(sending.documentId());
            } catch (ExecutionException | TimeoutException e) {
                failure = failure != null ? failure
                        : new IllegalStateException("Kafka did not acknowledge event " + sending.eventId(), e);
                broken.add(sending.documentId());
            }
        }
        int sent = 0;
        for (Map.Entry<Object, List<String>> done : acknowledged.entrySet()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(done.getKey())), new Update().pull(OutboxCollection.FIELD,
                    Query.query(Criteria.where("eventId").in(done.getValue()))), collection);
            relayed.increment(done.getValue().size());
            sent += done.getValue().size();
        }
        if (failure != null) {
            throw failure;
        }
        return sent;
    }

    private record Sending(Object documentId, String eventId, CompletableFuture<?> acknowledgement) {
    }

    private CompletableFuture<?> send(OutboxEvent event) {
        CloudEvent cloudEvent = toCloudEvent(event);
        Span span = continueTrace(event);
        try (Tracer.SpanInScope ignored = span == null ? null : tracer.withSpan(span)) {
            return kafka.send(new ProducerRecord<>(event.topic(), event.key(), cloudEvent));
        } finally {
            if (span != null) {
                span.end();
            }
        }
    }

    CloudEvent toCloudEvent(OutboxEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.key())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.data().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .withExtension("ward", event.ward());
        if (event.city() != null) {
            builder.withExtension("city", event.city());
        }
        return builder.build();
    }

    private Span continueTrace(OutboxEvent event) {
        if (tracer == null || propagator == null || event.traceparent() == null) {
            return null;
        }
        Map<String, String> carrier = Map.of("traceparent", event.traceparent());
        return propagator.extract(carrier, Map::get).name("outbox relay").start();
    }
}
