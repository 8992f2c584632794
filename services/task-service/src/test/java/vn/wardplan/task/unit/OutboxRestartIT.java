package vn.wardplan.task.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KafkaProbe;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;
import vn.wardplan.task.TaskServiceApplication;

/**
 * What was acknowledged is never lost: the service answers 201, then stops before its relay ran; a new instance
 * on the same database relays the event. The event goes out exactly once. And the relay does not wait for its poll:
 * the write wakes it.
 */
class OutboxRestartIT {

    @Test
    void anEventSavedBeforeACrashIsRelayedByTheNextInstance() {
        String database = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        String code = "don-vi-" + UUID.randomUUID().toString().substring(0, 6);
        String token = TestTokens.user("anduong.vanphong", "an-duong", "ward-admin").sign();

        // The wake-up off and the poll an hour away: the service stops as if it crashed before its relay ran.
        try (ConfigurableApplicationContext first = start(database, "1h", false)) {
            ApiClient api = new ApiClient("http://127.0.0.1:" + first.getEnvironment().getProperty("local.server.port"));
            assertThat(api.put("/api/units/" + code, token, "{\"name\":\"Đơn vị thử\"}").status()).isEqualTo(201);
        }
        assertThat(eventsOf(code, Duration.ofSeconds(2))).isEmpty();

        try (ConfigurableApplicationContext second = start(database, "100ms", true)) {
            KafkaProbe.read("wardplan.units", Duration.ofSeconds(20),
                    seen -> seen.stream().anyMatch(r -> ("an-duong:" + code).equals(r.key())));
            // Give a second relay pass time to (wrongly) send it again before counting.
            assertThat(eventsOf(code, Duration.ofSeconds(2))).hasSize(1);
        }
    }

    @Test
    void theWriteWakesTheRelayWithoutWaitingForItsPoll() {
        String code = "don-vi-" + UUID.randomUUID().toString().substring(0, 6);
        String token = TestTokens.user("anduong.vanphong", "an-duong", "ward-admin").sign();
        try (ConfigurableApplicationContext service = start("wake-" + UUID.randomUUID().toString().substring(0, 8), "1h", true)) {
            ApiClient api = new ApiClient("http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port"));
            assertThat(api.put("/api/units/" + code, token, "{\"name\":\"Đơn vị thử\"}").status()).isEqualTo(201);
            long answered = System.nanoTime();
            // Only the wake-up can send it: the poll ran at start and runs again in an hour.
            KafkaProbe.read("wardplan.units", Duration.ofSeconds(10), seen -> seen.stream().anyMatch(r -> ("an-duong:" + code).equals(r.key())));
            assertThat(Duration.ofNanos(System.nanoTime() - answered)).isLessThan(Duration.ofSeconds(10));
            assertThat(eventsOf(code, Duration.ofSeconds(2))).hasSize(1);
            // The event left its document once Kafka acknowledged it.
            var units = service.getBean(org.springframework.data.mongodb.core.MongoTemplate.class).getCollection("units")
                    .find(new org.bson.Document("_id", "an-duong:" + code)).first();
            assertThat(units.getList("outbox", Object.class)).isEmpty();
        }
    }

    /**
     * Writes keep coming while the service stops under them: every write the service acknowledged has its event on
     * Kafka once the next instance ran, and each write is one event (a redelivery carries the same id).
     */
    @Test
    void aServiceStoppedMidStreamLosesNoAcknowledgedEventAndRepeatsNone() throws Exception {
        String database = "stream-" + UUID.randomUUID().toString().substring(0, 8);
        String run = UUID.randomUUID().toString().substring(0, 6);
        String token = TestTokens.user("anduong.vanphong", "an-duong", "ward-admin").sign();
        java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        ConfigurableApplicationContext first = start(database, "1s", true);
        ApiClient api = new ApiClient("http://127.0.0.1:" + first.getEnvironment().getProperty("local.server.port"));
        List<Thread> writers = new java.util.ArrayList<>();
        long stopAt = System.nanoTime() + Duration.ofSeconds(6).toNanos();
        for (int w = 0; w < 4; w++) {
            writers.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < stopAt) {
                    String code = "dv-" + run + "-" + next.incrementAndGet();
                    try {
                        if (api.put("/api/units/" + code, token, "{\"name\":\"Đơn vị " + code + "\"}").status() == 201) {
                            acknowledged.add(code);
                        }
                    } catch (RuntimeException stopped) {
                        // The service is gone: this write was never acknowledged.
                    }
                }
            }));
        }
        Thread.sleep(2_000);
        first.close();
        for (Thread writer : writers) {
            writer.join();
        }
        assertThat(acknowledged).hasSizeGreaterThan(10);
        try (ConfigurableApplicationContext second = start(database, "100ms", true)) {
            java.util.function.Predicate<ConsumerRecord<String, byte[]>> ours = r -> r.key().startsWith("an-duong:dv-" + run + "-");
            KafkaProbe.read("wardplan.units", Duration.ofSeconds(30), seen -> seen.stream().filter(ours)
                    .map(r -> r.key().substring("an-duong:".length())).collect(java.util.stream.Collectors.toSet()).containsAll(acknowledged));
            List<ConsumerRecord<String, byte[]>> events = KafkaProbe.read("wardplan.units", Duration.ofSeconds(3), seen -> false).stream()
                    .filter(ours).toList();
            assertThat(events.stream().map(r -> r.key().substring("an-duong:".length())).collect(java.util.stream.Collectors.toSet()))
                    .as("every acknowledged write's event").containsAll(acknowledged);
            // A record sent again (the stop fell between Kafka's acknowledgement and the event's removal) is the same event,
            // same id, which every consumer discards: each write is one event, however often it was delivered.
            java.util.Map<String, java.util.Set<String>> idsByUnit = events.stream().collect(java.util.stream.Collectors.groupingBy(
                    ConsumerRecord::key, java.util.stream.Collectors.mapping(r -> KafkaProbe.header(r, "ce_id"),
                            java.util.stream.Collectors.toSet())));
            assertThat(idsByUnit.values()).as("one event per write").allSatisfy(ids -> assertThat(ids).hasSize(1));
            System.out.printf("Stopped mid-stream: %d writes acknowledged, %d records, %d delivered more than once%n",
                    acknowledged.size(), events.size(), events.size() - idsByUnit.size());
        }
    }

    private static List<ConsumerRecord<String, byte[]>> eventsOf(String code, Duration wait) {
        return KafkaProbe.read("wardplan.units", wait, seen -> false).stream()
                .filter(r -> ("an-duong:" + code).equals(r.key())).toList();
    }

    private static ConfigurableApplicationContext start(String database, String pollInterval, boolean wakeUp) {
        return new SpringApplicationBuilder(TaskServiceApplication.class, TestInfrastructure.class)
                .properties("server.port=0", "wardplan.test.database=" + database,
                        "wardplan.outbox.poll-interval=" + pollInterval, "wardplan.outbox.wake-up=" + wakeUp)
                .run();
    }
}
