package vn.wardplan.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning with a fresh consumer group, for tests that check what went on the wire, and
 * publishes events as another service would.
 */
public final class KafkaProbe {

    private KafkaProbe() {
    }

    /** Polls until {@code done} holds for the records seen so far, or the timeout passes; returns them all. */
    public static List<ConsumerRecord<String, byte[]>> read(String topic, Duration timeout,
            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            Instant end = Instant.now().plus(timeout);
            while (Instant.now().isBefore(end) && !done.test(seen)) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
        }
        return seen;
    }

    /**
     * The audit-trail entries recorded for one item on {@code wardplan.audit}, in the order they were recorded; waits
     * until there are at least {@code atLeast} of them (or 20 s pass).
     */
    public static List<ConsumerRecord<String, byte[]>> auditOf(String item, int atLeast) {
        return distinct(read("wardplan.audit", Duration.ofSeconds(20),
                seen -> distinct(seen).stream().filter(r -> item.equals(r.key())).count() >= atLeast))
                .stream().filter(r -> item.equals(r.key())).toList();
    }

    /** Each event once, as a consumer sees them: the relay delivers at least once, so one may come twice. */
    public static List<ConsumerRecord<String, byte[]>> distinct(List<ConsumerRecord<String, byte[]>> records) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        return records.stream().filter(r -> ids.add(String.valueOf(header(r, "ce_id")))).toList();
    }

    /**
     * Publishes a producer-shaped CloudEvent (binary mode, as the services' outbox relays write them) and waits
     * for the broker's acknowledgement; answers the event id.
     */
    public static String publish(String topic, String key, String type, String ward, String city, String json) {
        return publish(topic, key, type, ward, city, json, Instant.now());
    }

    /** As {@link #publish(String, String, String, String, String, String)}, with the event's {@code time}. */
    public static String publish(String topic, String key, String type, String ward, String city, String json, Instant time) {
        String id = UUID.randomUUID().toString();
        // As the topic's producer would send it: consumers trust only the topic's own producer.
        String source = sourceOf(topic);
        publishAs(topic, key, type, ward, city, json, time, source, id);
        return id;
    }

    /**
     * The source the topic's producer writes (the same map as platform-events' EventOrigins, which a test there holds
     * equal to this one); "/wardplan/test" for a topic of the tests' own.
     */
    public static final Map<String, String> SOURCES = Map.of("wardplan.units", "/wardplan/task-service", "wardplan.tasks",
            "/wardplan/task-service", "wardplan.plans", "/wardplan/task-service", "wardplan.indicators",
            "/wardplan/indicator-service", "wardplan.wards", "/wardplan/ward-service", "wardplan.reporting-regimes",
            "/wardplan/task-service", "wardplan.calendars", "/wardplan/notification-service",
            "wardplan.indicator-frames", "/wardplan/task-service", "wardplan.explanations", "/wardplan/notification-service");

    public static String sourceOf(String topic) {
        return SOURCES.getOrDefault(topic, "/wardplan/test");
    }

    /** Publishes an event claiming the given {@code source}, as a pod that is not the topic's producer could. */
    public static String publishAs(String topic, String key, String type, String ward, String city, String json, Instant time,
            String source) {
        String id = UUID.randomUUID().toString();
        publishAs(topic, key, type, ward, city, json, time, source, id);
        return id;
    }

    /** As the other {@code publishAs}, with the event's id: a redelivery is the same id published again. */
    public static void publishAs(String topic, String key, String type, String ward, String city, String json, Instant time,
            String source, String id) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", source, "ce_type", type, "ce_subject", key,
                "ce_time", time.toString(), "content-type", "application/json", "ce_ward", ward, "ce_city", city)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Kafka refused the test event", e);
        }
    }

    private static KafkaProducer<String, byte[]> producer;

    /** One producer for the JVM (thread-safe), so tests and benchmarks can publish at a steady rate. */
    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                    ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0));
        }
        return producer;
    }

    /** Value of a header as text, or null. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
