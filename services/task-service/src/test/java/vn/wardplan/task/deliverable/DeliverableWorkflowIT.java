package vn.wardplan.task.deliverable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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
        assertThat(task.get("deliverables").findValuesAsString("id")).containsExactly("2026-6M", "2026", "2027-6M", "2027",
                "2028-6M", "2028", "2029-6M", "2029", "2030-6M", "2030");
        assertThat(task.at("/deliverables/1/dueDate").asString()).isEqualTo("2026-12-16");

        assertThat(api().post(task2("/deliverables/2026/progress"), congAn, "{\"text\":\"x\",\"percent\":10}").status()).isEqualTo(403);
        assertThat(api().post(task2("/deliverables/2026/progress"), kinhTe, "{\"text\":\"Đã tổng hợp số liệu 9 tháng\",\"percent\":60}")
                .status()).isEqualTo(200);
        assertThat(api().post(task2("/deliverables/2026/progress"), kinhTe, "{\"text\":\"x\",\"percent\":160}").status()).isEqualTo(400);
        assertThat(json.readTree(api().post(task2("/deliverables/2026/submit"), kinhTe, "").body()).at("/deliverables/1/status")
                .asString()).isEqualTo("SUBMITTED");
        JsonNode returned = json.readTree(api().post(task2("/deliverables/2026/return"), admin,
                "{\"comment\":\"Bổ sung số liệu thu ngân sách\"}").body());
        assertThat(returned.at("/deliverables/1/returnComment").asString()).isEqualTo("Bổ sung số liệu thu ngân sách");

        JsonNode moved = json.readTree(api().post(task2("/deliverables/2026/reschedule"), admin,
                "{\"dueDate\":\"2026-12-22\",\"reason\":\"Chờ số liệu của Chi cục Thống kê\"}").body());
        assertThat(moved.at("/deliverables/1/dueDate").asString()).isEqualTo("2026-12-22");
        assertThat(moved.at("/deliverables/1/reschedules/0/from").asString()).isEqualTo("2026-12-16");

        api().post(task2("/deliverables/2026/submit"), kinhTe, "");
        assertThat(api().post(task2("/deliverables/2026/accept"), kinhTe, "").status()).isEqualTo(403);
        assertThat(json.readTree(api().post(task2("/deliverables/2026/accept"), admin, "").body()).at("/deliverables/1/status")
                .asString()).isEqualTo("ACCEPTED");
        assertThat(api().post(task2("/deliverables/2026/submit"), kinhTe, "").status()).isEqualTo(409);

        JsonNode accepted2026 = json.readTree(api().get("/api/tasks?year=2026&status=ACCEPTED", kinhTe).body());
        assertThat(accepted2026.get("content").findValuesAsString("key")).containsExactly("2");
        assertThat(json.readTree(api().get("/api/tasks?year=2026&status=PLANNED", kinhTe).body()).at("/page/totalElements").asLong())
                .isGreaterThanOrEqualTo(40);
        assertThat(api().get("/api/tasks?status=LATE", kinhTe).status()).isEqualTo(400);

        // Accepted is locked: progress and dates refused; the office reopens it, with a reason, for the unit to redo.
        assertThat(api().post(task2("/deliverables/2026/progress"), kinhTe, "{\"text\":\"Bổ sung\",\"percent\":100}").status())
                .isEqualTo(409);
        assertThat(api().post(task2("/deliverables/2026/reopen"), admin, "{}").status()).isEqualTo(400);
        assertThat(api().post(task2("/deliverables/2026/reopen"), kinhTe, "{\"reason\":\"x\"}").status()).isEqualTo(403);
        JsonNode reopened = json.readTree(api().post(task2("/deliverables/2026/reopen"), admin,
                "{\"reason\":\"Số liệu thu ngân sách chưa khớp với Chi cục Thuế\"}").body());
        assertThat(reopened.at("/deliverables/1/status").asString()).isEqualTo("RETURNED");
        assertThat(reopened.at("/deliverables/1/returnComment").asString())
                .isEqualTo("Mở lại báo cáo đã chấp nhận: Số liệu thu ngân sách chưa khớp với Chi cục Thuế");
        assertThat(api().post(task2("/deliverables/2026/reopen"), admin, "{\"reason\":\"x\"}").status()).isEqualTo(409);
        assertThat(api().post(task2("/deliverables/2026/submit"), kinhTe, "").status()).isEqualTo(200);

        // The trail has each step with who made it and the report before and after; the new date is a deadline change.
        var trail = vn.wardplan.platform.test.KafkaProbe.auditOf(ward + ":86-KH-UBND:2/2026", 8).stream()
                .map(r -> json.readTree(r.value())).toList();
        assertThat(trail).extracting(e -> e.get("action").asString()).containsExactly("deliverable.progressed",
                "deliverable.submitted", "deliverable.returned", "deadline.rescheduled", "deliverable.submitted",
                "deliverable.accepted", "deliverable.reopened", "deliverable.submitted");
        JsonNode rescheduled = trail.get(3);
        assertThat(rescheduled.get("kind").asString()).isEqualTo("DEADLINE");
        assertThat(rescheduled.at("/before/dueDate").asString()).isEqualTo("2026-12-16");
        assertThat(rescheduled.at("/after/dueDate").asString()).isEqualTo("2026-12-22");
        assertThat(rescheduled.get("reason").asString()).isEqualTo("Chờ số liệu của Chi cục Thống kê");
        assertThat(trail.get(6).get("actor").asString()).isEqualTo("anduong.vanphong");
        assertThat(trail.get(6).at("/before/status").asString()).isEqualTo("ACCEPTED");
        assertThat(trail.get(6).at("/after/status").asString()).isEqualTo("RETURNED");
        assertThat(trail.get(0).get("service").asString()).isEqualTo("task-service");
        assertThat(json.readTree(api().get("/api/tasks?size=500&leader="
                + java.net.URLEncoder.encode("Chủ tịch UBND phường", java.nio.charset.StandardCharsets.UTF_8), kinhTe).body())
                .at("/page/totalElements").asLong()).isPositive();
    }

    @Test
    void theWardOfficeSwitchesQuartersOnFrom2027AndAReimportKeepsTheDeliverablesWork() throws Exception {
        JsonNode regime = json.readTree(api().get("/api/reporting-regime?year=2026", kinhTe).body());
        assertThat(regime.get("periods").findValuesAsString("key")).containsExactly("2026-6M", "2026");
        String quarters = "{\"from\":\"2027\",\"periods\":[{\"kind\":\"QUARTER\",\"cutOffDay\":14,\"unitsDeadlineWorkingDays\":2,"
                + "\"officeDeadlineWorkingDays\":4},{\"kind\":\"HALF_YEAR\",\"cutOffDay\":14,\"unitsDeadlineWorkingDays\":2,"
                + "\"officeDeadlineWorkingDays\":4},{\"kind\":\"YEAR\",\"cutOffDay\":14,\"unitsDeadlineWorkingDays\":2,"
                + "\"officeDeadlineWorkingDays\":4}]}";
        assertThat(api().put("/api/reporting-regime", kinhTe, quarters).status()).isEqualTo(403);
        ApiClient.Response unknownKind = api().put("/api/reporting-regime", admin, quarters.replace("QUARTER", "WEEK"));
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.contentType()).contains("application/problem+json");
        ApiClient.Response beforeCutOff = api().put("/api/reporting-regime", admin, quarters.replace(
                "\"unitsDeadlineWorkingDays\":2,\"officeDeadlineWorkingDays\":4}]", "\"unitsDeadlineWorkingDays\":0,\"officeDeadlineWorkingDays\":4}]"));
        assertThat(beforeCutOff.status()).isEqualTo(400);
        assertThat(json.readTree(beforeCutOff.body()).get("detail").asString()).contains("ngày làm việc");
        assertThat(api().put("/api/reporting-regime", admin, quarters.replace("\"from\":\"2027\"", "\"from\":\"2026-6M\"")).status())
                .isEqualTo(400);
        assertThat(json.readTree(api().get(task2(""), kinhTe).body()).get("deliverables").findValuesAsString("id")).doesNotContain("2027-Q1");

        api().post(task2("/deliverables/2026/progress"), kinhTe, "{\"text\":\"Đang thực hiện\",\"percent\":30}");
        assertThat(api().put("/api/reporting-regime", admin, quarters).status()).isEqualTo(200);

        JsonNode task = json.readTree(api().get(task2(""), kinhTe).body());
        assertThat(task.get("deliverables").findValuesAsString("id")).startsWith("2026-6M", "2026", "2027-Q1", "2027-Q2", "2027-6M",
                "2027-Q3", "2027-Q4", "2027");
        assertThat(json.readTree(api().get("/api/reporting-regime?year=2027", kinhTe).body()).get("ownRules").asBoolean()).isTrue();
        var regimeEntries = vn.wardplan.platform.test.KafkaProbe.auditOf(ward, 2).stream().map(r -> json.readTree(r.value()))
                .filter(e -> e.get("kind").asString().equals("REPORTING_SETTING")).toList();
        assertThat(regimeEntries).extracting(e -> e.get("action").asString()).containsExactly("regime.followedCity", "regime.changed");
        assertThat(regimeEntries.getLast().at("/before/ownRules").asBoolean()).isFalse();
        assertThat(regimeEntries.getLast().at("/after/ownRules").asBoolean()).isTrue();

        api().postFile("/api/plans/import?dryRun=false", admin, "ke-hoach-86.txt",
                Files.readAllBytes(Path.of("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt")));
        assertThat(json.readTree(api().get(task2(""), kinhTe).body()).at("/deliverables/1/progress/0/text").asString())
                .isEqualTo("Đang thực hiện");
    }

    @Test
    void aDayOffTheWardAnnouncesMovesTheUnitsDeadlineOfAPeriodStillOpen() throws Exception {
        JsonNode before = json.readTree(api().get(task2(""), kinhTe).body());
        assertThat(before.get("deliverables").valueStream().filter(d -> d.get("id").asString().equals("2027-6M")).findFirst()
                .orElseThrow().get("dueDate").asString()).as("14/6/2027 is a Monday: two working days later").isEqualTo("2027-06-16");

        // The office declares Tuesday 15/6/2027 a day off (notification-service's calendar event).
        KafkaProbe.publish("wardplan.calendars", ward, "vn.wardplan.calendar.day-announced.v1", ward, "hai-phong",
                "{\"date\":\"2027-06-15\",\"dayOff\":true,\"name\":\"Nghỉ bù\"}");

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(json.readTree(api()
                .get(task2(""), kinhTe).body()).get("deliverables").valueStream().filter(d -> d.get("id").asString().equals("2027-6M"))
                .findFirst().orElseThrow().get("dueDate").asString()).isEqualTo("2027-06-17"));
        JsonNode regime = json.readTree(api().get("/api/reporting-regime?year=2027", kinhTe).body());
        assertThat(regime.at("/periods/0/unitsDue").asString()).isEqualTo("2027-06-17");

        KafkaProbe.publish("wardplan.calendars", ward, "vn.wardplan.calendar.day-withdrawn.v1", ward, "hai-phong",
                "{\"date\":\"2027-06-15\"}");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(json.readTree(api()
                .get("/api/reporting-regime?year=2027", kinhTe).body()).at("/periods/0/unitsDue").asString()).isEqualTo("2027-06-16"));
    }

    @Test
    void theOfficeRecordsAPaperReportOnTheDayItArrivedAndDecidesATasksMode() throws Exception {
        assertThat(api().post(task2("/deliverables/2026-6M/receipt"), kinhTe,
                "{\"receivedOn\":\"2026-06-19\",\"via\":\"PAPER\",\"text\":\"Báo cáo 6 tháng\"}").status()).isEqualTo(403);
        assertThat(api().post(task2("/deliverables/2026-6M/receipt"), admin,
                "{\"receivedOn\":\"2099-06-19\",\"via\":\"PAPER\",\"text\":\"Báo cáo 6 tháng\"}").status()).isEqualTo(400);
        assertThat(api().post(task2("/deliverables/2026-6M/receipt"), admin,
                "{\"receivedOn\":\"2026-06-19\",\"via\":\"FAX\",\"text\":\"Báo cáo 6 tháng\"}").status()).isEqualTo(400);
        JsonNode received = json.readTree(api().post(task2("/deliverables/2026-6M/receipt"), admin,
                "{\"receivedOn\":\"2026-06-19\",\"via\":\"PAPER\",\"text\":\"Tổng giá trị sản phẩm 6 tháng tăng 12,1 %\"}").body());
        assertThat(received.at("/deliverables/0/status").asString()).isEqualTo("SUBMITTED");
        assertThat(received.at("/deliverables/0/submittedOn").asString()).isEqualTo("2026-06-19");
        assertThat(received.at("/deliverables/0/receivedVia").asString()).isEqualTo("PAPER");
        assertThat(received.at("/deliverables/0/progress/0/unit").asString()).isEqualTo("kinh-te-ha-tang-do-thi");
        assertThat(received.at("/reporting/cadence").asString()).isEqualTo("PERIODIC");
        assertThat(received.at("/reporting/reason").asString()).isNotBlank();

        assertThat(api().put(task2("/reporting"), kinhTe, "{\"cadence\":\"ONE_OFF\",\"reason\":\"x\"}").status()).isEqualTo(403);
        JsonNode once = json.readTree(api().put(task2("/reporting"), admin,
                "{\"cadence\":\"ONE_OFF\",\"reason\":\"Chỉ cần báo cáo tổng kết\"}").body());
        // The 6-month report already received stays; the untouched future reports give way to one at the end.
        assertThat(once.get("deliverables").findValuesAsString("id")).containsExactly("2026-6M", "final");
        assertThat(once.at("/reporting/decidedBy").asString()).isEqualTo("OFFICE");
        var cancelled = KafkaProbe.read("wardplan.tasks", Duration.ofSeconds(20), seen -> seen.stream()
                .filter(r -> r.key().equals(ward + ":86-KH-UBND:2")
                        && "vn.wardplan.deliverable.cancelled.v1".equals(KafkaProbe.header(r, "ce_type"))).count() >= 9);
        assertThat(cancelled).filteredOn(r -> r.key().equals(ward + ":86-KH-UBND:2")
                && "vn.wardplan.deliverable.cancelled.v1".equals(KafkaProbe.header(r, "ce_type"))).hasSize(9);

        // A re-import keeps the office's decision.
        api().postFile("/api/plans/import?dryRun=false", admin, "ke-hoach-86.txt",
                Files.readAllBytes(Path.of("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt")));
        assertThat(json.readTree(api().get(task2(""), kinhTe).body()).get("deliverables").findValuesAsString("id"))
                .containsExactly("2026-6M", "final");
    }

    @Test
    void whatTheUnitWritesWithItsSubmissionIsKeptAsItsLastReport() throws Exception {
        ApiClient.Response tooLong = api().post(task2("/deliverables/2027/submit"), kinhTe,
                "{\"text\":\"" + "x".repeat(4_001) + "\",\"percent\":100}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(json.readTree(api().get(task2(""), kinhTe).body()).at("/deliverables/3/status").asString()).isEqualTo("PLANNED");

        JsonNode submitted = json.readTree(api().post(task2("/deliverables/2027/submit"), kinhTe,
                "{\"text\":\"Thương mại dịch vụ tăng 11 %; báo cáo gửi kèm\",\"percent\":100}").body());

        assertThat(submitted.at("/deliverables/3/status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.at("/deliverables/3/progress/0/text").asString()).isEqualTo("Thương mại dịch vụ tăng 11 %; báo cáo gửi kèm");
        assertThat(submitted.at("/deliverables/3/progress/0/percent").asInt()).isEqualTo(100);
    }
}
