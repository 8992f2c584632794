package vn.wardplan.reporting.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;
import vn.wardplan.reporting.FixedDay;
import vn.wardplan.reporting.ReportingEvents;

/**
 * A ward's public page: its office turns it on, then anyone reads the plan's indicators and task counts without
 * signing in; an unpublished, unknown or turned-off ward answers the same 404; nobody else may flip the switch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestInfrastructure.class, FixedDay.class})
class PublicPlanIT {

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

    @Test
    void theWardOfficePublishesItsPlanAndAnyoneReadsItWithoutSigningIn() {
        String publication = "/api/reports/wards/" + AN_DUONG + "/publication";
        String page = "/api/public/wards/" + AN_DUONG + "/plan?year=2026";
        assertThat(api().get(page, null).status()).isEqualTo(404);

        String leader = TestTokens.user("anduong.chutich", AN_DUONG, "ward-leader").sign();
        String otherOffice = TestTokens.user("lechan.vanphong", LE_CHAN, "ward-admin").sign();
        ApiClient.Response leaderRefused = api().put(publication, leader, "{\"published\":true}");
        assertThat(leaderRefused.status()).isEqualTo(403);
        assertThat(leaderRefused.body()).contains("Chỉ Văn phòng HĐND và UBND của phường, xã được bật hoặc tắt trang công khai");
        assertThat(api().put(publication, otherOffice, "{\"published\":true}").status()).isEqualTo(403);
        assertThat(api().put(publication, null, "{\"published\":true}").status()).isEqualTo(401);
        assertThat(api().put(publication, TestTokens.user("anduong.vanphong", AN_DUONG, "ward-admin").sign(), "{}").status())
                .isEqualTo(400);

        ApiClient.Response on = api().put(publication, TestTokens.user("anduong.vanphong", AN_DUONG, "ward-admin").sign(),
                "{\"published\":true}");
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertThat(on.body()).contains("\"publicPage\":\"/public/" + AN_DUONG + "\"");
        assertThat(api().get(publication, leader).body()).contains("\"published\":true");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ApiClient.Response plan = api().get(page, null);
            assertThat(plan.status()).isEqualTo(200);
            assertThat(plan.body()).contains("\"wardName\":\"An Dương\"", "Tổng giá trị sản phẩm trên địa bàn", "\"status\":\"AT_RISK\"");
        });
        assertThat(api().get(page, null).body()).as("no internal detail").doesNotContain("\"units\"", "overdue", "directingLeader");

        ApiClient.Response unpublished = api().get("/api/public/wards/" + LE_CHAN + "/plan", null);
        ApiClient.Response unknown = api().get("/api/public/wards/khong-co-" + RUN + "/plan", null);
        assertThat(unpublished.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unpublished.contentType()).startsWith("application/problem+json");
        assertThat(unpublished.body()).contains("Trang công khai không có");

        api().put(publication, TestTokens.user("anduong.vanphong", AN_DUONG, "ward-admin").sign(), "{\"published\":false}");
        assertThat(api().get(page, null).status()).isEqualTo(404);
    }
}
