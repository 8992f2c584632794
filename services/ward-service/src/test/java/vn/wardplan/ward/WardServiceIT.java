package vn.wardplan.ward;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistrar;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KeycloakServer;
import vn.wardplan.platform.test.KeycloakTokenIssuer;
import vn.wardplan.platform.test.TestConnections;

/**
 * ward-service against the real Keycloak (its accounts and its tokens), embedded Kafka and MongoDB. The two demo
 * wards are onboarded first, as {@code ./wardplan up} does: their existing administrators are kept as they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wardplan.outbox.poll-interval=100ms")
@Import({TestConnections.class, KeycloakTokenIssuer.class, WardServiceIT.RealAccounts.class})
public abstract class WardServiceIT {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static String platformAdmin;

    /** ward-service's Keycloak client talks to the test's Keycloak. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class RealAccounts {

        @Bean
        DynamicPropertyRegistrar keycloakUrl() {
            return registry -> registry.add("wardplan.directory.keycloak.url", KeycloakServer::url);
        }
    }

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void signIn() {
        platformAdmin = RealKeycloak.token("platform.admin");
    }

    protected ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** Onboards a demo ward whose administrator exists in the dev realm; answers the directory's view of it. */
    protected JsonNode onboardDemoWard(String code, String name, String admin) {
        ApiClient.Response response = api().post("/api/wards", platformAdmin, """
                {"code":"%s","name":"%s","type":"phuong","city":"hai-phong",
                 "admin":{"username":"%s","firstName":"Văn phòng","lastName":"%s"}}""".formatted(code, name, admin, name));
        if (response.status() != 201 && response.status() != 200) {
            throw new IllegalStateException("Onboarding " + code + ": HTTP " + response.status() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Onboards a new ward and completes its admin's first sign-in; answers the admin's username. */
    protected String onboardNewWard(String code, String password) {
        String admin = code.replace("-", "") + ".vanphong";
        ApiClient.Response response = api().post("/api/wards", platformAdmin, """
                {"code":"%s","name":"Phường %s","type":"phuong","city":"hai-phong",
                 "admin":{"username":"%s","firstName":"Lê Thị","lastName":"Mai"}}""".formatted(code, code, admin));
        if (response.status() != 201) {
            throw new IllegalStateException("Onboarding " + code + ": HTTP " + response.status() + " " + response.body());
        }
        RealKeycloak.choosePassword(admin, password);
        return admin;
    }
}
