package vn.wardplan.task.deliverable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;

/**
 * Task 2 of Kế hoạch 86 ("Báo cáo phát triển kinh tế hằng năm", lead Phòng Kinh tế, Hạ tầng và Đô thị): five
 * yearly deliverables; the lead unit reports and submits, the ward office returns, reschedules and accepts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class DeliverableWorkflowIT {

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    String ward;
    String admin;
    String kinhTe;
    String congAn;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    @BeforeEach
    void importedPlan() throws Exception {
        ward = "test-" + UUID.randomUUID().toString().substring(0, 8);
        admin = TestTokens.user("anduong.vanphong", ward, "ward-admin").unit("van-phong").sign();
        kinhTe = TestTokens.user("anduong.kinhte", ward, "unit-officer").unit("kinh-te-ha-tang-do-thi").sign();
        congAn = TestTokens.user("anduong.congan", ward, "unit-officer").unit("cong-an").sign();
        for (JsonNode unit : json.readTree(Path.of("../../deploy/demo/units.json").toFile()).get("an-duong")) {
            api().put("/api/units/" + unit.get("code").asString(), admin, json.writeValueAsString(unit));
        }
        api().postFile("/api/plans/import?dryRun=false", admin, "ke-hoach-86.txt",
                Files.readAllBytes(Path.of("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt")));
    }

    String task2(String suffix) {
        return "/api/tasks/" + ward + ":86-KH-UBND:2" + suffix;
    }

    @Test
    void theLeadUnitReportsAndSubmitsTheWardOfficeReturnsReschedulesAndAccepts() throws Exception {
        JsonNode task = json.readTree(api().get(task2(""), kinhTe).body());
        assertThat(task.get("deliverables").findValuesAsString("id")).containsExactly("2026", "2027", "2028", "2029", "2030");
        assertThat(task.at("/deliverables/0/dueDate").asString()).isEqualTo("2026-11-30");

        assertThat(api().post(task2("/deliverables/2026/progress"), congAn, "{\"text\":\"x\",\"percent\":10}").status()).isEqualTo(403);
        assertThat(api().post(task2("/deliverables/2026/progress"), kinhTe, "{\"text\":\"Đã tổng hợp số liệu 9 tháng\",\"percent\":60}")
                .status()).isEqualTo(200);
        assertThat(api().post(task2("/deliverables/2026/progress"), kinhTe, "{\"text\":\"x\",\"percent\":160}").status()).isEqualTo(400);
        assertThat(json.readTree(api().post(task2("/deliverables/2026/submit"), kinhTe, "").body()).at("/deliverables/0/status")
                .asString()).isEqualTo("SUBMITTED");
        JsonNode returned = json.readTree(api().post(task2("/deliverables/2026/return"), admin,
                "{\"comment\":\"Bổ sung số liệu thu ngân sách\"}").body());
        assertThat(returned.at("/deliverables/0/returnComment").asString()).isEqualTo("Bổ sung số liệu thu ngân sách");

        JsonNode moved = json.readTree(api().post(task2("/deliverables/2026/reschedule"), admin,
                "{\"dueDate\":\"2026-12-15\",\"reason\":\"Chờ số liệu của Chi cục Thống kê\"}").body());
        assertThat(moved.at("/deliverables/0/dueDate").asString()).isEqualTo("2026-12-15");
        assertThat(moved.at("/deliverables/0/reschedules/0/from").asString()).isEqualTo("2026-11-30");

        api().post(task2("/deliverables/2026/submit"), kinhTe, "");
        assertThat(api().post(task2("/deliverables/2026/accept"), kinhTe, "").status()).isEqualTo(403);
        assertThat(json.readTree(api().post(task2("/deliverables/2026/accept"), admin, "").body()).at("/deliverables/0/status")
                .asString()).isEqualTo("ACCEPTED");
        assertThat(api().post(task2("/deliverables/2026/submit"), kinhTe, "").status()).isEqualTo(409);

        JsonNode accepted2026 = json.readTree(api().get("/api/tasks?year=2026&status=ACCEPTED", kinhTe).body());
        assertThat(accepted2026.get("content").findValuesAsString("key")).containsExactly("2");
        assertThat(json.readTree(api().get("/api/tasks?year=2026&status=PLANNED", kinhTe).body()).at("/page/totalElements").asLong())
                .isEqualTo(3);
        assertThat(api().get("/api/tasks?status=LATE", kinhTe).status()).isEqualTo(400);
        assertThat(json.readTree(api().get("/api/tasks?size=500&leader="
                + java.net.URLEncoder.encode("Chủ tịch UBND phường", java.nio.charset.StandardCharsets.UTF_8), kinhTe).body())
                .at("/page/totalElements").asLong()).isPositive();
    }

    @Test
    void theWardOfficeSetsTheDueDayAndAReimportKeepsTheDeliverablesWork() throws Exception {
        assertThat(json.readTree(api().get("/api/tasks/policy", kinhTe).body()).get("annualDueDay").asString()).isEqualTo("11-30");
        assertThat(api().put("/api/tasks/policy", admin, "{\"annualDueDay\":\"13-01\"}").status()).isEqualTo(400);
        assertThat(api().put("/api/tasks/policy", kinhTe, "{\"annualDueDay\":\"12-15\"}").status()).isEqualTo(403);
        assertThat(api().put("/api/tasks/policy", admin, "{\"annualDueDay\":\"12-15\"}").status()).isEqualTo(200);

        api().post(task2("/deliverables/2026/progress"), kinhTe, "{\"text\":\"Đang thực hiện\",\"percent\":30}");
        api().postFile("/api/plans/import?dryRun=false", admin, "ke-hoach-86.txt",
                Files.readAllBytes(Path.of("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt")));

        assertThat(json.readTree(api().get(task2(""), kinhTe).body()).at("/deliverables/0/progress/0/text").asString())
                .isEqualTo("Đang thực hiện");
    }

    @Test
    void whatTheUnitWritesWithItsSubmissionIsKeptAsItsLastReport() throws Exception {
        ApiClient.Response tooLong = api().post(task2("/deliverables/2027/submit"), kinhTe,
                "{\"text\":\"" + "x".repeat(4_001) + "\",\"percent\":100}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(json.readTree(api().get(task2(""), kinhTe).body()).at("/deliverables/1/status").asString()).isEqualTo("PLANNED");

        JsonNode submitted = json.readTree(api().post(task2("/deliverables/2027/submit"), kinhTe,
                "{\"text\":\"Thương mại dịch vụ tăng 11 %; báo cáo gửi kèm\",\"percent\":100}").body());

        assertThat(submitted.at("/deliverables/1/status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.at("/deliverables/1/progress/0/text").asString()).isEqualTo("Thương mại dịch vụ tăng 11 %; báo cáo gửi kèm");
        assertThat(submitted.at("/deliverables/1/progress/0/percent").asInt()).isEqualTo(100);
    }
}
