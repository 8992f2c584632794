package vn.wardplan.ward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KafkaProbe;
import vn.wardplan.ward.RealKeycloak;
import vn.wardplan.ward.WardServiceIT;

/**
 * The city-scale path: 200 wards onboarded in one run through {@code POST /api/wards}, against the real Keycloak
 * (the dist the local stack runs), embedded MongoDB and Kafka; then the directory read back. Prints a table for
 * docs/benchmarks/onboarding.md and writes it to target/; timings are reported, never asserted. The run also checks
 * that every ward ended ACTIVE with one event and one administrator.
 */
class OnboardingBenchmark extends WardServiceIT {

    static final int WARDS = 200;
    static final int CLIENTS = Integer.getInteger("wardplan.benchmark.clients", 4);

    @Test
    void onboardTwoHundredWards() throws Exception {
        String run = RealKeycloak.unique("bm").substring(3);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ApiClient api = api();
        // Warm-up: the first calls pay for class loading and Keycloak's caches.
        for (int i = 0; i < 5; i++) {
            api.post("/api/wards", platformAdmin, request("warm-" + run + "-" + i));
        }
        long started = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < WARDS; i++) {
                String code = "xa-" + run + "-" + i;
                calls.add(clients.submit(() -> {
                    long t = System.nanoTime();
                    ApiClient.Response response = api.post("/api/wards", platformAdmin, request(code));
                    latencies.add(System.nanoTime() - t);
                    assertThat(response.status()).as(response.body()).isEqualTo(201);
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        long readStarted = System.nanoTime();
        JsonNode page = JSON.readTree(api.get("/api/wards?city=ha-noi&size=500", platformAdmin).body());
        double listMs = (System.nanoTime() - readStarted) / 1e6;
        assertThat(page.at("/page/totalElements").asLong()).isGreaterThanOrEqualTo(WARDS);
        assertThat(page.get("content").findValuesAsString("status")).containsOnly("ACTIVE");
        long events = KafkaProbe.read("wardplan.wards", Duration.ofSeconds(60), seen -> seen.stream()
                .filter(r -> r.key() != null && r.key().startsWith("xa-" + run + "-")).count() >= WARDS).stream()
                .filter(r -> r.key() != null && r.key().startsWith("xa-" + run + "-")).count();
        assertThat(events).isEqualTo(WARDS);

        List<Long> sorted = latencies.stream().sorted().toList();
        String table = """
                | measure | value |
                | --- | --- |
                | wards onboarded (each: directory entry, 12 units, Keycloak account + role, event) | %d |
                | concurrent clients | %d |
                | wall time | %.1f s |
                | throughput | %.1f wards/s |
                | latency p50 / p95 / max per onboarding | %d / %d / %d ms |
                | `ward.onboarded` events on Kafka | %d |
                | `GET /api/wards?city=ha-noi&size=500` (%d wards) | %.0f ms |
                """.formatted(WARDS, CLIENTS, seconds, WARDS / seconds, percentile(sorted, 50), percentile(sorted, 95),
                sorted.getLast() / 1_000_000, events, page.get("content").size(), listMs);
        System.out.println(table);
        Files.writeString(Path.of("target/onboarding-benchmark.md"), table);
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1_000_000;
    }

    private static String request(String code) {
        return """
                {"code":"%s","name":"Xã %s","type":"xa","city":"ha-noi",
                 "admin":{"username":"%s.vanphong","email":"%s@wardplan.test","firstName":"Văn phòng","lastName":"UBND"}}
                """.formatted(code, code, code.replace("-", ""), code);
    }
}
