package vn.wardplan.indicator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KafkaProbe;
import vn.wardplan.platform.test.SharedInfrastructure;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;

/** Indicators defined from task-service's plan.imported event: typed targets, every row kept, replays harmless. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class PlanImportedIT {

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    /** A row as task-service's plan reader publishes it: the wording, and the target it typed from it (or none). */
    static String row(String key, int position, String code, String parentKey, String name, String byEnd, String yearly,
            String target, String targetNote) {
        return """
                {"key":"%s","position":%d,"code":%s,"parentKey":%s,"group":"NHÓM CHỈ TIÊU","name":"%s","measureUnit":"%%",
                 "byEndText":"%s","yearlyText":"%s","directingLeader":"Chủ tịch UBND phường",
                 "advisingUnit":{"code":"kinh-te-ha-tang-do-thi","text":"Phòng Kinh tế, Hạ tầng và Đô thị","resolution":"EXACT"},
                 "target":%s,"endTarget":null,"targetNote":%s}
                """.formatted(key, position, code == null ? "null" : "\"" + code + "\"",
                parentKey == null ? "null" : "\"" + parentKey + "\"", name, byEnd, yearly, target,
                targetNote == null ? "null" : "\"" + targetNote + "\"");
    }

    static final String GROWTH = "{\"kind\":\"GROWTH_RANGE\",\"low\":14,\"high\":15,\"text\":\"14 - 15\"}";
    static final String FLOOR_99_5 = "{\"kind\":\"FLOOR\",\"value\":99.5,\"strict\":false,\"text\":\"Tối thiểu 99,5\"}";
    static final String FLOOR_100 = "{\"kind\":\"FLOOR\",\"value\":100,\"strict\":false,\"text\":\"100\"}";
    static final String BY_2030_76 = "{\"kind\":\"VALUE_BY_YEAR\",\"value\":76,\"year\":2030,\"text\":\"76\"}";

    static String plan(String strangeYearly) {
        return "{\"number\":\"86/KH-UBND\",\"startYear\":2026,\"endYear\":2030,\"indicators\":["
                + row("1", 1, "1", null, "Tổng giá trị sản phẩm trên địa bàn", "", "14 - 15", GROWTH, null) + ","
                + row("4", 2, "4", null, "Tỷ lệ giải ngân vốn đầu tư công phường", "Tối thiểu 99,5", "Tối thiểu 99,5", FLOOR_99_5, null) + ","
                + row("8", 3, "8", null, "Trường công lập đạt chuẩn quốc gia mức độ 1", "", "100", FLOOR_100, null) + ","
                + row("8.1", 4, null, "8", "Trường công lập đạt chuẩn quốc gia mức độ 2", "", "76", BY_2030_76,
                        "Hiểu \\\"76\\\" là giá trị cần đạt đến năm 2030.") + ","
                + row("13", 5, "13", null, "Tỷ lệ dân số được sử dụng nước sạch", "100", "100", FLOOR_100, null) + ","
                + row("13_2", 6, "13", null, "Hoàn thành chỉ tiêu tuyển chọn và gọi công dân nhập ngũ", "100", "100", FLOOR_100, null) + ","
                + row("99", 7, "99", null, "Chỉ tiêu ghi lạ", "", strangeYearly, "null",
                        "Không đọc được mức chỉ tiêu; văn phòng nhập kiểu chỉ tiêu bằng tay.") + "]}";
    }

    static void publish(String ward, String data, int times) throws Exception {
        CloudEvent imported = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(URI.create("/wardplan/task-service")).withType("vn.wardplan.plan.imported.v1")
                .withSubject(ward + ":86-KH-UBND").withTime(OffsetDateTime.now()).withDataContentType("application/json")
                .withData(data.getBytes(StandardCharsets.UTF_8)).withExtension("ward", ward).withExtension("city", "hai-phong")
                .build();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class))) {
            for (int i = 0; i < times; i++) {
                // The same import again is a new event: nothing changed, so nothing is redefined.
                producer.send(new ProducerRecord<>("wardplan.plans", ward + ":86-KH-UBND",
                        CloudEventBuilder.v1(imported).withId(UUID.randomUUID().toString()).build())).get();
            }
        }
    }

    @Test
    void everyRowBecomesOneIndicatorWithItsTypedTargetAndAReplayChangesNothing() throws Exception {
        String ward = "test-" + UUID.randomUUID().toString().substring(0, 8);
        publish(ward, plan("khoảng vài phần trăm"), 2);

        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String token = TestTokens.user("anduong.kinhte", ward, "unit-officer").sign();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(json.readTree(api.get("/api/indicators", token).body()).at("/page/totalElements").asLong()).isEqualTo(7));
        JsonNode content = json.readTree(api.get("/api/indicators", token).body()).get("content");

        assertThat(content.get(0).at("/target/kind").asString()).isEqualTo("GROWTH_RANGE");
        assertThat(content.get(1).at("/target/kind").asString()).isEqualTo("FLOOR");
        assertThat(content.get(1).at("/target/value").decimalValue()).isEqualByComparingTo("99.5");
        assertThat(content.get(3).at("/parentKey").asString()).isEqualTo("8");
        assertThat(content.get(3).at("/target/kind").asString()).isEqualTo("VALUE_BY_YEAR");
        assertThat(content.get(3).at("/targetNote").asString()).contains("cần đạt đến năm 2030");
        assertThat(content.get(5).at("/key").asString()).isEqualTo("13_2");
        assertThat(content.get(6).at("/target").isNull()).isTrue();
        assertThat(content.get(6).at("/targetNote").asString()).contains("Không đọc được mức chỉ tiêu");

        var definedEvents = KafkaProbe.read("wardplan.indicators", Duration.ofSeconds(20),
                seen -> seen.stream().filter(r -> r.key().startsWith(ward + ":")).count() >= 7);
        Thread.sleep(1000);
        assertThat(KafkaProbe.read("wardplan.indicators", Duration.ofSeconds(2), seen -> false))
                .filteredOn(r -> r.key().startsWith(ward + ":")).hasSize(7);
        assertThat(definedEvents).isNotEmpty();
    }

    @Test
    void theOfficeTypesAnUnreadTargetByHandAndItStaysUntilTheDocumentWordsItOtherwise() throws Exception {
        String ward = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String id = ward + ":86-KH-UBND:99";
        publish(ward, plan("khoảng vài phần trăm"), 1);
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String admin = TestTokens.user("anduong.vanphong", ward, "ward-admin").sign();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/indicators/" + id, admin).status()).isEqualTo(200));

        ApiClient.Response nonsense = api.put("/api/indicators/" + id + "/target", admin, "{\"target\":{\"kind\":\"GROWTH_RANGE\",\"low\":9}}");
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.contentType()).startsWith("application/problem+json");
        assertThat(nonsense.body()).contains("target.invalid");
        assertThat(api.put("/api/indicators/" + id + "/target", TestTokens.user("anduong.kinhte", ward, "unit-officer")
                .unit("kinh-te-ha-tang-do-thi").sign(), "{\"target\":{\"kind\":\"FLOOR\",\"value\":5}}").status()).isEqualTo(403);
        assertThat(json.readTree(api.get("/api/indicators/" + id, admin).body()).at("/target").isNull()).isTrue();

        ApiClient.Response typed = api.put("/api/indicators/" + id + "/target", admin,
                "{\"target\":{\"kind\":\"FLOOR\",\"value\":5,\"strict\":false}}");
        assertThat(typed.status()).as(typed.body()).isEqualTo(200);
        JsonNode indicator = json.readTree(api.get("/api/indicators/" + id, admin).body());
        assertThat(indicator.at("/target/kind").asString()).isEqualTo("FLOOR");
        assertThat(indicator.at("/targetNote").asString()).contains("nhập kiểu chỉ tiêu bằng tay (anduong.vanphong)");

        publish(ward, plan("khoảng vài phần trăm"), 1);
        Thread.sleep(1500);
        assertThat(json.readTree(api.get("/api/indicators/" + id, admin).body()).at("/target/kind").asString()).isEqualTo("FLOOR");

        publish(ward, plan("sửa lại: chưa có mức"), 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(json.readTree(api.get("/api/indicators/" + id, admin).body()).at("/target").isNull()).isTrue());
    }

    @Test
    void anAmendedPlanKeepsTheEarlierTargetForTheYearsBeforeItTakesEffect() throws Exception {
        String ward = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String id = ward + ":86-KH-UBND:1";
        publish(ward, plan("x"), 1);
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String admin = TestTokens.user("anduong.vanphong", ward, "ward-admin").sign();
        String officer = TestTokens.user("anduong.kinhte", ward, "unit-officer").unit("kinh-te-ha-tang-do-thi").sign();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/indicators/" + id, admin).status()).isEqualTo(200));
        api.put("/api/indicators/" + id + "/baseline", admin, "{\"year\":2025,\"value\":100}");
        for (String[] year : new String[][] {{"2026", "112"}, {"2027", "125.44"}}) {
            api.put("/api/indicators/" + id + "/values/" + year[0], officer, "{\"value\":" + year[1] + "}");
            api.post("/api/indicators/" + id + "/values/" + year[0] + "/submit", officer, "");
            assertThat(api.post("/api/indicators/" + id + "/values/" + year[0] + "/approve", admin, "").status()).isEqualTo(200);
        }
        // 12 % a year against 14 - 15: behind.
        assertThat(status(api, admin, id, 2027)).isIn("AT_RISK", "OFF_TRACK");

        // The People's Council lowers the growth target to 10 - 12 from 2027 on.
        String amended = plan("x").replace("\"yearlyText\":\"14 - 15\"", "\"yearlyText\":\"10 - 12\"")
                .replace(GROWTH, "{\"kind\":\"GROWTH_RANGE\",\"low\":10,\"high\":12,\"text\":\"10 - 12\"}")
                .replace("\"endYear\":2030,", "\"endYear\":2030,\"effectiveFrom\":2027,");
        publish(ward, amended, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(json.readTree(api.get("/api/indicators/" + id, admin).body()).at("/adjustedFrom").asInt()).isEqualTo(2027));

        JsonNode indicator = json.readTree(api.get("/api/indicators/" + id, admin).body());
        assertThat(indicator.at("/yearlyText").asString()).isEqualTo("10 - 12");
        assertThat(indicator.at("/earlierTargets/0/untilYear").asInt()).isEqualTo(2026);
        assertThat(indicator.at("/earlierTargets/0/yearlyText").asString()).isEqualTo("14 - 15");
        assertThat(indicator.at("/earlierTargets/0/replacedBy").asString()).isEqualTo("Kế hoạch 86/KH-UBND");
        JsonNode before = json.readTree(api.get("/api/indicators/" + id + "/assessment?year=2026", admin).body());
        assertThat(before.at("/assessment/status").asString()).isEqualTo("AT_RISK");
        assertThat(before.at("/assessment/reason").asString()).contains("theo mục tiêu trước khi điều chỉnh, áp dụng đến năm 2026");
        JsonNode after = json.readTree(api.get("/api/indicators/" + id + "/assessment?year=2027", admin).body());
        assertThat(after.at("/assessment/status").asString()).isIn("ON_TRACK", "ACHIEVED");
        assertThat(after.at("/assessment/reason").asString()).contains("mục tiêu điều chỉnh từ năm 2027");
        // The approved year is judged again and the dashboard is told.
        var changes = KafkaProbe.read("wardplan.indicators", Duration.ofSeconds(20), seen -> seen.stream()
                .anyMatch(r -> id.equals(r.key()) && "vn.wardplan.indicator.assessment-changed.v1".equals(KafkaProbe.header(r, "ce_type"))
                        && json.readTree(r.value()).get("year").asInt() == 2027
                        && List.of("ON_TRACK", "ACHIEVED").contains(json.readTree(r.value()).get("status").asString())));
        assertThat(changes).isNotEmpty();
    }

    private static String status(ApiClient api, String token, String id, int year) {
        return json.readTree(api.get("/api/indicators/" + id + "/assessment?year=" + year, token).body()).at("/assessment/status")
                .asString();
    }
}
