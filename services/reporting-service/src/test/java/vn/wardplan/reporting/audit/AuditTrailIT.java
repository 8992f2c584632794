package vn.wardplan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
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
 * The audit trail as reporting-service keeps it from the entries the services record: a ward office reads its own ward's
 * (filtered, paged, as a workbook), a platform-admin any ward's, nobody else; an entry is stored once, never changed,
 * and one that claims a service that did not write it is not believed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class AuditTrailIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String WARD = "an-duong-" + RUN;
    static final String OTHER = "le-chan-" + RUN;
    static final String TYPE = "vn.wardplan.audit.change-recorded.v1";
    static final String VALUE_ID = WARD + ":86-KH-UBND:6@2026";
    static final String OFFICE = TestTokens.user("anduong.vanphong", WARD, "ward-admin").sign();

    @LocalServerPort
    int port;

    @BeforeAll
    static void entries() {
        Instant day1 = Instant.parse("2026-11-20T03:00:00Z");
        Instant day2 = Instant.parse("2026-11-25T03:00:00Z");
        Instant day3 = Instant.parse("2026-11-30T17:30:00Z"); // 1 December in Vietnam
        // A forged entry first, on the same key: it must not be stored, and the real one after it must.
        KafkaProbe.publishAs("wardplan.audit", VALUE_ID, TYPE, WARD, "hai-phong", entry("VALUE", VALUE_ID, "value.approved",
                "hacker", "Kẻ giả mạo", "{\"status\":\"SUBMITTED\"}", "{\"status\":\"APPROVED\"}", null), day1, "/wardplan/test");
        String approved = UUID.randomUUID().toString();
        for (int delivery = 0; delivery < 2; delivery++) {
            KafkaProbe.publishAs("wardplan.audit", VALUE_ID, TYPE, WARD, "hai-phong", entry("VALUE", VALUE_ID, "value.approved",
                    "anduong.vanphong", "Nguyễn Thị Lan", "{\"value\":97.8,\"status\":\"SUBMITTED\",\"note\":\"Theo BHXH\"}",
                    "{\"value\":97.8,\"status\":\"APPROVED\",\"note\":\"Theo BHXH\"}", null), day1, "/wardplan/indicator-service",
                    approved);
        }
        KafkaProbe.publishAs("wardplan.audit", WARD + ":86-KH-UBND:2/2026", TYPE, WARD, "hai-phong", entry("DEADLINE",
                WARD + ":86-KH-UBND:2/2026", "deadline.rescheduled", "anduong.vanphong", "Nguyễn Thị Lan",
                "{\"dueDate\":\"2026-12-16\"}", "{\"dueDate\":\"2026-12-22\"}", "Chờ số liệu của Chi cục Thống kê"), day2,
                "/wardplan/task-service");
        KafkaProbe.publishAs("wardplan.audit", WARD + ":anduong.congan", TYPE, WARD, "hai-phong", entry("ACCOUNT",
                WARD + ":anduong.congan", "account.changed", "platform.admin", "Quản trị nền tảng", "{\"enabled\":true}",
                "{\"enabled\":false}", null), day3, "/wardplan/ward-service");
        KafkaProbe.publishAs("wardplan.audit", OTHER, TYPE, OTHER, "hai-phong", entry("REMINDER_POLICY", OTHER, "policy.changed",
                "lechan.vanphong", "Lê Văn Bình", null, "{\"beforeWorkingDays\":[5]}", null), day2, "/wardplan/notification-service");
    }

    static String entry(String kind, String item, String action, String actor, String name, String before, String after,
            String reason) {
        return """
                {"service":"indicator-service","kind":"%s","item":"%s","label":"Mục %s","action":"%s","actor":"%s",
                 "actorName":"%s","before":%s,"after":%s,"reason":%s}
                """.formatted(kind, item, item, action, actor, name, before, after, reason == null ? "null" : "\"" + reason + "\"");
    }

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    JsonNode trail(String query, String token) {
        ApiClient.Response response = api().get("/api/reports/wards/" + WARD + "/audit" + query, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    void awaitAll() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(trail("", OFFICE).at("/page/totalElements").asLong()).isEqualTo(3));
    }

    @Test
    void theOfficeReadsItsWardsTrailNewestFirstWithWhatChangedAndTheServiceFromTheEnvelope() {
        awaitAll();
        JsonNode all = trail("", OFFICE);
        assertThat(all.get("content").findValuesAsString("action")).containsExactly("account.changed", "deadline.rescheduled",
                "value.approved");
        JsonNode approval = all.get("content").get(2);
        assertThat(approval.get("actor").asString()).as("the forged entry was not believed").isEqualTo("anduong.vanphong");
        assertThat(approval.get("service").asString()).isEqualTo("indicator-service");
        assertThat(all.get("content").get(1).get("service").asString()).as("from the envelope, not the data").isEqualTo("task-service");
        assertThat(approval.get("changes")).hasSize(1);
        assertThat(approval.at("/changes/0/field").asString()).isEqualTo("status");
        assertThat(approval.at("/changes/0/before").asString()).isEqualTo("SUBMITTED");
        assertThat(approval.at("/changes/0/after").asString()).isEqualTo("APPROVED");
        assertThat(approval.at("/before/note").asString()).isEqualTo("Theo BHXH");
        assertThat(all.get("content").get(1).get("reason").asString()).isEqualTo("Chờ số liệu của Chi cục Thống kê");
    }

    @Test
    void filtersByOfficialItemKindAndDaysAndPages() {
        awaitAll();
        assertThat(trail("?user=VANPHONG", OFFICE).at("/page/totalElements").asLong()).isEqualTo(2);
        assertThat(trail("?user=" + enc("Quản trị"), OFFICE).get("content").findValuesAsString("kind")).containsExactly("ACCOUNT");
        assertThat(trail("?item=" + enc(VALUE_ID), OFFICE).get("content").findValuesAsString("kind")).containsExactly("VALUE");
        assertThat(trail("?item=" + enc(":86-KH-UBND:2"), OFFICE).get("content").findValuesAsString("kind")).containsExactly("DEADLINE");
        assertThat(trail("?item=.*", OFFICE).at("/page/totalElements").asLong()).as("text, not a pattern").isZero();
        assertThat(trail("?kind=VALUE&kind=ACCOUNT", OFFICE).at("/page/totalElements").asLong()).isEqualTo(2);
        assertThat(trail("?from=2026-11-21&to=2026-11-30", OFFICE).get("content").findValuesAsString("kind")).containsExactly("DEADLINE");
        assertThat(trail("?from=2026-12-01", OFFICE).get("content").findValuesAsString("kind")).as("Vietnam's day").containsExactly("ACCOUNT");
        JsonNode second = trail("?size=1&page=1", OFFICE);
        assertThat(second.get("content").findValuesAsString("kind")).containsExactly("DEADLINE");
        assertThat(second.at("/page/totalPages").asInt()).isEqualTo(3);

        for (String bad : new String[] {"?kind=SIDEWAYS", "?from=2026-12-02&to=2026-12-01", "?size=0", "?from=hôm-qua",
                "?user=" + "x".repeat(201)}) {
            ApiClient.Response refused = api().get("/api/reports/wards/" + WARD + "/audit" + bad, OFFICE);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).as(bad).startsWith("application/problem+json");
        }
    }

    @Test
    void onlyTheWardsOfficeAndAPlatformAdminReadItAndNothingChangesIt() {
        awaitAll();
        String path = "/api/reports/wards/" + WARD + "/audit";
        assertThat(api().get(path, TestTokens.user("lechan.vanphong", OTHER, "ward-admin").sign()).status()).isEqualTo(403);
        assertThat(api().get(path, TestTokens.user("anduong.chutich", WARD, "ward-leader").sign()).status()).isEqualTo(403);
        assertThat(api().get(path, TestTokens.user("anduong.kinhte", WARD, "unit-officer").sign()).status()).isEqualTo(403);
        assertThat(api().get(path, TestTokens.user("haiphong.viewer", null, "city-viewer").city("hai-phong").sign()).status())
                .isEqualTo(403);
        assertThat(api().get(path + ".xlsx", TestTokens.user("lechan.vanphong", OTHER, "ward-admin").sign()).status()).isEqualTo(403);
        String admin = TestTokens.user("platform.admin", null, "platform-admin").city("hai-phong").sign();
        assertThat(JSON.readTree(api().get(path, admin).body()).at("/page/totalElements").asLong()).isEqualTo(3);
        assertThat(JSON.readTree(api().get("/api/reports/wards/" + OTHER + "/audit", admin).body()).get("content")
                .findValuesAsString("actor")).containsExactly("lechan.vanphong");

        String id = trail("", OFFICE).at("/content/0/id").asString();
        for (ApiClient.Response attempt : new ApiClient.Response[] {api().put(path, OFFICE, "{}"), api().post(path, OFFICE, "{}"),
                api().delete(path, OFFICE), api().patch(path, OFFICE, "{}"), api().put(path + "/" + id, OFFICE, "{\"actor\":\"x\"}"),
                api().delete(path + "/" + id, OFFICE), api().delete(path, admin)}) {
            assertThat(attempt.status()).isIn(404, 405);
        }
        JsonNode after = trail("", OFFICE);
        assertThat(after.at("/page/totalElements").asLong()).isEqualTo(3);
        assertThat(after.at("/content/0/actor").asString()).isEqualTo("platform.admin");
    }

    @Test
    void theWorkbookHasOneRowPerEntryInTheOfficesWords() throws Exception {
        awaitAll();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/reports/wards/" + WARD + "/audit.xlsx?kind=VALUE&kind=DEADLINE")).header("Authorization", "Bearer " + OFFICE)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("nhat-ky-" + WARD + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = book.getSheet("Nhật ký thay đổi");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("NHẬT KÝ THAY ĐỔI", "loại: Số liệu chỉ tiêu, Hạn báo cáo");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("Hạn báo cáo");
            assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo("dueDate: 2026-12-16 → 2026-12-22");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("20/11/2026 10:00:00");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Lan");
            assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("status: SUBMITTED → APPROVED");
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
