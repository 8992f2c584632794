package vn.wardplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestMongoConnection;
import vn.wardplan.platform.test.TestTokenIssuer;
import vn.wardplan.platform.test.TestTokens;

/**
 * The gateway's public entry as a hostile client meets it: the web application's headers, rate limits answering 429
 * with Retry-After, the CSRF exemption only for bearer tokens, and problem details for what the firewall and the HTTP
 * codec refuse; the actuator is not on the public port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wardplan.gateway.rate-limits.rules[0].name=units-test", "wardplan.gateway.rate-limits.rules[0].paths[0]=/api/units/**",
        "wardplan.gateway.rate-limits.rules[0].per-user=3",
        "wardplan.gateway.rate-limits.rules[1].name=public-test", "wardplan.gateway.rate-limits.rules[1].paths[0]=/api/public/limited",
        "wardplan.gateway.rate-limits.rules[1].per-address=2" })
@Import({TestTokenIssuer.class, TestMongoConnection.class})
class GatewayHardeningIT {

    static final HttpServer taskService = fakeTaskService();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("wardplan.services.task-url", () -> "http://127.0.0.1:" + taskService.getAddress().getPort());
        registry.add("wardplan.services.reporting-url", () -> "http://127.0.0.1:" + taskService.getAddress().getPort());
        registry.add("wardplan.keycloak.public-url", () -> "http://127.0.0.1:1");
    }

    @AfterAll
    static void stop() {
        taskService.stop(0);
    }

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theWebApplicationComesWithItsContentPolicyAndNoActuatorOnThePublicPort() throws Exception {
        HttpResponse<String> page = get("/public/an-duong");

        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "form-action 'self' http://127.0.0.1:1").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        // HSTS only over TLS: the chart's ingress terminates it and forwards the scheme.
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        for (String actuator : new String[] {"/actuator/prometheus", "/actuator/env", "/actuator/health"}) {
            HttpResponse<String> refused = get(actuator);
            assertThat(refused.statusCode()).as(actuator).isIn(302, 401, 404);
            assertThat(refused.body()).as(actuator).doesNotContain("jvm_", "systemProperties", "\"UP\"");
        }
    }

    @Test
    void beyondARateLimitTheAnswerIs429WithRetryAfterPerUserAndPerAddress() throws Exception {
        String anDuong = TestTokens.user("anduong.kinhte", "an-duong", "unit-officer").sign();
        String leChan = TestTokens.user("lechan.kinhte", "le-chan", "unit-officer").sign();
        for (int i = 0; i < 3; i++) {
            assertThat(api().get("/api/units/x", anDuong).status()).isEqualTo(200);
        }
        ApiClient.Response limited = api().get("/api/units/x", anDuong);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.body()).contains("Quá nhiều yêu cầu");
        // Another user is counted on their own.
        assertThat(api().get("/api/units/x", leChan).status()).isEqualTo(200);

        assertThat(get("/api/public/limited").statusCode()).isEqualTo(200);
        assertThat(get("/api/public/limited").statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = get("/api/public/limited");
        assertThat(anonymous.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(anonymous.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    }

    @Test
    void onlyABearerTokenSparesARequestTheCsrfCheck() {
        ApiClient.Response basic = new ApiClient("http://127.0.0.1:" + port).putWithHeader("/api/units/cong-an",
                "Authorization", "Basic YWRtaW46YWRtaW4=", "{\"name\":\"Công an phường\"}");
        assertThat(basic.status()).isEqualTo(403);
        assertThat(basic.body()).contains("CSRF");
        ApiClient.Response forged = api().put("/api/units/cong-an", "not-a-token", "{\"name\":\"Công an phường\"}");
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void whatTheFirewallAndTheCodecRefuseIsAnsweredWithProblemDetails() throws Exception {
        for (String path : new String[] {"/api/units/%2e%2e%2fsecret", "/api/units/a%00b", "/api/units/%5c..%5c"}) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains("application/problem+json", "\"status\":400");
        }
        String longLine = raw("GET /api/units/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(longLine).startsWith("HTTP/1.1 414").contains("application/problem+json", "\"status\":414");
        String bigHeaders = raw("GET /api/units HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(bigHeaders).startsWith("HTTP/1.1 431").contains("application/problem+json", "\"status\":431");
        String garbage = raw("\u0001\u0002 nonsense\r\n\r\n");
        assertThat(garbage).startsWith("HTTP/1.1 400").contains("application/problem+json");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpServer fakeTaskService() {
        return FakeService.start("/", exchange -> { });
    }
}
