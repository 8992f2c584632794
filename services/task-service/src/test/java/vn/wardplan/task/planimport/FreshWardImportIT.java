package vn.wardplan.task.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KafkaProbe;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;

/**
 * Plans written with other spellings of the standard units, imported into wards onboarded the way ward-service
 * onboards them (its standard catalogue, nothing fed by hand): every lead and advising unit resolves; a name no unit
 * answers to is listed first, and once the office maps it, the rows that carry it follow with their events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class FreshWardImportIT {

    static final JsonMapper json = JsonMapper.builder().build();
    static final Path STANDARD_UNITS = Path.of("../ward-service/src/main/resources/directory/standard-units.json");

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** Onboards a ward with ward-service's standard units for its kind, as its ward.onboarded event carries them. */
    String onboard(String ward, String kind) throws Exception {
        String units = Files.readString(STANDARD_UNITS, StandardCharsets.UTF_8).replace("{kind}", kind);
        String event = "{\"code\":\"" + ward + "\",\"name\":\"" + ward + "\",\"type\":\"" + (kind.equals("xã") ? "xa" : "phuong")
                + "\",\"city\":\"hai-phong\",\"units\":" + units + "}";
        KafkaProbe.publish("wardplan.wards", ward, "vn.wardplan.ward.onboarded.v1", ward, "hai-phong", event);
        String admin = TestTokens.user("admin." + ward, ward, "ward-admin").sign();
        int expected = json.readTree(units).size();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(json.readTree(api().get("/api/units", admin).body()).size()).isEqualTo(expected));
        return admin;
    }

    static String ward(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void everyLeadAndAdvisingUnitOfPlansInOtherSpellingsResolvesInAFreshWard() throws Exception {
        for (var plan : List.of(List.of("xa-tan-tien-57-KH-UBND.txt", "xã"), List.of("phuong-hoa-binh-112-KH-UBND.docx", "phường"),
                List.of("xa-quang-minh-09-KH-UBND.xlsx", "xã"))) {
            String admin = onboard(ward("fresh"), plan.get(1));
            byte[] document = Files.readAllBytes(OtherOfficeStylesTest.PLANS.resolve(plan.getFirst()));

            ApiClient.Response dry = api().postFile("/api/plans/import", admin, plan.getFirst(), document);

            assertThat(dry.status()).as(dry.body()).isEqualTo(200);
            JsonNode report = json.readTree(dry.body());
            assertThat(report.get("indicatorRows").size() + report.get("taskRows").size()).as(plan.getFirst()).isGreaterThan(10);
            List<String> unresolved = new ArrayList<>();
            report.get("indicatorRows").forEach(r -> {
                if (r.at("/advisingUnit/code").isNull()) {
                    unresolved.add("chỉ tiêu " + r.get("key").asString() + ": " + r.at("/advisingUnit/text").asString());
                }
            });
            report.get("taskRows").forEach(r -> {
                if (r.at("/leadUnit/code").isNull()) {
                    unresolved.add("nhiệm vụ " + r.get("key").asString() + ": " + r.at("/leadUnit/text").asString());
                }
            });
            assertThat(unresolved).as(plan.getFirst()).isEmpty();
            assertThat(report.get("indicatorRows")).as(plan.getFirst()).allSatisfy(r -> assertThat(r.get("target").isNull()).isFalse());
            assertThat(dry.body()).doesNotContain("TARGET_NOT_TYPED");
            assertThat(report.get("unresolvedUnits")).as(plan.getFirst()).allSatisfy(u ->
                    assertThat(u.get("occurrences")).allSatisfy(o -> assertThat(o.get("role").asString()).isEqualTo("COORDINATING")));
        }
    }

    @Test
    void anUnknownUnitIsShownFirstAndOnceMappedEveryRowThatCarriesItFollows() throws Exception {
        String ward = ward("tu-phap");
        String admin = onboard(ward, "xã");
        String plan = String.join("\n", "Số: 21/KH-UBND", "KẾ HOẠCH", "Phát triển kinh tế - xã hội xã giai đoạn 2026 - 2030", "",
                "PHỤ LỤC 01", "STT\tTên chỉ tiêu\tĐVT\tBình quân năm\tCơ quan tham mưu",
                "1\tTỷ lệ hồ sơ hộ tịch giải quyết đúng hạn\t%\tTrên 98\tPhòng Tư pháp - Hộ tịch",
                "2\tTỷ lệ thu gom rác thải\t%\t100\tP. KT, HT&ĐT",
                "3\tTỷ lệ hộ dân được tuyên truyền\t%\ttheo chỉ tiêu tỉnh giao\tPhòng VHXH",
                "5\tSố lớp tập huấn\tlớp\t4\tPhòng VHXH",
                "PHỤ LỤC 02", "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\tSản phẩm",
                "1\tSố hóa sổ hộ tịch\tPhòng Tư pháp - Hộ tịch\tCA xã\t2026 - 2030\tBáo cáo kết quả thực hiện",
                "2\tPhân loại rác tại nguồn\tP. KT, HT&ĐT\tPhòng Tư pháp - Hộ tịch\t2026 - 2030\tBáo cáo kết quả thực hiện");
        byte[] document = plan.getBytes(StandardCharsets.UTF_8);

        JsonNode dry = json.readTree(api().postFile("/api/plans/import", admin, "ke-hoach-21.txt", document).body());
        assertThat(dry.at("/unresolvedUnits/0/text").asString()).isEqualTo("Phòng Tư pháp - Hộ tịch");
        assertThat(dry.at("/unresolvedUnits/0/occurrences")).hasSize(3);
        // What a person must decide comes first: the unit the platform does not know, then the target it cannot type,
        // then the rest (the skipped number 4, how the other names were understood).
        List<String> codes = dry.get("warnings").findValuesAsString("code");
        assertThat(codes.subList(0, 2)).containsExactly("UNIT_UNRESOLVED", "TARGET_NOT_TYPED");
        assertThat(codes.subList(2, codes.size())).containsExactlyInAnyOrder("NUMBER_SKIPPED", "UNIT_RESOLVED", "UNIT_RESOLVED",
                "UNIT_RESOLVED");
        assertThat(dry.at("/warnings/1/message").asString()).contains("theo chỉ tiêu tỉnh giao");
        assertThat(dry.at("/indicatorRows/2/target").isNull()).isTrue();
        api().postFile("/api/plans/import?dryRun=false", admin, "ke-hoach-21.txt", document);
        assertThat(api().get("/api/plans/unresolved-units", admin).body()).contains("Phòng Tư pháp - Hộ tịch");

        ApiClient.Response refused = api().post("/api/plans/unit-mappings", admin,
                "{\"text\":\"Phòng Tư pháp - Hộ tịch\",\"unit\":\"tu-phap\"}");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        ApiClient.Response officer = api().post("/api/plans/unit-mappings", TestTokens.user("x", ward, "unit-officer").sign(),
                "{\"text\":\"Phòng Tư pháp - Hộ tịch\",\"unit\":\"van-phong\"}");
        assertThat(officer.status()).isEqualTo(403);

        ApiClient.Response mapped = api().post("/api/plans/unit-mappings", admin,
                "{\"text\":\"Phòng Tư pháp - Hộ tịch\",\"unit\":\"tu-phap\",\"name\":\"Phòng Tư pháp - Hộ tịch xã\"}");

        assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);
        JsonNode view = json.readTree(mapped.body());
        assertThat(view.get("unitCreated").asBoolean()).isTrue();
        assertThat(view.get("tasksFollowed").asInt()).isEqualTo(2);
        assertThat(view.get("indicatorsFollowed").asInt()).isEqualTo(1);
        assertThat(view.get("stillUnresolved")).isEmpty();
        JsonNode task = json.readTree(api().get("/api/tasks/" + ward + ":21-KH-UBND:1", admin).body());
        assertThat(task.at("/leadUnit/code").asString()).isEqualTo("tu-phap");
        assertThat(json.readTree(api().get("/api/tasks?unit=tu-phap", admin).body()).at("/page/totalElements").asLong()).isEqualTo(2);

        // Reminders follow the unit: each deliverable of the task is republished with its new lead unit.
        List<ConsumerRecord<String, byte[]>> tasks = KafkaProbe.read("wardplan.tasks", Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> reassigned(r, ward + ":21-KH-UBND:1")));
        assertThat(tasks.stream().filter(r -> reassigned(r, ward + ":21-KH-UBND:1")).map(r -> new String(r.value(), StandardCharsets.UTF_8)))
                .isNotEmpty().allSatisfy(body -> assertThat(body).contains("\"leadUnit\":\"tu-phap\""));
        // Rights to enter values follow: indicator-service defines the row again with the unit's code.
        List<ConsumerRecord<String, byte[]>> plans = KafkaProbe.read("wardplan.plans", Duration.ofSeconds(20),
                seen -> seen.stream().filter(r -> (ward + ":21-KH-UBND").equals(r.key())).count() >= 2);
        String latest = new String(plans.stream().filter(r -> (ward + ":21-KH-UBND").equals(r.key())).toList().getLast().value(),
                StandardCharsets.UTF_8);
        assertThat(json.readTree(latest).at("/indicators/0/advisingUnit/code").asString()).isEqualTo("tu-phap");

        JsonNode again = json.readTree(api().postFile("/api/plans/import?dryRun=false", admin, "ke-hoach-21.txt", document).body());
        assertThat(again.at("/tasks/unchanged").asInt()).isEqualTo(2);
        assertThat(again.at("/indicators/unchanged").asInt()).isEqualTo(4);
        assertThat(again.get("unresolvedUnits")).isEmpty();
    }

    static boolean reassigned(ConsumerRecord<String, byte[]> record, String taskId) {
        return taskId.equals(record.key()) && "vn.wardplan.deliverable.reassigned.v1".equals(KafkaProbe.header(record, "ce_type"));
    }
}
