package vn.wardplan.task.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KafkaProbe;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;

/**
 * ward-service's events as task-service sees them: an onboarded ward starts with its units (units the ward
 * already named are kept); a suspended ward's tokens are refused until it is reinstated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class WardOnboardedIT {

    @LocalServerPort
    int port;

    @Test
    void theOnboardedWardsUnitsAreRegisteredOnceWithoutOverwritingTheWardsOwnNames() {
        String ward = "hong-bang-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String admin = TestTokens.user("hongbang.vanphong", ward, "ward-admin").sign();
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        assertThat(api.put("/api/units/cong-an", admin, "{\"name\":\"Công an phường Hồng Bàng\",\"mailbox\":\"ca@wardplan.test\"}")
                .status()).isEqualTo(201);

        String event = """
                {"code":"%s","name":"Hồng Bàng","type":"phuong","city":"hai-phong","cityName":"Hải Phòng",
                 "adminUsername":"hongbang.vanphong","units":[
                  {"code":"van-phong","name":"Văn phòng HĐND và UBND phường","aliases":["VP HĐND và UBND"]},
                  {"code":"cong-an","name":"Công an phường","aliases":[]},
                  {"code":"kinh-te-ha-tang-do-thi","name":"Phòng Kinh tế, Hạ tầng và Đô thị","aliases":["Phòng KT, HT&ĐT"]}]}
                """.formatted(ward);
        KafkaProbe.publish("wardplan.wards", ward, "vn.wardplan.ward.onboarded.v1", ward, "hai-phong", event);
        KafkaProbe.publish("wardplan.wards", ward, "vn.wardplan.ward.onboarded.v1", ward, "hai-phong", event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/units", admin).body()).contains("kinh-te-ha-tang-do-thi", "van-phong"));
        String units = api.get("/api/units", admin).body();
        assertThat(units).contains("Công an phường Hồng Bàng", "ca@wardplan.test", "Phòng KT, HT&ĐT");
        assertThat(units.split("\"code\"")).hasSize(4);
        assertThat(api.get("/api/units", TestTokens.user("anduong.vanphong", "an-duong", "ward-admin").sign()).body())
                .doesNotContain("Hồng Bàng");
    }

    @Test
    void aSuspendedWardsTokensAreRefusedUntilItIsReinstatedAndOtherWardsAreUntouched() {
        String ward = "so-dau-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String officer = TestTokens.user("sodau.kinhte", ward, "unit-officer").sign();
        String other = TestTokens.user("anduong.kinhte", "an-duong", "unit-officer").sign();
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        assertThat(api.get("/api/units", officer).status()).isEqualTo(200);

        KafkaProbe.publish("wardplan.wards", ward, "vn.wardplan.ward.suspended.v1", ward, "hai-phong",
                "{\"code\":\"" + ward + "\",\"reason\":\"Sáp nhập\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/units", officer).status()).isEqualTo(403));
        ApiClient.Response refused = api.get("/api/units", officer);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("ward.suspendedAccess", "tạm ngừng");
        assertThat(api.get("/api/units", other).status()).isEqualTo(200);

        KafkaProbe.publish("wardplan.wards", ward, "vn.wardplan.ward.reinstated.v1", ward, "hai-phong",
                "{\"code\":\"" + ward + "\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/units", officer).status()).isEqualTo(200));
    }

    @Test
    void anEventThatClaimsAnotherProducerOrAFutureTimeIsParkedAndChangesNothing() {
        String ward = "tien-lang-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String officer = TestTokens.user("tienlang.kinhte", ward, "unit-officer").sign();
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        KafkaProbe.publish("wardplan.wards", ward, "vn.wardplan.ward.suspended.v1", ward, "hai-phong",
                "{\"code\":\"" + ward + "\",\"reason\":\"Sáp nhập\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/units", officer).status()).isEqualTo(403));

        // A pod that reaches Kafka but is not ward-service, and an event dated an hour ahead.
        String forged = KafkaProbe.publishAs("wardplan.wards", ward, "vn.wardplan.ward.reinstated.v1", ward, "hai-phong",
                "{\"code\":\"" + ward + "\"}", java.time.Instant.now(), "/wardplan/notification-service");
        String future = KafkaProbe.publishAs("wardplan.wards", ward, "vn.wardplan.ward.reinstated.v1", ward, "hai-phong",
                "{\"code\":\"" + ward + "\"}", java.time.Instant.now().plus(Duration.ofHours(1)), "/wardplan/ward-service");

        var parked = KafkaProbe.read("wardplan.wards.DLT", Duration.ofSeconds(60), seen -> seen.stream()
                .map(r -> KafkaProbe.header(r, "ce_id")).filter(id -> forged.equals(id) || future.equals(id)).distinct().count() == 2);
        assertThat(parked.stream().map(r -> KafkaProbe.header(r, "ce_id"))).contains(forged, future);
        assertThat(api.get("/api/units", officer).status()).isEqualTo(403);
    }
}
