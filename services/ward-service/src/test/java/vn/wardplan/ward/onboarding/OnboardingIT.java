package vn.wardplan.ward.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KafkaProbe;
import vn.wardplan.platform.test.KeycloakServer;
import vn.wardplan.platform.test.KeycloakTokenIssuer;
import vn.wardplan.platform.test.TestConnections;
import vn.wardplan.ward.RealKeycloak;
import vn.wardplan.ward.keycloak.KeycloakAccounts;
import vn.wardplan.ward.official.Accounts;

/**
 * Onboarding against the real Keycloak: one call creates the ward, its units and its first ward-admin, whose
 * token then carries the ward; repeating changes nothing; a half-done onboarding finishes on retry; and only a
 * platform-admin may onboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "wardplan.outbox.poll-interval=100ms")
@Import({TestConnections.class, KeycloakTokenIssuer.class, OnboardingIT.FlakyKeycloak.class})
class OnboardingIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static String platformAdmin;

    /** The real Keycloak accounts, with a switch that loses the answer of the next account creation. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FlakyKeycloak {

        static volatile boolean loseNextCreateAnswer;

        @Bean
        DynamicPropertyRegistrar keycloakUrl() {
            return registry -> registry.add("wardplan.directory.keycloak.url", KeycloakServer::url);
        }

        @Bean
        @Primary
        Accounts flakyAccounts(KeycloakAccounts.Settings settings) {
            KeycloakAccounts real = new KeycloakAccounts(settings);
            return (Accounts) java.lang.reflect.Proxy.newProxyInstance(Accounts.class.getClassLoader(), new Class<?>[] {Accounts.class},
                    (proxy, method, args) -> {
                        Object result;
                        try {
                            result = method.invoke(real, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (method.getName().equals("create") && loseNextCreateAnswer) {
                            loseNextCreateAnswer = false;
                            throw new IllegalStateException("connection reset after Keycloak created the account");
                        }
                        return result;
                    });
        }
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void signIn() {
        platformAdmin = RealKeycloak.token("platform.admin");
    }

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    static String request(String code, String name, String admin) {
        return """
                {"code":"%s","name":"%s","type":"phuong","city":"hai-phong",
                 "admin":{"username":"%s","email":"%s@wardplan.test","firstName":"Trần Văn","lastName":"Bình"},
                 "units":[{"code":"cong-an","name":"Công an phường %s"},{"code":"hop-tac-xa","name":"Hợp tác xã Thượng Lý"}]}
                """.formatted(code, name, admin, admin, name);
    }

    @Test
    void oneCallOnboardsAWardWhoseNewAdminSignsInWithTheWardInTheTokenAndSeesOnlyIt() {
        String code = RealKeycloak.unique("hong-bang");
        String admin = code.replace("-", "") + ".vanphong";

        ApiClient.Response created = api().post("/api/wards", platformAdmin, request(code, "Hồng Bàng", admin));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        assertThat(body.at("/ward/status").asString()).isEqualTo("ACTIVE");
        assertThat(body.at("/ward/cityName").asString()).isEqualTo("Hải Phòng");
        assertThat(body.at("/ward/typeName").asString()).isEqualTo("phường");
        String password = body.at("/admin/temporaryPassword").asString();
        assertThat(password).hasSize(16);

        // The temporary password opens no session until it is changed (Keycloak: account not fully set up).
        ApiClient.Response direct = KeycloakServer.passwordGrant(admin, password);
        assertThat(direct.status()).isEqualTo(400);
        assertThat(direct.body()).contains("not fully set up");
        RealKeycloak.choosePassword(admin, "Mat-khau-moi-2026");

        String adminToken = RealKeycloak.token(admin, "Mat-khau-moi-2026");
        JsonNode claims = RealKeycloak.claims(adminToken);
        assertThat(claims.get("ward").asString()).isEqualTo(code);
        assertThat(claims.get("city").asString()).isEqualTo("hai-phong");
        assertThat(claims.get("unit").asString()).isEqualTo("van-phong");
        assertThat(claims.get("roles").toString()).contains("ward-admin").doesNotContain("platform-admin");

        JsonNode visible = JSON.readTree(api().get("/api/wards", adminToken).body());
        assertThat(visible.get("content").findValuesAsString("code")).containsExactly(code);
        assertThat(api().get("/api/wards/an-duong", adminToken).status()).isEqualTo(403);
        assertThat(api().get("/api/wards/an-duong/officials", adminToken).status()).isEqualTo(403);
        JsonNode officials = JSON.readTree(api().get("/api/wards/" + code + "/officials", adminToken).body());
        assertThat(officials.findValuesAsString("username")).containsExactly(admin);

        List<ConsumerRecord<String, byte[]>> events = KafkaProbe.read("wardplan.wards", Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> code.equals(r.key())));
        JsonNode onboarded = JSON.readTree(events.stream().filter(r -> code.equals(r.key())).findFirst().orElseThrow().value());
        assertThat(KafkaProbe.header(events.stream().filter(r -> code.equals(r.key())).findFirst().orElseThrow(), "ce_type"))
                .isEqualTo("vn.wardplan.ward.onboarded.v1");
        assertThat(onboarded.get("units").findValuesAsString("code")).contains("van-phong", "kinh-te-ha-tang-do-thi",
                "van-hoa-xa-hoi", "cong-an", "ban-chi-huy-quan-su", "tram-y-te", "hop-tac-xa");
        assertThat(onboarded.get("units").findValuesAsString("name")).contains("Công an phường Hồng Bàng",
                "Văn phòng HĐND và UBND phường", "Trạm Y tế phường");
    }

    @Test
    void repeatingTheCallChangesNothingAndADifferentWardUnderTheSameCodeIsRefused() {
        String code = RealKeycloak.unique("thuong-ly");
        String admin = code.replace("-", "") + ".vanphong";
        assertThat(api().post("/api/wards", platformAdmin, request(code, "Thượng Lý", admin)).status()).isEqualTo(201);

        ApiClient.Response again = api().post("/api/wards", platformAdmin, request(code, "Thượng Lý", admin));
        assertThat(again.status()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).at("/admin/temporaryPassword").isNull()).isTrue();

        ApiClient.Response other = api().post("/api/wards", platformAdmin, request(code, "Thượng Lý mới", admin));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(other.body()).get("title").asString()).isEqualTo("Mã phường, xã đã được dùng");
        assertThat(JSON.readTree(api().get("/api/wards/" + code, platformAdmin).body()).get("name").asString()).isEqualTo("Thượng Lý");
        assertThat(eventsOf(code)).hasSize(1);
    }

    @Test
    void aHalfDoneOnboardingFinishesOnRetryWithANewTemporaryPasswordAndOneEvent() {
        String code = RealKeycloak.unique("minh-khai");
        String admin = code.replace("-", "") + ".vanphong";
        FlakyKeycloak.loseNextCreateAnswer = true;

        ApiClient.Response lost = api().post("/api/wards", platformAdmin, request(code, "Minh Khai", admin));
        assertThat(lost.status()).isEqualTo(500);
        assertThat(JSON.readTree(api().get("/api/wards/" + code, platformAdmin).body()).get("status").asString())
                .isEqualTo("ONBOARDING");
        assertThat(eventsOf(code)).isEmpty();

        ApiClient.Response retried = api().post("/api/wards", platformAdmin, request(code, "Minh Khai", admin));
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        String password = JSON.readTree(retried.body()).at("/admin/temporaryPassword").asString();
        assertThat(password).hasSize(16);
        assertThat(KeycloakServer.passwordGrant(admin, password).body()).contains("not fully set up");
        assertThat(JSON.readTree(api().get("/api/wards/" + code, platformAdmin).body()).get("status").asString())
                .isEqualTo("ACTIVE");
        KafkaProbe.read("wardplan.wards", Duration.ofSeconds(20), seen -> seen.stream().anyMatch(r -> code.equals(r.key())));
        assertThat(eventsOf(code)).hasSize(1);
    }

    @Test
    void onlyAPlatformAdminOnboardsAndBadInputIsRefusedWithProblemDetails() {
        String code = RealKeycloak.unique("cat-bi");
        assertThat(api().post("/api/wards", RealKeycloak.token("anduong.vanphong"), request(code, "Cát Bi", "catbi.vp")).status())
                .isEqualTo(403);
        assertThat(api().post("/api/wards", RealKeycloak.token("haiphong.viewer"), request(code, "Cát Bi", "catbi.vp")).status())
                .isEqualTo(403);

        ApiClient.Response badCode = api().post("/api/wards", platformAdmin, request("Cát Bi", "Cát Bi", "catbi.vp"));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.body()).contains("code");
        ApiClient.Response badCity = api().post("/api/wards", platformAdmin,
                request(code, "Cát Bi", "catbi.vp").replace("hai-phong", "hai-phong-cu"));
        assertThat(badCity.status()).isEqualTo(400);
        assertThat(JSON.readTree(badCity.body()).get("title").asString()).isEqualTo("Không có tỉnh, thành phố này");
        assertThat(api().get("/api/wards/" + code, platformAdmin).status()).isEqualTo(404);
        assertThat(KeycloakServer.passwordGrant("catbi.vp", "x").status()).isEqualTo(401);
    }

    private static List<ConsumerRecord<String, byte[]>> eventsOf(String code) {
        return KafkaProbe.read("wardplan.wards", Duration.ofSeconds(2), seen -> false).stream()
                .filter(r -> code.equals(r.key())).toList();
    }
}
