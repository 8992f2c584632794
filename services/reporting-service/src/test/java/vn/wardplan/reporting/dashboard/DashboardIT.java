package vn.wardplan.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;
import vn.wardplan.reporting.ReportingEvents;

/**
 * The ward dashboard and the city comparison, built from events only (published as the producers write them), on
 * 26/11/2026: indicator statuses and trends, tasks by status, unit and field, the overdue list, each unit's record;
 * who may read what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestInfrastructure.class, DashboardIT.FixedDay.class})
class DashboardIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String AN_DUONG = "an-duong-" + RUN;
    static final String LE_CHAN = "le-chan-" + RUN;

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedDay {
        @Bean
        @Primary
        Clock fixedDay() {
            return Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void events() {
        ReportingEvents.ward(AN_DUONG, "An Dương");
        ReportingEvents.ward(LE_CHAN, "Lê Chân");
        ReportingEvents.unit(AN_DUONG, "kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị");
        String grdp = ReportingEvents.indicator(AN_DUONG, "1", 1, "Tổng giá trị sản phẩm trên địa bàn", "%", "14 - 15",
                ReportingEvents.GROWTH, "kinh-te-ha-tang-do-thi");
        String bhyt = ReportingEvents.indicator(AN_DUONG, "6", 6, "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "Trên 97,5",
                ReportingEvents.FLOOR, "van-hoa-xa-hoi");
        ReportingEvents.value(AN_DUONG, grdp, "value-submitted", "2026", 112);
        ReportingEvents.value(AN_DUONG, grdp, "value-approved", "2026", 112);
        ReportingEvents.assessment(AN_DUONG, grdp, 2026, "AT_RISK",
                "Tăng bình quân 12 %/năm; cần đạt 14,5 %/năm trong các năm còn lại để đạt mức 14 %.", 12.0, 14.5);
        ReportingEvents.value(AN_DUONG, bhyt, "value-approved", "2026", 98.1);
        ReportingEvents.assessment(AN_DUONG, bhyt, 2026, "ACHIEVED", "98,1 % trên mức 97,5 %", null, null);
        String leChanGrdp = ReportingEvents.indicator(LE_CHAN, "1", 1, "Tổng giá trị sản phẩm  trên địa bàn", "%", "14 - 15",
                ReportingEvents.GROWTH, "kinh-te-ha-tang-do-thi");
        ReportingEvents.assessment(LE_CHAN, leChanGrdp, 2026, "ON_TRACK", "Tăng 15 %", 15.0, 14.0);

        String onTime = ReportingEvents.task(AN_DUONG, "2", "LĨNH VỰC KINH TẾ, NGÂN SÁCH VÀ ĐẦU TƯ CÔNG",
                "Thực hiện các giải pháp phát triển thương mại, dịch vụ", "kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị");
        ReportingEvents.deliverable(AN_DUONG, onTime, "scheduled", 2026, LocalDate.of(2026, 11, 30), "PLANNED",
                LocalDate.of(2026, 3, 25), null);
        ReportingEvents.deliverable(AN_DUONG, onTime, "submitted", 2026, LocalDate.of(2026, 11, 30), "SUBMITTED",
                LocalDate.of(2026, 11, 20), "Tổng giá trị sản phẩm tăng 12 %, thương mại dịch vụ chiếm 61 %.");
        String late = ReportingEvents.task(AN_DUONG, "3", "LĨNH VỰC KINH TẾ, NGÂN SÁCH VÀ ĐẦU TƯ CÔNG",
                "Thực hiện công tác quản lý thu - chi ngân sách nhà nước", "kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị");
        ReportingEvents.deliverable(AN_DUONG, late, "scheduled", 2026, LocalDate.of(2026, 6, 30), "PLANNED",
                LocalDate.of(2026, 3, 25), null);
        ReportingEvents.deliverable(AN_DUONG, late, "submitted", 2026, LocalDate.of(2026, 6, 30), "SUBMITTED",
                LocalDate.of(2026, 7, 8), "Thu ngân sách đạt 54 % dự toán.");
        String missing = ReportingEvents.task(AN_DUONG, "11", "LĨNH VỰC QUY HOẠCH, ĐÔ THỊ, TÀI NGUYÊN VÀ MÔI TRƯỜNG",
                "Quản lý trật tự xây dựng đô thị", "kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị");
        ReportingEvents.deliverable(AN_DUONG, missing, "scheduled", 2026, LocalDate.of(2026, 9, 30), "PLANNED",
                LocalDate.of(2026, 3, 25), null);
        // The same event twice (at-least-once delivery) changes nothing.
        ReportingEvents.deliverable(AN_DUONG, missing, "scheduled", 2026, LocalDate.of(2026, 9, 30), "PLANNED",
                LocalDate.of(2026, 3, 25), null);
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
        JsonNode record = d.at("/units/0");
        assertThat(record.get("code").asString()).isEqualTo("kinh-te-ha-tang-do-thi");
        // Task 2 submitted 20/11 for 30/11: on time; task 3 submitted 8/7 for 30/6: late; task 11 due 30/9: missing.
        assertThat(record.get("due").asInt()).isEqualTo(3);
        assertThat(record.get("onTime").asInt()).isEqualTo(1);
        assertThat(record.get("late").asInt()).isEqualTo(1);
        assertThat(record.get("missing").asInt()).isEqualTo(1);
        assertThat(record.get("notYetDue").asInt()).isZero();
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
    void aCityViewerSeesTheWardsSideBySideRankedByTheShareOnTrack() {
        String viewer = TestTokens.user("haiphong.viewer", null, "city-viewer").city("hai-phong").sign();
        assertThat(api().get("/api/reports/cities/da-nang/comparison?year=2026", viewer).status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode c = JSON.readTree(api().get("/api/reports/cities/hai-phong/comparison?year=2026", viewer).body());
            JsonNode grdp = c.get("indicators").valueStream()
                    .filter(i -> i.get("name").asString().startsWith("Tổng giá trị sản phẩm")).findFirst().orElseThrow();
            assertThat(grdp.get("statuses").get(AN_DUONG).asString()).isEqualTo("AT_RISK");
            assertThat(grdp.get("statuses").get(LE_CHAN).asString()).isEqualTo("ON_TRACK");
            assertThat(grdp.get("sharedBy").asInt()).as("matched across wards despite the extra space").isEqualTo(2);
        });
        JsonNode c = JSON.readTree(api().get("/api/reports/cities/hai-phong/comparison?year=2026", viewer).body());
        JsonNode leChan = c.get("wards").valueStream().filter(w -> w.get("code").asString().equals(LE_CHAN)).findFirst().orElseThrow();
        JsonNode anDuong = c.get("wards").valueStream().filter(w -> w.get("code").asString().equals(AN_DUONG)).findFirst().orElseThrow();
        assertThat(leChan.get("share").asDouble()).isEqualTo(100.0);
        assertThat(anDuong.get("share").asDouble()).isEqualTo(50.0);
        assertThat(leChan.get("rank").asInt()).isLessThan(anDuong.get("rank").asInt());
        assertThat(anDuong.get("name").asString()).isEqualTo("An Dương");
    }
}
