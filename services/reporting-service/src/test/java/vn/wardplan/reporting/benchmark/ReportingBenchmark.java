package vn.wardplan.reporting.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

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

    @Autowired
    MongoTemplate mongo;

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
        Freshness freshness = freshness(api, 200, 60, 50);
        String table = """
                | measure | value |
                | --- | --- |
                | dataset | %d wards (Hồ Chí Minh: %d), %d indicators, %d tasks with 5 deliverables each |
                | generated in | %.0f s |
                | ward dashboard, %d requests: p50 / p95 / max | %d / %d / %d ms |
                | comparison of the %d wards of Hồ Chí Minh, %d requests: p50 / p95 / max | %d / %d / %d ms |
                | annual report DOCX, %d requests: p50 / p95 / max | %d / %d / %d ms |
                | freshness at %d events/s for %d s (%d events; %d sampled, %d visible within 60 s): Kafka ack → visible in the dashboard API, p50 / p99 / max of the visible | %d / %d / %d ms |
                """.formatted(counts.wards(), ReportingDataset.BIG_CITY_WARDS, counts.indicators(), counts.tasks(), generated,
                dashboard.size(), p(dashboard, 50), p(dashboard, 95), dashboard.getLast(), ReportingDataset.BIG_CITY_WARDS,
                comparison.size(), p(comparison, 50), p(comparison, 95), comparison.getLast(), docx.size(), p(docx, 50),
                p(docx, 95), docx.getLast(), freshness.rate(), freshness.seconds(), freshness.events(), freshness.sampled(), freshness.latencies().size(),
                freshness.latencies().isEmpty() ? -1 : p(freshness.latencies(), 50),
                freshness.latencies().isEmpty() ? -1 : p(freshness.latencies(), 99),
                freshness.latencies().isEmpty() ? -1 : freshness.latencies().getLast());
        System.out.println(table);
        Files.writeString(Path.of("target/reporting-benchmark.md"), table);
    }

    record Freshness(int rate, int seconds, int events, int sampled, List<Long> latencies) {
    }

    /**
     * Publishes value-approved events at a steady rate (a new 2026 value of a random indicator of a random ward), and
     * for one event in {@code every} polls that ward's dashboard until the value shows: the time from Kafka's
     * acknowledgement to the value in the API. (The producer's outbox relay adds its poll interval, 250 ms at most,
     * before the acknowledgement.)
     */
    private static Freshness freshness(ApiClient api, int rate, int seconds, int every) throws Exception {
        Random random = new Random(11);
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService pollers = java.util.concurrent.Executors.newFixedThreadPool(2);
        int events = rate * seconds;
        long start = System.nanoTime();
        for (int n = 0; n < events; n++) {
            long due = start + n * 1_000_000_000L / rate;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            int w = random.nextInt(ReportingDataset.WARDS);
            String ward = "p-" + w;
            String indicator = ward + ":86-KH-UBND:" + (2 + random.nextInt(13));
            double value = 1000 + n;
            vn.wardplan.platform.test.KafkaProbe.publish("wardplan.indicators", indicator,
                    "vn.wardplan.indicator.value-approved.v1", ward, cityOf(ward), """
                    {"indicatorId":"%s","key":"x","period":"2026","value":%s,"advisingUnitCode":"van-phong","comment":null}
                    """.formatted(indicator, value));
            long acked = System.nanoTime();
            if (n % every == 0) {
                String token = TestTokens.user("bench", ward, "ward-leader").city(cityOf(ward)).sign();
                String marker = "\"value\":" + value;
                pollers.submit(() -> {
                    while (System.nanoTime() - acked < 60_000_000_000L) {
                        if (api.get("/api/reports/wards/" + ward + "/dashboard?year=2026", token).body().contains(marker)) {
                            latencies.add((System.nanoTime() - acked) / 1_000_000);
                            return;
                        }
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
        }
        pollers.shutdown();
        pollers.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
        return new Freshness(rate, seconds, events, events / every, latencies.stream().sorted().toList());
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
