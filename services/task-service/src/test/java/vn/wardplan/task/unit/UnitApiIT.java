package vn.wardplan.task.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KafkaProbe;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;

/** The unit API over real HTTP, with the embedded (or containerised) MongoDB and Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class UnitApiIT {

    static final String AN_DUONG_ADMIN = TestTokens.user("anduong.vanphong", "an-duong", "ward-admin").sign();
    static final String LE_CHAN_OFFICER = TestTokens.user("lechan.kinhte", "le-chan", "unit-officer").sign();
    static final String AN_DUONG_OFFICER = TestTokens.user("anduong.kinhte", "an-duong", "unit-officer").sign();

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void registeringAUnitStoresItOnceAndPublishesOneEvent() {
        ApiClient.Response created = api().put("/api/units/kinh-te-ha-tang-do-thi", AN_DUONG_ADMIN,
                "{\"name\":\"Phòng Kinh tế, Hạ tầng và Đô thị\",\"aliases\":[\"KT, HT&ĐT\"]}");
        ApiClient.Response repeated = api().put("/api/units/kinh-te-ha-tang-do-thi", AN_DUONG_ADMIN,
                "{\"name\":\"Phòng Kinh tế, Hạ tầng và Đô thị\",\"aliases\":[\"KT, HT&ĐT\"]}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(api().get("/api/units", AN_DUONG_ADMIN).body()).contains("Phòng Kinh tế, Hạ tầng và Đô thị");

        List<ConsumerRecord<String, byte[]>> records = KafkaProbe.read("wardplan.units", Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> "an-duong:kinh-te-ha-tang-do-thi".equals(r.key())));
        List<ConsumerRecord<String, byte[]>> mine = records.stream()
                .filter(r -> "an-duong:kinh-te-ha-tang-do-thi".equals(r.key())).toList();
        assertThat(mine).hasSize(1);
        ConsumerRecord<String, byte[]> event = mine.getFirst();
        assertThat(KafkaProbe.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo("vn.wardplan.unit.registered.v1");
        assertThat(KafkaProbe.header(event, "ce_ward")).isEqualTo("an-duong");
        assertThat(new String(event.value(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"code\":\"kinh-te-ha-tang-do-thi\"").doesNotContain("vn.wardplan.task");
    }

    @Test
    void anotherWardSeesNoneOfTheUnits() {
        api().put("/api/units/cong-an", AN_DUONG_ADMIN, "{\"name\":\"Công an phường\"}");

        ApiClient.Response leChan = api().get("/api/units", LE_CHAN_OFFICER);
        ApiClient.Response direct = api().get("/api/units/cong-an", LE_CHAN_OFFICER);

        assertThat(leChan.status()).isEqualTo(200);
        assertThat(leChan.body()).doesNotContain("cong-an");
        assertThat(direct.status()).isEqualTo(404);
    }

    @Test
    void invalidInputIsRefusedWithProblemDetailsInVietnameseAndChangesNothing() {
        ApiClient.Response blank = api().put("/api/units/tram-y-te", AN_DUONG_ADMIN, "{\"name\":\"  \"}");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.body()).contains("Dữ liệu không hợp lệ").contains("\"field\":\"name\"");
        assertThat(api().get("/api/units/tram-y-te", AN_DUONG_ADMIN).status()).isEqualTo(404);
    }

    @Test
    void onlyAWardAdminRegistersUnits() {
        ApiClient.Response refused = api().put("/api/units/truong-hoc", AN_DUONG_OFFICER, "{\"name\":\"Các trường học\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Không có quyền");
    }
}
