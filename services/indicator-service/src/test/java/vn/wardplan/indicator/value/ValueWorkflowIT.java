package vn.wardplan.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.indicator.indicator.Indicator;
import vn.wardplan.indicator.target.TargetSpec;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;

/** The GRDP indicator's 2026 value: entered and submitted by Phòng Kinh tế, approved by the ward office, assessed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class ValueWorkflowIT {

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    String ward;
    String grdp;
    String kinhTe;
    String vhxh;
    String vanPhong;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    @BeforeEach
    void grdpIndicator() {
        ward = "test-" + UUID.randomUUID().toString().substring(0, 8);
        grdp = ward + ":86-KH-UBND:1";
        mongo.save(new Indicator(grdp, ward, "hai-phong", "86/KH-UBND", "1",
                new Indicator.Definition(1, "1", null, "NHÓM CHỈ TIÊU VỀ KINH TẾ", "Tổng giá trị sản phẩm trên địa bàn", "%",
                        "", "14 - 15", new TargetSpec("GROWTH_RANGE", new BigDecimal("14"), new BigDecimal("15"), null, null,
                        null, "14 - 15"), null, null, null, "Phó Chủ tịch UBND phường phụ trách kinh tế",
                        "kinh-te-ha-tang-do-thi", "Phòng Kinh tế, Hạ tầng và Đô thị", 2026, 2030),
                null, List.of(), Instant.now(), Instant.now(), null, List.of()));
        kinhTe = TestTokens.user("anduong.kinhte", ward, "unit-officer").unit("kinh-te-ha-tang-do-thi").sign();
        vhxh = TestTokens.user("anduong.vhxh", ward, "unit-officer").unit("van-hoa-xa-hoi").sign();
        vanPhong = TestTokens.user("anduong.vanphong", ward, "ward-admin").unit("van-phong").sign();
    }

    String path(String suffix) {
        return "/api/indicators/" + grdp + suffix;
    }

    @Test
    void enterSubmitApproveAndAssessTheYear() throws Exception {
        assertThat(api().put(path("/values/2026"), vhxh, "{\"value\":112}").status()).isEqualTo(403);

        ApiClient.Response entered = api().put(path("/values/2026"), kinhTe, "{\"value\":112,\"source\":\"Chi cục Thống kê\"}");
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(json.readTree(entered.body()).get("status").asString()).isEqualTo("DRAFT");
        assertThat(json.readTree(api().post(path("/values/2026/submit"), kinhTe, "").body()).get("status").asString())
                .isEqualTo("SUBMITTED");
        assertThat(json.readTree(api().get("/api/indicators?year=2026&awaiting=true", vanPhong).body()).get("content")
                .findValuesAsString("id")).as("chờ duyệt").containsExactly(grdp);
        assertThat(api().put(path("/values/2026"), kinhTe, "{\"value\":113}").status()).isEqualTo(409);
        ApiClient.Response notTheOffice = api().post(path("/values/2026/approve"), kinhTe, "");
        assertThat(notTheOffice.status()).isEqualTo(403);
        assertThat(json.readTree(notTheOffice.body()).get("title").asString()).isEqualTo("Không có quyền");
        assertThat(json.readTree(api().post(path("/values/2026/approve"), vanPhong, "").body()).get("status").asString())
                .isEqualTo("APPROVED");

        assertThat(json.readTree(api().get("/api/indicators?year=2026&awaiting=true", vanPhong).body()).at("/page/totalElements")
                .asLong()).as("approved: nothing waits").isZero();
        JsonNode withoutBaseline = json.readTree(api().get(path("/assessment?year=2026"), kinhTe).body());
        assertThat(withoutBaseline.at("/assessment/status").asString()).isEqualTo("NO_DATA");

        assertThat(api().put(path("/baseline"), vanPhong, "{\"year\":2025,\"value\":100}").status()).isEqualTo(200);
        JsonNode assessed = json.readTree(api().get(path("/assessment?year=2026"), kinhTe).body());
        assertThat(assessed.at("/assessment/status").asString()).isEqualTo("AT_RISK");
        assertThat(assessed.at("/assessment/neededRate").asDouble()).isEqualTo(14.5);
        assertThat(assessed.at("/assessment/reason").asString()).contains("cần đạt 14,5 %/năm trong các năm còn lại");

        var changes = vn.wardplan.platform.test.KafkaProbe.read("wardplan.indicators", java.time.Duration.ofSeconds(20),
                seen -> seen.stream().filter(r -> grdp.equals(r.key()) && "vn.wardplan.indicator.assessment-changed.v1"
                        .equals(vn.wardplan.platform.test.KafkaProbe.header(r, "ce_type"))).count() >= 2);
        assertThat(vn.wardplan.platform.test.KafkaProbe.distinct(changes)).filteredOn(r -> grdp.equals(r.key()) && "vn.wardplan.indicator.assessment-changed.v1"
                .equals(vn.wardplan.platform.test.KafkaProbe.header(r, "ce_type")))
                .extracting(r -> json.readTree(r.value()).get("status").asString()).containsExactly("NO_DATA", "AT_RISK");

        JsonNode listed = json.readTree(api().get("/api/indicators?year=2026&status=AT_RISK", kinhTe).body());
        assertThat(listed.get("content").findValuesAsString("id")).containsExactly(grdp);
        assertThat(json.readTree(api().get("/api/indicators?year=2026&status=ON_TRACK", kinhTe).body()).at("/page/totalElements")
                .asLong()).isZero();

        String chuTich = TestTokens.user("anduong.chutich", ward, "ward-leader").sign();
        assertThat(api().post(path("/comments"), chuTich, "{\"text\":\"Cần giải pháp thu hút đầu tư\",\"year\":2026}").status())
                .isEqualTo(201);
        // Refused by the endpoint's role gate, with the problem that says who may comment (@WhenDenied).
        ApiClient.Response refused = api().post(path("/comments"), kinhTe, "{\"text\":\"x\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(json.readTree(refused.body()).get("title").asString()).isEqualTo("Không có quyền nhận xét");
        assertThat(api().get(path("/comments"), kinhTe).body()).contains("Cần giải pháp thu hút đầu tư", "anduong.chutich");
        // The comment as a view: who, what, when — not the stored document's tenancy fields.
        assertThat(api().get(path("/comments"), kinhTe).body()).doesNotContain("\"ward\"", "\"city\"");

        JsonNode history = json.readTree(api().get(path("/values"), vanPhong).body()).get(0).get("history");
        assertThat(history.findValuesAsString("action")).containsExactly("ENTERED", "SUBMITTED", "APPROVED");
        assertThat(history.findValuesAsString("by")).containsExactly("anduong.kinhte", "anduong.kinhte", "anduong.vanphong");
    }

    @Test
    void theSixMonthEstimateStandsForTheYearUntilTheAnnualValueIsApprovedAndTheAssessmentSaysSo() throws Exception {
        assertThat(api().put(path("/baseline"), vanPhong, "{\"year\":2025,\"value\":100}").status()).isEqualTo(200);
        api().put(path("/values/2026-6M"), kinhTe, "{\"value\":115,\"source\":\"Ước thực hiện 6 tháng\"}");
        api().post(path("/values/2026-6M/submit"), kinhTe, "");
        api().post(path("/values/2026-6M/approve"), vanPhong, "");

        JsonNode onEstimate = json.readTree(api().get(path("/assessment?year=2026"), kinhTe).body());
        assertThat(onEstimate.at("/assessment/basis").asString()).isEqualTo("2026-6M");
        assertThat(onEstimate.at("/assessment/status").asString()).isEqualTo("ON_TRACK");
        assertThat(onEstimate.at("/assessment/reason").asString()).startsWith("Theo ước thực hiện 6 tháng: ");

        api().put(path("/values/2026"), kinhTe, "{\"value\":112}");
        api().post(path("/values/2026/submit"), kinhTe, "");
        api().post(path("/values/2026/approve"), vanPhong, "");
        JsonNode onYear = json.readTree(api().get(path("/assessment?year=2026"), kinhTe).body());
        assertThat(onYear.at("/assessment/basis").asString()).isEqualTo("2026");
        assertThat(onYear.at("/assessment/status").asString()).isEqualTo("AT_RISK");
        assertThat(onYear.at("/assessment/reason").asString()).doesNotContain("ước thực hiện 6 tháng");
    }

    /** A health-insurance coverage indicator of the same ward: a share, "Trên 97,5". */
    String coverage() {
        String id = ward + ":86-KH-UBND:6";
        mongo.save(new Indicator(id, ward, "hai-phong", "86/KH-UBND", "6",
                new Indicator.Definition(6, "6", null, "NHÓM CHỈ TIÊU XÃ HỘI", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%",
                        "", "Trên 97,5", new TargetSpec("FLOOR", null, null, new BigDecimal("97.5"), true, null,
                        "Trên 97,5"), null, null, null, "Phó Chủ tịch UBND phường phụ trách văn xã", "van-hoa-xa-hoi",
                        "Phòng Văn hóa - Xã hội", 2026, 2030),
                null, List.of(), Instant.now(), Instant.now(), null, List.of()));
        return id;
    }

    @Test
    void aCoverageOfOneHundredAndFiftyPercentNeedsAReasonToBeSentAndTheOfficeSeesBoth() throws Exception {
        String path = "/api/indicators/" + coverage() + "/values/2026";
        JsonNode entered = json.readTree(api().put(path, vhxh, "{\"value\":150}").body());
        assertThat(entered.get("status").asString()).isEqualTo("DRAFT");
        assertThat(entered.at("/checks/0/kind").asString()).isEqualTo("PERCENT_RANGE");
        assertThat(entered.at("/checks/0/message").asString()).isEqualTo("Tỷ lệ 150 % nằm ngoài khoảng 0–100 %.");

        ApiClient.Response silent = api().post(path + "/submit", vhxh, "");
        assertThat(silent.status()).isEqualTo(422);
        assertThat(silent.contentType()).startsWith("application/problem+json");
        assertThat(json.readTree(silent.body()).get("detail").asString()).contains("nằm ngoài khoảng 0–100 %", "Hãy ghi lý do");
        assertThat(api().post(path + "/submit", vhxh, "{\"reason\":\"  \"}").status()).isEqualTo(422);
        assertThat(json.readTree(api().get(path.replace("/values/2026", "/values"), vhxh).body()).at("/0/status").asString())
                .isEqualTo("DRAFT");

        ApiClient.Response explained = api().post(path + "/submit", vhxh,
                "{\"reason\":\"Số liệu của Bảo hiểm xã hội gộp cả người ngoài phường đóng tại doanh nghiệp trên địa bàn\"}");
        assertThat(explained.status()).as(explained.body()).isEqualTo(200);
        JsonNode submitted = json.readTree(explained.body());
        assertThat(submitted.get("checkReason").asString()).startsWith("Số liệu của Bảo hiểm xã hội");
        assertThat(submitted.at("/history/1/action").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.at("/history/1/checks/0").asString()).isEqualTo("PERCENT_RANGE");
        assertThat(submitted.at("/history/1/comment").asString()).startsWith("Số liệu của Bảo hiểm xã hội");
        // What the office reads when it approves: the same checks and the reason.
        JsonNode forOffice = json.readTree(api().get(path.replace("/values/2026", "/values"), vanPhong).body()).get(0);
        assertThat(forOffice.at("/checks/0/kind").asString()).isEqualTo("PERCENT_RANGE");
        assertThat(forOffice.get("checkReason").asString()).startsWith("Số liệu của Bảo hiểm xã hội");
    }

    @Test
    void theOfficeSwitchesACheckOffForAnIndicatorAndOnlyTheOfficeMay() throws Exception {
        String id = coverage();
        JsonNode checks = json.readTree(api().get("/api/indicators/" + id + "/checks", vhxh).body());
        assertThat(checks.findValuesAsString("kind")).contains("PERCENT_RANGE", "JUMP", "ESTIMATE_GAP")
                .doesNotContain("NEGATIVE_COUNT", "BEYOND_END_TARGET");
        String off = "{\"checks\":{\"PERCENT_RANGE\":{\"enabled\":false}}}";
        assertThat(api().put("/api/indicators/" + id + "/checks", vhxh, off).status()).isEqualTo(403);
        assertThat(api().put("/api/indicators/" + id + "/checks", vanPhong, "{\"checks\":{\"NEGATIVE_COUNT\":{\"enabled\":true}}}")
                .status()).isEqualTo(400);
        assertThat(api().put("/api/indicators/" + id + "/checks", vanPhong, "{\"checks\":{\"JUMP\":{\"enabled\":true,\"threshold\":0}}}")
                .status()).isEqualTo(400);
        assertThat(api().put("/api/indicators/" + id + "/checks", vanPhong, "{\"checks\":{\"SIDEWAYS\":{\"enabled\":true}}}")
                .status()).isEqualTo(400);
        JsonNode changed = json.readTree(api().put("/api/indicators/" + id + "/checks", vanPhong, off).body());
        assertThat(changed.valueStream().filter(c -> c.get("kind").asString().equals("PERCENT_RANGE")).findFirst().orElseThrow()
                .get("enabled").asBoolean()).isFalse();

        var checkEntry = json.readTree(vn.wardplan.platform.test.KafkaProbe.auditOf(id, 1).getLast().value());
        assertThat(checkEntry.get("action").asString()).isEqualTo("checks.changed");
        assertThat(checkEntry.at("/before/PERCENT_RANGE/enabled").asBoolean()).isTrue();
        assertThat(checkEntry.at("/after/PERCENT_RANGE/enabled").asBoolean()).isFalse();

        JsonNode entered = json.readTree(api().put("/api/indicators/" + id + "/values/2026", vhxh, "{\"value\":150}").body());
        assertThat(entered.get("checks")).isEmpty();
        assertThat(api().post("/api/indicators/" + id + "/values/2026/submit", vhxh, "").status()).isEqualTo(200);
    }

    @Test
    void anApprovedValueIsLockedUntilTheOfficeReopensItWithAReason() throws Exception {
        api().put(path("/values/2026"), kinhTe, "{\"value\":112}");
        api().post(path("/values/2026/submit"), kinhTe, "");
        api().post(path("/values/2026/approve"), vanPhong, "");
        assertThat(api().put(path("/values/2026"), kinhTe, "{\"value\":113}").status()).isEqualTo(409);
        assertThat(api().post(path("/values/2026/reopen"), vanPhong, "{}").status()).isEqualTo(400);
        assertThat(api().post(path("/values/2026/reopen"), kinhTe, "{\"reason\":\"x\"}").status()).isEqualTo(403);

        JsonNode reopened = json.readTree(api().post(path("/values/2026/reopen"), vanPhong,
                "{\"reason\":\"Chi cục Thống kê công bố lại số liệu năm 2026\"}").body());
        assertThat(reopened.get("status").asString()).isEqualTo("RETURNED");
        assertThat(reopened.get("returnComment").asString()).isEqualTo("Mở lại giá trị đã duyệt: Chi cục Thống kê công bố lại số liệu năm 2026");
        assertThat(reopened.get("history").findValuesAsString("action")).containsExactly("ENTERED", "SUBMITTED", "APPROVED", "REOPENED");
        // The unit corrects it; the reopening reached the unit as a return.
        assertThat(api().put(path("/values/2026"), kinhTe, "{\"value\":113}").status()).isEqualTo(200);
        var returned = vn.wardplan.platform.test.KafkaProbe.read("wardplan.indicators", java.time.Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> grdp.equals(r.key()) && "vn.wardplan.indicator.value-returned.v1"
                        .equals(vn.wardplan.platform.test.KafkaProbe.header(r, "ce_type"))));
        assertThat(returned).filteredOn(r -> grdp.equals(r.key()) && "vn.wardplan.indicator.value-returned.v1"
                .equals(vn.wardplan.platform.test.KafkaProbe.header(r, "ce_type")))
                .extracting(r -> json.readTree(r.value()).get("comment").asString()).contains(reopened.get("returnComment").asString());

        // Every step is in the ward's audit trail, with who, the value before and after, and the reason of the reopening.
        var trail = vn.wardplan.platform.test.KafkaProbe.auditOf(grdp + "@2026", 5).stream().map(r -> json.readTree(r.value())).toList();
        assertThat(trail).extracting(e -> e.get("action").asString())
                .containsExactly("value.entered", "value.submitted", "value.approved", "value.reopened", "value.entered");
        JsonNode reopening = trail.get(3);
        assertThat(reopening.get("service").asString()).isEqualTo("indicator-service");
        assertThat(reopening.get("kind").asString()).isEqualTo("VALUE");
        assertThat(reopening.get("actor").asString()).isEqualTo("anduong.vanphong");
        assertThat(reopening.at("/before/status").asString()).isEqualTo("APPROVED");
        assertThat(reopening.at("/after/status").asString()).isEqualTo("RETURNED");
        assertThat(reopening.get("reason").asString()).isEqualTo("Chi cục Thống kê công bố lại số liệu năm 2026");
        assertThat(trail.get(4).at("/before/value").decimalValue()).isEqualByComparingTo("112");
        assertThat(trail.get(4).at("/after/value").decimalValue()).isEqualByComparingTo("113");
    }

    @Test
    void theOfficeAdjustsATargetFromAYearAndTheEarlierYearKeepsItsTarget() throws Exception {
        api().put(path("/baseline"), vanPhong, "{\"year\":2025,\"value\":100}");
        api().put(path("/values/2026"), kinhTe, "{\"value\":112}");
        api().post(path("/values/2026/submit"), kinhTe, "");
        api().post(path("/values/2026/approve"), vanPhong, "");
        String lowered = "{\"target\":{\"kind\":\"GROWTH_RANGE\",\"low\":10,\"high\":12},\"fromYear\":%d}";
        ApiClient.Response fromStart = api().put(path("/target"), vanPhong, lowered.formatted(2026));
        assertThat(fromStart.status()).isEqualTo(400);
        assertThat(json.readTree(fromStart.body()).get("detail").asString()).contains("từ 2027 đến 2030");

        assertThat(api().put(path("/target"), vanPhong, lowered.formatted(2027)).status()).isEqualTo(200);
        JsonNode indicator = json.readTree(api().get(path(""), vanPhong).body());
        assertThat(indicator.at("/target/low").asDouble()).isEqualTo(10);
        assertThat(indicator.at("/earlierTargets/0/target/low").asDouble()).isEqualTo(14);
        assertThat(indicator.at("/earlierTargets/0/replacedBy").asString()).isEqualTo("anduong.vanphong");
        JsonNode year2026 = json.readTree(api().get(path("/assessment?year=2026"), kinhTe).body());
        assertThat(year2026.at("/assessment/status").asString()).isEqualTo("AT_RISK");
        assertThat(year2026.at("/assessment/reason").asString()).contains("áp dụng đến năm 2026");
    }

    @Test
    void aReturnedValueCarriesTheCommentAndCanBeCorrected() throws Exception {
        api().put(path("/values/2027"), kinhTe, "{\"value\":130}");
        api().post(path("/values/2027/submit"), kinhTe, "");
        ApiClient.Response returned = api().post(path("/values/2027/return"), vanPhong, "{\"comment\":\"Số liệu chưa khớp báo cáo thống kê\"}");

        assertThat(json.readTree(returned.body()).get("returnComment").asString()).isEqualTo("Số liệu chưa khớp báo cáo thống kê");
        assertThat(api().put(path("/values/2027"), kinhTe, "{\"value\":128.5}").status()).isEqualTo(200);
        assertThat(api().post(path("/values/2027/return"), vanPhong, "{\"comment\":\"\"}").status()).isEqualTo(400);
    }

    @Test
    void badPeriodsAndValuesAreRefusedAndChangeNothing() throws Exception {
        ApiClient.Response quarter = api().put(path("/values/2026-Q5"), kinhTe, "{\"value\":1}");
        ApiClient.Response outside = api().put(path("/values/2031"), kinhTe, "{\"value\":1}");
        ApiClient.Response noValue = api().put(path("/values/2026"), kinhTe, "{\"source\":\"x\"}");

        assertThat(quarter.status()).isEqualTo(400);
        assertThat(quarter.body()).contains("Kỳ báo cáo không hợp lệ");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(noValue.status()).isEqualTo(400);
        assertThat(api().get(path("/values"), kinhTe).body()).isEqualTo("[]");
        assertThat(api().put(path("/values/2026-Q1"), kinhTe, "{\"value\":3.2}").status()).isEqualTo(200);
    }
}
