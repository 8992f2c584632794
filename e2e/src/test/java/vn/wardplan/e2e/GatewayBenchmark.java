package vn.wardplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the gateway costs, side by side in one run on the local stack (./wardplan up, ports shifted): the same request
 * straight to the service and through the gateway, with a bearer token and with a browser session, for a trivial
 * endpoint (task-service's units) and for the ward overview (reporting-service's dashboard). Throughput with 16
 * connections for 10 s each, and one request at a time for the added latency. Numbers go to
 * docs/benchmarks/gateway.md; nothing is asserted about them.
 *
 * <pre>./mvnw -Pbenchmark verify -pl e2e -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class GatewayBenchmark {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path HOME = Path.of("target/benchmark-stack").toAbsolutePath();
    static final LocalStack stack = new LocalStack(ROOT, HOME);
    static final JsonMapper json = JsonMapper.builder().build();
    static final int CONNECTIONS = 16;
    static final Duration LOAD = Duration.ofSeconds(10);

    @BeforeAll
    static void up() throws Exception {
        Files.createDirectories(HOME);
        stack.run("down");
        LocalStack.Result up = stack.run("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
    }

    @AfterAll
    static void down() throws Exception {
        stack.run("down");
    }

    /** One way of asking: where, and with which credentials (a header name and value). */
    record Target(String name, String url, String header, String value) {
    }

    record Measured(Target target, double perSecond, long p50Micros, long p95Micros) {
    }

    @Test
    void directAndThroughTheGatewaySideBySide() throws Exception {
        String token = token("anduong.vanphong");
        Browser browser = new Browser();
        HttpResponse<String> login = browser.get(LocalStack.GATEWAY + "/");
        browser.submit(Browser.formAction(login, "kc-form-login"), Map.of("username", "anduong.vanphong", "password", "demo"));
        String session = "SESSION=" + browser.cookie("SESSION");
        String task = "http://127.0.0.1:" + (8082 + LocalStack.OFFSET);
        String reporting = "http://127.0.0.1:" + (8084 + LocalStack.OFFSET);
        String overview = "/api/reports/wards/an-duong/dashboard?year=2026";
        List<Target> targets = List.of(
                new Target("units — direct to task-service (bearer)", task + "/api/units", "Authorization", "Bearer " + token),
                new Target("units — through the gateway (bearer)", LocalStack.GATEWAY + "/api/units", "Authorization", "Bearer " + token),
                new Target("units — through the gateway (browser session)", LocalStack.GATEWAY + "/api/units", "Cookie", session),
                new Target("ward overview — direct to reporting-service (bearer)", reporting + overview, "Authorization", "Bearer " + token),
                new Target("ward overview — through the gateway (bearer)", LocalStack.GATEWAY + overview, "Authorization", "Bearer " + token),
                new Target("ward overview — through the gateway (browser session)", LocalStack.GATEWAY + overview, "Cookie", session));
        List<Measured> results = new ArrayList<>();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()) {
            for (Target target : targets) {
                assertThat(send(http, target).statusCode()).as(target.name()).isEqualTo(200);
                throughput(http, target, Duration.ofSeconds(3)); // warm-up
                double perSecond = throughput(http, target, LOAD);
                List<Long> one = new ArrayList<>();
                for (int n = 0; n < 300; n++) {
                    long start = System.nanoTime();
                    send(http, target);
                    one.add((System.nanoTime() - start) / 1_000);
                }
                one.sort(null);
                results.add(new Measured(target, perSecond, one.get(one.size() / 2), one.get(one.size() * 95 / 100)));
            }
        }
        StringBuilder table = new StringBuilder("| request | requests/s, 16 connections | × direct | one at a time: p50 / p95 | added at p50 |\n"
                + "| --- | --- | --- | --- | --- |\n");
        for (int n = 0; n < results.size(); n++) {
            Measured m = results.get(n);
            Measured direct = results.get(n < 3 ? 0 : 3);
            table.append("| %s | %.0f | %.2f | %.1f / %.1f ms | %s |\n".formatted(m.target().name(), m.perSecond(),
                    m.perSecond() / direct.perSecond(), m.p50Micros() / 1000.0, m.p95Micros() / 1000.0,
                    m == direct ? "—" : "%.1f ms".formatted((m.p50Micros() - direct.p50Micros()) / 1000.0)));
        }
        System.out.println(table);
        Files.writeString(Path.of("target/gateway-benchmark.md"), table);
    }

    private static double throughput(HttpClient http, Target target, Duration length) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            clients.add(Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    try {
                        if (send(http, target).statusCode() == 200) {
                            ok.incrementAndGet();
                        }
                    } catch (Exception e) {
                        // counted as not answered
                    }
                }
            }));
        }
        long start = System.nanoTime();
        Thread.sleep(length.toMillis());
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }
        return ok.get() * 1e9 / (System.nanoTime() - start);
    }

    private static HttpResponse<byte[]> send(HttpClient http, Target target) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(target.url())).timeout(Duration.ofSeconds(30))
                .header(target.header(), target.value()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String token(String username) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(LocalStack.KEYCLOAK
                            + "/realms/wardplan/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=wardplan-cli&username=" + username
                            + "&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return json.readTree(response.body()).get("access_token").asString();
        }
    }
}
