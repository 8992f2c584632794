package vn.wardplan.reporting.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import io.cloudevents.CloudEvent;

import vn.wardplan.platform.events.outbox.OutboxCollection;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.events.outbox.OutboxEvents;
import vn.wardplan.platform.events.outbox.OutboxRelay;
import vn.wardplan.platform.events.outbox.OutboxWakeUp;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;
import vn.wardplan.reporting.FixedDay;

/**
 * The reporting API at national scale (docs/benchmarks/reporting.md): the ward dashboard, the comparison of the
 * 168 wards of Hồ Chí Minh and the annual DOCX, each over real HTTP against the full dataset in the embedded MongoDB
 * stand-in. Timings are printed and written to target/, never asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "wardplan.test.database=reporting-benchmark")
@Import({TestInfrastructure.class, FixedDay.class})
class ReportingBenchmark {

    @LocalServerPort
    int port;

    static final String SOURCE = "freshness_source";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, CloudEvent> cloudEvents;

    @Autowired
    OutboxEvents outboxEvents;

    @Test
    void dashboardsComparisonAndDocumentsAtNationalScale() throws Exception {
        long started = System.nanoTime();
        ReportingDataset.Counts counts = ReportingDataset.generate(mongo, 2026);
        double generated = (System.nanoTime() - started) / 1e9;
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        Random random = new Random(7);

        List<Long> dashboard = measure(10, 100, () -> {
            String ward = "p-" + random.nextInt(ReportingDataset.WARDS);
            ApiClient.Response r = api.get("/api/reports/wards/" + ward + "/dashboard?year=2026",
                    TestTokens.user("bench", ward, "ward-leader").city(cityOf(ward)).sign());
            assertThat(r.status()).isEqualTo(200);
            return r;
        });
        String viewer = TestTokens.user("hcm.viewer", null, "city-viewer").city(ReportingDataset.BIG_CITY).sign();
        List<Long> comparison = measure(3, 20, () -> {
            ApiClient.Response r = api.get("/api/reports/cities/" + ReportingDataset.BIG_CITY + "/comparison?year=2026", viewer);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("\"rank\":168");
            return r;
        });
        List<Long> docx = measure(3, 20, () -> {
            String ward = "p-" + random.nextInt(ReportingDataset.WARDS);
            ApiClient.Response r = api.get("/api/reports/wards/" + ward + "/annual-report?year=2026&format=docx",
                    TestTokens.user("bench", ward, "ward-leader").city(cityOf(ward)).sign());
            assertThat(r.status()).isEqualTo(200);
            return r;
        });
        // Side by side in one run: the relay woken by the write (as every service now runs it) and on its poll alone.
        Freshness freshness = freshness(api, 200, 60, 100, true);
        Freshness polled = freshness(api, 200, 60, 100, false);
        Freshness idle = freshness(api, 2, 30, 1, true);
        Freshness idlePolled = freshness(api, 2, 30, 1, false);
        String table = """
                | measure | value |
                | --- | --- |
                | dataset | %d wards (Hồ Chí Minh: %d), %d indicators, %d tasks with 5 deliverables each |
                | generated in | %.0f s |
                | ward dashboard, %d requests: p50 / p95 / max | %d / %d / %d ms |
                | comparison of the %d wards of Hồ Chí Minh, %d requests: p50 / p95 / max | %d / %d / %d ms |
                | annual report DOCX, %d requests: p50 / p95 / max | %d / %d / %d ms |
                %s
                %s
                %s
                %s
                | events applied by reporting per second at 200/s (woken relay): while publishing / from the first until the last applied | %.0f / %.0f |
                """.formatted(counts.wards(), ReportingDataset.BIG_CITY_WARDS, counts.indicators(), counts.tasks(), generated,
                dashboard.size(), p(dashboard, 50), p(dashboard, 95), dashboard.getLast(), ReportingDataset.BIG_CITY_WARDS,
                comparison.size(), p(comparison, 50), p(comparison, 95), comparison.getLast(), docx.size(), p(docx, 50),
                p(docx, 95), docx.getLast(), freshness.row("relay woken by the write (poll every 1 s behind it)"), polled.row("relay on its 250 ms poll only"),
                idle.row("relay woken by the write (poll every 1 s behind it)"), idlePolled.row("relay on its 250 ms poll only"), freshness.appliedWhilePublishing(),
                freshness.appliedOverall());
        System.out.println(table);
        Files.writeString(Path.of("target/reporting-benchmark.md"), table);
    }

    record Freshness(int rate, int seconds, int events, int sampled, List<Long> latencies, double appliedWhilePublishing,
            double appliedOverall) {

        String row(String relay) {
            return "| freshness at %d events/s for %d s, %s (%d events; %d sampled, %d seen before a newer value replaced them): source's 2xx (outbox write) → visible in the dashboard API, p50 / p99 / max of the visible | %d / %d / %d ms |"
                    .formatted(rate, seconds, relay, events, sampled, latencies.size(), latencies.isEmpty() ? -1 : p(latencies, 50),
                            latencies.isEmpty() ? -1 : p(latencies, 99), latencies.isEmpty() ? -1 : latencies.getLast());
        }
    }

    /**
     * A steady stream of 2026 values approved in the source service (a new value of a random indicator of a random
     * ward), written the way indicator-service writes them: the event stored in the aggregate's outbox, relayed to
     * Kafka by the platform's {@link OutboxRelay} on its default 250 ms poll, and, when {@code woken}, woken by the
     * write as the services run it ({@link OutboxWakeUp}). The clock starts when the outbox write returns, the moment
     * the source answers 2xx. One event in {@code every} is a sample: a single poller goes round the samples not yet
     * seen, reading each one's ward dashboard every 10 ms until the value shows (one request at a time, so the
     * measuring does not load the machine more as samples queue up; a read takes about as long, which bounds the error). The inbox's count of handled events gives
     * how fast reporting applied them.
     */
    private Freshness freshness(ApiClient api, int rate, int seconds, int every, boolean woken) throws Exception {
        Random random = new Random(11 + rate + (woken ? 1 : 0));
        OutboxRelay relay = new OutboxRelay(mongo, cloudEvents, List.of(new OutboxCollection(SOURCE)), "indicator-service",
                null, null, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        OutboxWakeUp wakeUp = new OutboxWakeUp(relay, List.of(new OutboxCollection(SOURCE)));
        ScheduledExecutorService source = Executors.newSingleThreadScheduledExecutor();
        // The poll as each setup runs it: the old default alone, or the new default behind the wake-up.
        source.scheduleWithFixedDelay(relay::relayPending, 0, woken ? 1000 : 250, TimeUnit.MILLISECONDS);
        record Sample(String ward, String token, String marker, long answered, java.util.concurrent.atomic.AtomicLong nextCheck) {
        }
        java.util.concurrent.ConcurrentLinkedQueue<Sample> samples = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<Long> latencies = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean publishing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicLong giveUpAt = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        Thread poller = Thread.ofPlatform().start(() -> {
            List<Sample> pending = new ArrayList<>();
            while (publishing.get() || !pending.isEmpty() || !samples.isEmpty()) {
                for (Sample next; (next = samples.poll()) != null; ) {
                    pending.add(next);
                }
                pending.removeIf(sample -> {
                    long age = System.nanoTime() - sample.answered();
                    if (sample.nextCheck().get() > System.nanoTime()) {
                        return false;
                    }
                    // Each sample is read at most every 250 ms: the measuring must not become the dashboard's main load.
                    sample.nextCheck().set(System.nanoTime() + 10_000_000L);
                    if (api.get("/api/reports/wards/" + sample.ward() + "/dashboard?year=2026", sample.token()).body()
                            .contains(sample.marker())) {
                        latencies.add(age / 1_000_000);
                        return true;
                    }
                    // A sample whose indicator got a newer value before it was read is superseded, never seen.
                    return System.nanoTime() > giveUpAt.get();
                });
                LockSupport.parkNanos(2_000_000);
            }
        });
        long handledBefore = handledValues();
        int events = rate * seconds;
        long start = System.nanoTime();
        for (int n = 0; n < events; n++) {
            long due = start + n * 1_000_000_000L / rate;
            // Parked, not spinning: a spinning publisher would take one of the machine's two cores from reporting.
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            String ward = "p-" + random.nextInt(ReportingDataset.WARDS);
            String indicator = ward + ":86-KH-UBND:" + (2 + random.nextInt(13));
            // Distinct across the runs of one benchmark, so a sample never matches an earlier run's value.
            double value = (woken ? 2_000_000 : 1_000_000) + (rate >= 100 ? 0 : 500_000) + n;
            OutboxEvent event = outboxEvents.create("wardplan.indicators", "vn.wardplan.indicator.value-approved.v1",
                    indicator, ward, cityOf(ward), Map.of("indicatorId", indicator, "key", "x", "period", "2026",
                            "value", value, "advisingUnitCode", "van-phong"));
            Document pending = new Document();
            mongo.getConverter().write(event, pending);
            String id = "source-" + rate + (woken ? "w-" : "p-") + n;
            mongo.insert(new Document("_id", id).append(OutboxCollection.FIELD, List.of(pending)), SOURCE);
            long answered = System.nanoTime();
            if (woken) {
                // What the services' MongoTemplate announces after the write (a raw Document insert announces it too,
                // but to the application's own relay, which does not drain this benchmark's collection).
                wakeUp.stored(SOURCE, id);
            }
            if (n % every == 0) {
                samples.add(new Sample(ward, TestTokens.user("bench", ward, "ward-leader").city(cityOf(ward)).sign(),
                        "\"value\":" + value, answered, new java.util.concurrent.atomic.AtomicLong(answered)));
            }
        }
        long publishedIn = System.nanoTime() - start;
        long handledWhilePublishing = handledValues() - handledBefore;
        long drainedIn = publishedIn;
        while (handledValues() - handledBefore < events && System.nanoTime() - start < 300_000_000_000L) {
            Thread.sleep(100);
            drainedIn = System.nanoTime() - start;
        }
        long handled = handledValues() - handledBefore;
        giveUpAt.set(System.nanoTime() + 10_000_000_000L);
        publishing.set(false);
        poller.join();
        source.shutdownNow();
        wakeUp.destroy();
        return new Freshness(rate, seconds, events, events / every, latencies.stream().sorted().toList(),
                handledWhilePublishing * 1e9 / publishedIn, handled * 1e9 / drainedIn);
    }

    private long handledValues() {
        return mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("type").is("vn.wardplan.indicator.value-approved.v1")),
                "processed_events");
    }

    private static String cityOf(String ward) {
        int w = Integer.parseInt(ward.substring(2));
        return w < ReportingDataset.BIG_CITY_WARDS ? ReportingDataset.BIG_CITY : "tinh-" + ((w - ReportingDataset.BIG_CITY_WARDS) % 33);
    }

    /** Milliseconds of each measured call, sorted, after the warm-up calls. */
    private static List<Long> measure(int warmUp, int calls, Supplier<ApiClient.Response> call) {
        for (int i = 0; i < warmUp; i++) {
            call.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            call.get();
            times.add((System.nanoTime() - t) / 1_000_000);
        }
        return times.stream().sorted().toList();
    }

    private static long p(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
