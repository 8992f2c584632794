package vn.wardplan.task.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;

/** A service refuses every token that is not exactly a current realm token for wardplan. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class TokenValidationIT {

    @LocalServerPort
    int port;

    ApiClient.Response listUnitsWith(String token) {
        return new ApiClient("http://127.0.0.1:" + port).get("/api/units", token);
    }

    TestTokens.Builder official() {
        return TestTokens.user("anduong.vanphong", "an-duong", "ward-admin");
    }

    @Test
    void aValidTokenIsAccepted() {
        assertThat(listUnitsWith(official().sign()).status()).isEqualTo(200);
    }

    @Test
    void noTokenIsRefused() {
        ApiClient.Response response = listUnitsWith(null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = official().issuedAgo(Duration.ofMinutes(30), Duration.ofMinutes(5)).sign();
        assertThat(listUnitsWith(expired).status()).isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertThat(listUnitsWith(official().issuer("http://127.0.0.1:8180/realms/other").sign()).status()).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertThat(listUnitsWith(official().audience("account").sign()).status()).isEqualTo(401);
    }

    @Test
    void aForgedSignatureIsRefused() {
        assertThat(listUnitsWith(official().signWithForeignKey()).status()).isEqualTo(401);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        assertThat(listUnitsWith(official().unsigned()).status()).isEqualTo(401);
    }

    @Test
    void onlyAnAccessTokenOfThePlatformsClientsInItsValidityWindowIsAccepted() {
        String[] refused = {
                official().type("ID").sign(), official().type("Refresh").sign(), official().authorizedParty("wardplan-notifier").sign(),
                official().authorizedParty("account").sign(), official().notBefore(java.time.Instant.now().plusSeconds(600)).sign(),
                official().signHmacWithPublicKey(), official().tampered() };
        for (String token : refused) {
            ApiClient.Response response = listUnitsWith(token);
            assertThat(response.status()).as(token).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(listUnitsWith(official().authorizedParty("wardplan-cli").sign()).status()).isEqualTo(200);
    }

    @Test
    void aDisabledOfficialsTokensAreRefusedWithinSecondsAndAcceptedAgainOnceEnabled() {
        String ward = "an-lao-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String officer = TestTokens.user("anlao.kinhte", ward, "unit-officer").sign();
        String colleague = TestTokens.user("anlao.vhxh", ward, "unit-officer").sign();
        assertThat(listUnitsWith(officer).status()).isEqualTo(200);

        vn.wardplan.platform.test.KafkaProbe.publish("wardplan.wards", ward, "vn.wardplan.ward.official-disabled.v1", ward,
                "hai-phong", "{\"ward\":\"" + ward + "\",\"username\":\"anlao.kinhte\"}");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(listUnitsWith(officer).status()).isEqualTo(403));
        assertThat(listUnitsWith(officer).body()).contains("official.disabledAccess", "anlao.kinhte");
        assertThat(listUnitsWith(colleague).status()).isEqualTo(200);

        vn.wardplan.platform.test.KafkaProbe.publish("wardplan.wards", ward, "vn.wardplan.ward.official-enabled.v1", ward,
                "hai-phong", "{\"ward\":\"" + ward + "\",\"username\":\"anlao.kinhte\"}");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(listUnitsWith(officer).status()).isEqualTo(200));
    }

    @Test
    void whatTheFirewallAndTomcatRefuseIsAnsweredWithProblemDetails() throws Exception {
        for (String path : new String[] {"/api/units/%2e%2e%2fsecret", "/api/units/a%00b", "/api/units/a%5cb"}) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains("application/problem+json", "\"status\":400")
                    .doesNotContain("Apache Tomcat", "<html");
        }
        String badLine = raw("GET /api/units?x=<> HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(badLine).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html");
        String bigHeaders = raw("GET /api/units HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(bigHeaders).startsWith("HTTP/1.1 4").contains("application/problem+json").doesNotContain("<html");
    }

    private String raw(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
