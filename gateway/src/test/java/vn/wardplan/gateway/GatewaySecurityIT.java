package vn.wardplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

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
 * The gateway over real HTTP: bearer tokens checked by the shared rules, browsers sent to Keycloak with PKCE,
 * API calls relayed to the service with the caller's token and without the session cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestTokenIssuer.class, TestMongoConnection.class})
class GatewaySecurityIT {

    static final AtomicReference<String> seenAuthorization = new AtomicReference<>();
    static final AtomicReference<String> seenCookie = new AtomicReference<>();
    static final HttpServer taskService = startFakeTaskService();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("wardplan.services.task-url", () -> "http://127.0.0.1:" + taskService.getAddress().getPort());
        registry.add("wardplan.keycloak.public-url", () -> "http://127.0.0.1:1");
    }

    @AfterAll
    static void stop() {
        taskService.stop(0);
    }

    TestTokens.Builder official() {
        return TestTokens.user("anduong.kinhte", "an-duong", "unit-officer").unit("kinh-te-ha-tang-do-thi");
    }

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void meAnswersWithTheWardAndUnitOfTheToken() {
        ApiClient.Response me = api().get("/api/me", official().sign());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"anduong.kinhte\"", "\"ward\":\"an-duong\"",
                "\"unit\":\"kinh-te-ha-tang-do-thi\"", "\"roles\":[\"unit-officer\"]");
    }

    @Test
    void everyBadTokenIsRefusedWithProblemDetails() {
        String[] bad = {
                official().issuedAgo(Duration.ofHours(1), Duration.ofMinutes(5)).sign(),
                official().issuer("http://evil.example/realms/wardplan").sign(),
                official().audience("account").sign(),
                official().signWithForeignKey(),
                official().unsigned(),
                official().type("ID").sign(),
                official().type("Refresh").sign(),
                official().authorizedParty("wardplan-notifier").sign(),
                official().notBefore(java.time.Instant.now().plusSeconds(600)).sign(),
                official().signHmacWithPublicKey(),
                official().tampered(),
                "not-a-jwt" };
        for (String token : bad) {
            ApiClient.Response response = api().get("/api/me", token);
            assertThat(response.status()).as(token).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).contains("Mã truy cập không hợp lệ");
        }
    }

    @Test
    void anApiCallWithoutCredentialsGets401NotALoginRedirect() {
        ApiClient.Response response = api().get("/api/units", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).contains("Chưa đăng nhập");
    }

    @Test
    void aBrowserChangeWithoutTheCsrfTokenIsRefused() {
        ApiClient.Response response = api().put("/api/units/cong-an", null, "{\"name\":\"Công an phường\"}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("CSRF");
    }

    @Test
    void aBrowserIsSentToKeycloakWithPkce() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(302);
        String start = home.headers().firstValue("Location").orElseThrow();
        assertThat(start).endsWith("/oauth2/authorization/keycloak");

        HttpResponse<String> authorize = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + start))
                .header("Cookie", home.headers().firstValue("Set-Cookie").orElse("")).build(), HttpResponse.BodyHandlers.ofString());
        String keycloak = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(keycloak).startsWith("http://127.0.0.1:1/realms/wardplan/protocol/openid-connect/auth?")
                .contains("client_id=wardplan-gateway", "code_challenge=", "code_challenge_method=S256");
    }

    @Test
    void aBearerCallIsRoutedWithItsTokenAndWithoutCookies() throws Exception {
        String token = official().sign();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/units"))
                        .header("Authorization", "Bearer " + token).header("Cookie", "SESSION=abc").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[]");
        assertThat(seenAuthorization.get()).isEqualTo("Bearer " + token);
        assertThat(seenCookie.get()).isNull();
    }

    private static HttpServer startFakeTaskService() {
        return FakeService.start("/api/units", exchange -> {
            seenAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            seenCookie.set(exchange.getRequestHeaders().getFirst("Cookie"));
        });
    }
}
