package vn.wardplan.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;
import vn.wardplan.reporting.FixedDay;
import vn.wardplan.reporting.ReportingEvents;

/**
 * The ward dashboard and the city comparison, built from events only (published as the producers write them), on
 * 26/11/2026: indicator statuses and trends, tasks by status, unit and field, the overdue list, each unit's record;
 * who may read what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestInfrastructure.class, FixedDay.class})
class DashboardIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String AN_DUONG = "an-duong-" + RUN;
    static final String LE_CHAN = "le-chan-" + RUN;

    @LocalServerPort
    int port;

    @BeforeAll
    static void events() {
        ReportingEvents.sample(AN_DUONG, LE_CHAN);
    }

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    JsonNode dashboard(String token) {
        ApiClient.Response response = api().get("/api/reports/wards/" + AN_DUONG + "/dashboard?year=2026", token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void theWardDashboardShowsEveryIndicatorTaskAndUnitRecordOfTheYear() {
        String leader = TestTokens.user("anduong.chutich", AN_DUONG, "ward-leader").sign();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode d = dashboard(leader);
            assertThat(d.get("indicators")).hasSize(2);
            assertThat(d.at("/tasks/total").asInt()).isEqualTo(3);
            assertThat(d.at("/indicators/0/status").asString()).isEqualTo("AT_RISK");
            assertThat(d.at("/tasks/byStatus/SUBMITTED").asInt()).isEqualTo(2);
        });
        JsonNode d = dashboard(leader);
        assertThat(d.get("wardName").asString()).isEqualTo("An Dương");
        JsonNode grdp = d.at("/indicators/0");
        assertThat(grdp.get("name").asString()).isEqualTo("Tổng giá trị sản phẩm trên địa bàn");
        assertThat(grdp.get("target").asString()).isEqualTo("14 - 15");
        assertThat(grdp.get("value").asDouble()).isEqualTo(112);
        assertThat(grdp.get("valueState").asString()).isEqualTo("APPROVED");
        assertThat(grdp.get("achievedRate").asDouble()).isEqualTo(12.0);
        assertThat(grdp.get("reason").asString()).contains("cần đạt 14,5 %/năm");
        assertThat(grdp.at("/trend/0/year").asInt()).isEqualTo(2026);
        assertThat(grdp.at("/trend/0/value").asDouble()).isEqualTo(112);
        assertThat(grdp.get("band").isNull()).as("a growth rate has no band of values").isTrue();
        assertThat(d.at("/indicators/1/band/low").asDouble()).as("health insurance: above 97,5").isEqualTo(97.5);
        assertThat(d.at("/indicators/1/band/high").isNull()).isTrue();
        assertThat(d.at("/indicators/1/status").asString()).isEqualTo("ACHIEVED");
        assertThat(d.at("/indicatorsByStatus/ACHIEVED").asInt()).isEqualTo(1);
        assertThat(d.at("/indicatorsByStatus/AT_RISK").asInt()).isEqualTo(1);
        assertThat(d.at("/indicatorsByStatus/NO_DATA").asInt()).isZero();

        assertThat(d.at("/tasks/byStatus/OVERDUE").asInt()).isEqualTo(1);
        assertThat(d.at("/tasks/byUnit/0/name").asString()).isEqualTo("Phòng Kinh tế, Hạ tầng và Đô thị");
        assertThat(d.at("/tasks/byUnit/0/total").asInt()).isEqualTo(3);
        assertThat(d.at("/tasks/byField").findValuesAsString("code")).containsExactly(
                "LĨNH VỰC KINH TẾ, NGÂN SÁCH VÀ ĐẦU TƯ CÔNG", "LĨNH VỰC QUY HOẠCH, ĐÔ THỊ, TÀI NGUYÊN VÀ MÔI TRƯỜNG");
        assertThat(d.get("overdue")).singleElement().satisfies(o -> {
            assertThat(o.get("key").asString()).isEqualTo("11");
            assertThat(o.get("dueDate").asString()).isEqualTo("2026-09-30");
        });
        assertThat(d.has("units")).as("each unit's record is the period timeliness table now").isFalse();
    }

    @Test
    void eachPeriodCountsWhatEveryUnitOwedAndHowItWasSentAsCountedByHand() {
        String leader = TestTokens.user("anduong.chutich", AN_DUONG, "ward-leader").sign();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(JSON.readTree(api().get("/api/reports/wards/" + AN_DUONG
                + "/periods?year=2026", leader).body()).at("/periods/1/total/expected").asInt()).isEqualTo(5));
        JsonNode year = JSON.readTree(api().get("/api/reports/wards/" + AN_DUONG + "/periods?year=2026", leader).body());
        assertThat(year.get("periods").findValuesAsString("period")).containsExactly("2026-6M", "2026");
        // 6 months: the GRDP estimate sent 19/6 for 16/6 (late); no health-insurance estimate (missing).
        assertThat(year.at("/periods/0/total")).isEqualTo(JSON.readTree("{\"expected\":2,\"onTime\":0,\"late\":1,\"missing\":1,\"notYetDue\":0}"));
        // The year: task 2 sent 20/11 for 30/11 and GRDP sent 24/11 (on time), task 3 sent 8/7 for 30/6 (late), task 11 due
        // 30/9 never sent (missing), health insurance approved 25/11 (on time).
        assertThat(year.at("/periods/1/total")).isEqualTo(JSON.readTree("{\"expected\":5,\"onTime\":3,\"late\":1,\"missing\":1,\"notYetDue\":0}"));
        assertThat(year.at("/periods/1/units/0/code").asString()).isEqualTo("kinh-te-ha-tang-do-thi");
        assertThat(year.at("/periods/1/units/0/tally")).isEqualTo(JSON.readTree("{\"expected\":4,\"onTime\":2,\"late\":1,\"missing\":1,\"notYetDue\":0}"));

        JsonNode period = JSON.readTree(api().get("/api/reports/wards/" + AN_DUONG + "/periods/2026", leader).body());
        assertThat(period.get("label").asString()).isEqualTo("Năm 2026");
        assertThat(period.get("unitsDue").asString()).isEqualTo("2026-12-16");
        assertThat(period.get("deadlinePassed").asBoolean()).isFalse();
        JsonNode economy = period.at("/units/0");
        assertThat(economy.get("name").asString()).isEqualTo("Phòng Kinh tế, Hạ tầng và Đô thị");
        assertThat(economy.get("items").findValuesAsString("standing")).containsExactlyInAnyOrder("DONE_ON_TIME", "DONE_LATE",
                "NOT_DONE_OVERDUE", "DONE_ON_TIME");
        assertThat(api().get("/api/reports/wards/" + AN_DUONG + "/periods/2026-H1", leader).status()).isEqualTo(400);
        assertThat(api().get("/api/reports/wards/" + AN_DUONG + "/periods/2026",
                TestTokens.user("lechan.vanphong", LE_CHAN, "ward-admin").sign()).status()).isEqualTo(403);

        JsonNode city = JSON.readTree(api().get("/api/reports/cities/hai-phong/comparison?year=2026",
                TestTokens.user("haiphong.viewer", null, "city-viewer").city("hai-phong").sign()).body());
        JsonNode anDuong = city.get("wards").valueStream().filter(w -> w.get("code").asString().equals(AN_DUONG)).findFirst().orElseThrow();
        assertThat(anDuong.at("/reports/expected").asInt()).isEqualTo(7);
        assertThat(anDuong.at("/reports/missing").asInt()).isEqualTo(2);
    }

    @Test
    void aSixMonthReportReceivedOnPaperCountsOnTheDayItArrived() {
        String ward = "kien-an-" + RUN;
        ReportingEvents.regime(ward);
        ReportingEvents.unit(ward, "kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị");
        String early = ReportingEvents.task(ward, "2", "KINH TẾ", "Phát triển thương mại", "kinh-te-ha-tang-do-thi", "Phòng Kinh tế");
        String late = ReportingEvents.task(ward, "3", "KINH TẾ", "Thu ngân sách", "kinh-te-ha-tang-do-thi", "Phòng Kinh tế");
        ReportingEvents.periodReport(ward, early, "scheduled", "2026-6M", LocalDate.of(2026, 6, 16), "PLANNED", null);
        ReportingEvents.periodReport(ward, early, "submitted", "2026-6M", LocalDate.of(2026, 6, 16), "SUBMITTED", LocalDate.of(2026, 6, 15));
        ReportingEvents.periodReport(ward, late, "scheduled", "2026-6M", LocalDate.of(2026, 6, 16), "PLANNED", null);
        ReportingEvents.periodReport(ward, late, "submitted", "2026-6M", LocalDate.of(2026, 6, 16), "SUBMITTED", LocalDate.of(2026, 6, 22));
        String office = TestTokens.user("kienan.vanphong", ward, "ward-admin").sign();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(JSON.readTree(api().get("/api/reports/wards/" + ward
                + "/periods/2026-6M", office).body()).at("/total/expected").asInt()).isEqualTo(2));
        JsonNode period = JSON.readTree(api().get("/api/reports/wards/" + ward + "/periods/2026-6M", office).body());
        assertThat(period.at("/total")).isEqualTo(JSON.readTree("{\"expected\":2,\"onTime\":1,\"late\":1,\"missing\":0,\"notYetDue\":0}"));
        assertThat(period.at("/units/0/items").findValuesAsString("deliverableId")).containsOnly("2026-6M");
        assertThat(period.at("/units/0/items").findValuesAsString("receivedVia")).containsOnly("PAPER");
    }

    @Test
    void theOfficesQueueListsWhatWaitsOldestFirstWithItsAge() {
        String office = TestTokens.user("anduong.vanphong", AN_DUONG, "ward-admin").sign();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(JSON.readTree(api().get("/api/reports/wards/" + AN_DUONG
                + "/queue", office).body()).get("count").asInt()).isEqualTo(3));
        JsonNode queue = JSON.readTree(api().get("/api/reports/wards/" + AN_DUONG + "/queue", office).body());
        // The 6-month GRDP estimate sent 19/6, task 3's report 8/7, task 2's 20/11; GRDP 2026 is approved, so not waiting.
        assertThat(queue.get("items").findValuesAsString("period")).containsExactly("2026-6M", "2026", "2026");
        assertThat(queue.get("items").findValuesAsString("key")).containsExactly("1", "3", "2");
        assertThat(queue.at("/items/0/kind").asString()).isEqualTo("VALUE");
        assertThat(queue.at("/items/0/daysWaiting").asInt()).isEqualTo(160);
        assertThat(queue.at("/items/0/dueDate").asString()).isEqualTo("2026-06-16");
        assertThat(queue.at("/items/2/daysWaiting").asInt()).isEqualTo(6);
        assertThat(api().get("/api/reports/wards/" + AN_DUONG + "/queue", TestTokens.user("anduong.chutich", AN_DUONG, "ward-leader").sign())
                .status()).isEqualTo(200);
        assertThat(api().get("/api/reports/wards/" + AN_DUONG + "/queue", TestTokens.user("anduong.kinhte", AN_DUONG, "unit-officer").sign())
                .status()).isEqualTo(403);
        assertThat(api().get("/api/reports/wards/" + AN_DUONG + "/queue", TestTokens.user("lechan.vanphong", LE_CHAN, "ward-admin").sign())
                .status()).isEqualTo(403);
    }

    @Test
    void theQueueShowsTheChecksAValueTrippedAndTheUnitsReason() {
        String ward = "ngo-quyen-" + RUN;
        ReportingEvents.ward(ward, "Ngô Quyền");
        String coverage = ReportingEvents.indicator(ward, "6", 6, "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "Trên 97,5",
                ReportingEvents.FLOOR, "van-hoa-xa-hoi");
        vn.wardplan.platform.test.KafkaProbe.publish("wardplan.indicators", coverage, "vn.wardplan.indicator.value-submitted.v1", ward,
                "hai-phong", """
                {"indicatorId":"%s","key":"6","period":"2026","value":150,"advisingUnitCode":"van-hoa-xa-hoi",
                 "comment":"Số liệu gộp cả người ngoài phường","checks":[{"kind":"PERCENT_RANGE",
                 "message":"Tỷ lệ 150 %% nằm ngoài khoảng 0–100 %%.","messageEn":"A share of 150 %% is outside 0–100 %%."}]}
                """.formatted(coverage));
        String office = TestTokens.user("ngoquyen.vanphong", ward, "ward-admin").sign();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(JSON.readTree(api().get("/api/reports/wards/" + ward
                + "/queue", office).body()).get("count").asInt()).isEqualTo(1));
        JsonNode item = JSON.readTree(api().get("/api/reports/wards/" + ward + "/queue", office).body()).at("/items/0");
        assertThat(item.at("/checks/0").asString()).isEqualTo("Tỷ lệ 150 % nằm ngoài khoảng 0–100 %.");
        assertThat(item.get("checkReason").asString()).isEqualTo("Số liệu gộp cả người ngoài phường");
    }

    @Test
    void anotherWardIsRefusedAndAYearOutOfRangeIsABadRequest() {
        String leChan = TestTokens.user("lechan.vanphong", LE_CHAN, "ward-admin").sign();
        ApiClient.Response refused = api().get("/api/reports/wards/" + AN_DUONG + "/dashboard?year=2026", leChan);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api().get("/api/reports/cities/hai-phong/comparison?year=2026", leChan).status()).isEqualTo(403);
        ApiClient.Response badYear = api().get("/api/reports/wards/" + LE_CHAN + "/dashboard?year=1850", leChan);
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(JSON.readTree(badYear.body()).get("title").asString()).isEqualTo("Năm không hợp lệ");
    }

    @Test
    void aCityViewerSeesTheWardsSideBySideOnTheCityFrameRankedByTheShareOnTrack() throws Exception {
        String viewer = TestTokens.user("haiphong.viewer", null, "city-viewer").city("hai-phong").sign();
        assertThat(api().get("/api/reports/cities/da-nang/comparison?year=2026", viewer).status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode c = JSON.readTree(api().get("/api/reports/cities/hai-phong/comparison?year=2026", viewer).body());
            JsonNode grdp = c.get("rows").valueStream().filter(r -> r.get("code").asString().equals("1")).findFirst().orElseThrow();
            assertThat(grdp.at("/cells/" + AN_DUONG + "/status").asString()).isEqualTo("AT_RISK");
            assertThat(grdp.at("/cells/" + LE_CHAN + "/status").asString()).isEqualTo("ON_TRACK");
            assertThat(c.get("wardOnly").findValuesAsString("ward")).contains(LE_CHAN);
        });
        JsonNode c = JSON.readTree(api().get("/api/reports/cities/hai-phong/comparison?year=2026", viewer).body());
        assertThat(c.get("frameVersion").asInt()).isEqualTo(1);
        JsonNode grdp = c.get("rows").valueStream().filter(r -> r.get("code").asString().equals("1")).findFirst().orElseThrow();
        assertThat(grdp.get("name").asString()).isEqualTo("Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)");
        // Other test classes' wards of the same city may stand in the row too.
        assertThat(grdp.get("sharedBy").asInt()).as("one row for both wards, whatever their wording").isGreaterThanOrEqualTo(2);
        assertThat(grdp.at("/cells/" + LE_CHAN + "/rank").asInt()).isLessThan(grdp.at("/cells/" + AN_DUONG + "/rank").asInt());
        assertThat(c.get("rows").findValuesAsString("code")).containsExactly("1", "6");
        assertThat(grdp.at("/cells/" + AN_DUONG + "/name").asString()).isEqualTo("Tổng giá trị sản phẩm trên địa bàn");
        assertThat(grdp.at("/cells/" + AN_DUONG + "/value").asDouble()).isEqualTo(112);
        // The ward's own indicator is listed apart and never stands in a frame row.
        assertThat(c.get("wardOnly").valueStream().filter(w -> w.get("ward").asString().equals(LE_CHAN)))
                .singleElement().satisfies(w -> assertThat(w.get("name").asString()).isEqualTo("Số doanh nghiệp thành lập mới"));
        assertThat(c.get("rows").findValuesAsString("name")).doesNotContain("Số doanh nghiệp thành lập mới");
        JsonNode leChan = c.get("wards").valueStream().filter(w -> w.get("code").asString().equals(LE_CHAN)).findFirst().orElseThrow();
        JsonNode anDuong = c.get("wards").valueStream().filter(w -> w.get("code").asString().equals(AN_DUONG)).findFirst().orElseThrow();
        assertThat(leChan.get("share").asDouble()).isEqualTo(100.0);
        assertThat(leChan.get("wardOnly").asInt()).isEqualTo(1);
        assertThat(anDuong.get("share").asDouble()).isEqualTo(50.0);
        assertThat(leChan.get("rank").asInt()).isLessThan(anDuong.get("rank").asInt());
        assertThat(anDuong.get("name").asString()).isEqualTo("An Dương");

        ApiClient.Response sheet = api().get("/api/reports/cities/hai-phong/comparison.xlsx?year=2026", viewer);
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.contentType()).contains("spreadsheetml");
        assertThat(api().get("/api/reports/cities/hai-phong/comparison.xlsx?year=2026",
                TestTokens.user("lechan.vanphong", LE_CHAN, "ward-admin").sign()).status()).isEqualTo(403);
    }
}
