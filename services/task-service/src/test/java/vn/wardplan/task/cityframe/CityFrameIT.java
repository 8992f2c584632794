package vn.wardplan.task.cityframe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * The city's frame loaded from Kế hoạch 52/KH-UBND by its planning staff, Lê Chân's plan imported against it, and the
 * ward office reviewing what the platform proposed. Each test has a city of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class CityFrameIT {

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    String city;
    String planner;
    String office;
    String ward;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    @BeforeEach
    void cityWithAWard() throws Exception {
        city = "city-" + UUID.randomUUID().toString().substring(0, 8);
        ward = "ward-" + UUID.randomUUID().toString().substring(0, 8);
        planner = TestTokens.user("haiphong.kehoach", null, "city-planner", "city-viewer").city(city).sign();
        office = TestTokens.user("lechan.vanphong", ward, "ward-admin").city(city).sign();
        for (JsonNode unit : json.readTree(Path.of("../../deploy/demo/units.json").toFile()).get("le-chan")) {
            api().put("/api/units/" + unit.get("code").asString(), office, json.writeValueAsString(unit));
        }
    }

    static byte[] file(String path) throws Exception {
        return Files.readAllBytes(Path.of(path));
    }

    static final String FRAME = "../../deploy/demo/frames/hai-phong-52-KH-UBND-2026.txt";
    static final String LE_CHAN = "../../deploy/demo/plans/le-chan-45-KH-UBND-2026.txt";

    @Test
    void thePlannerLoadsTheFrameFromTheCityPlanAfterADryRunAndEveryoneOfTheCityReadsIt() throws Exception {
        ApiClient.Response dry = api().postFile("/api/indicator-frame/document", planner, "ke-hoach-52.txt", file(FRAME));
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(json.readTree(dry.body()).get("indicators")).hasSize(24);
        assertThat(api().get("/api/indicator-frame", planner).status()).isEqualTo(404);

        ApiClient.Response stored = api().postFile("/api/indicator-frame/document?dryRun=false", planner, "ke-hoach-52.txt",
                file(FRAME));
        JsonNode frame = json.readTree(stored.body());
        assertThat(frame.get("version").asInt()).isEqualTo(1);
        assertThat(frame.get("number").asString()).isEqualTo("52/KH-UBND");

        JsonNode read = json.readTree(api().get("/api/indicator-frame", office).body());
        assertThat(read.get("source").asString()).isEqualTo("52/KH-UBND");
        assertThat(read.at("/indicators/9/code").asString()).isEqualTo("8.2");
        assertThat(read.at("/indicators/9/parentCode").asString()).isEqualTo("8");
        String otherCity = TestTokens.user("x", null, "city-planner").city("other-" + city).sign();
        assertThat(api().get("/api/indicator-frame", otherCity).status()).isEqualTo(404);
        assertThat(api().postFile("/api/indicator-frame/document?dryRun=false", office, "k.txt", file(FRAME)).status())
                .isEqualTo(403);
        assertThat(api().put("/api/indicator-frame", office, "{\"indicators\":[{\"code\":\"1\",\"name\":\"A\"}]}").status())
                .isEqualTo(403);
    }

    @Test
    void aFrameThatMakesNoSenseIsRefusedAndTheVersionStays() throws Exception {
        api().put("/api/indicator-frame", planner, "{\"indicators\":[{\"code\":\"1\",\"name\":\"Thu ngân sách\",\"measureUnit\":\"%\"}]}");
        for (String bad : List.of("{\"indicators\":[]}",
                "{\"indicators\":[{\"code\":\"1\",\"name\":\"A\"},{\"code\":\"1\",\"name\":\"B\"}]}",
                "{\"indicators\":[{\"code\":\"1\",\"name\":\"A\"},{\"code\":\"1.1\",\"parentCode\":\"9\",\"name\":\"B\"}]}",
                "{\"indicators\":[{\"code\":\"a b\",\"name\":\"A\"}]}",
                "{\"indicators\":[{\"code\":\"1\",\"name\":\" \"}]}",
                "{\"indicators\":[{\"code\":\"1\",\"name\":\"A\",\"direction\":\"SIDEWAYS\"}]}")) {
            ApiClient.Response refused = api().put("/api/indicator-frame", planner, bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).contains("application/problem+json");
            assertThat(json.readTree(refused.body()).get("detail").asString()).isNotBlank();
        }
        JsonNode versions = json.readTree(api().get("/api/indicator-frame/versions", planner).body());
        assertThat(versions).hasSize(1);
        assertThat(versions.at("/0/changedBy").asString()).isEqualTo("haiphong.kehoach");
    }

    @Test
    void aWardImportIsMappedTheDryRunShowsItAndTheOfficeDecidesWhatThePlatformWasUnsureOf() throws Exception {
        api().postFile("/api/indicator-frame/document?dryRun=false", planner, "ke-hoach-52.txt", file(FRAME));

        JsonNode dry = json.readTree(api().postFile("/api/plans/import", office, "ke-hoach-45.txt", file(LE_CHAN)).body());
        Map<String, JsonNode> preview = byKey(dry.get("mappings"), "key");
        assertThat(preview.get("2").get("state").asString()).isEqualTo("AUTO");
        assertThat(preview.get("2").get("frameCode").asString()).isEqualTo("3");
        assertThat(preview.get("4").get("state").asString()).isEqualTo("PROPOSED");
        assertThat(preview.get("4").get("reason").asString()).contains("khác đơn vị tính");
        assertThat(preview.get("5").get("state").asString()).isEqualTo("WARD_ONLY");
        assertThat(api().get("/api/indicator-mappings", office).body()).isEqualTo("[]");

        api().postFile("/api/plans/import?dryRun=false", office, "ke-hoach-45.txt", file(LE_CHAN));
        Map<String, JsonNode> stored = mappings();
        assertThat(stored).hasSize(20);
        assertThat(stored.get("2").get("frameCode").asString()).isEqualTo("3");
        assertThat(stored.get("2").at("/proposal/confidence").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(stored.get("4").get("frameCode").isNull()).isTrue();
        assertThat(stored.get("4").at("/proposal/frameCode").asString()).isEqualTo("2");
        assertThat(stored.get("4").at("/proposal/frameName").asString()).isEqualTo("Thu nhập bình quân đầu người");

        String id4 = stored.get("4").get("indicatorId").asString();
        JsonNode confirmed = json.readTree(api().put("/api/indicator-mappings/" + id4, office, "{\"frameCode\":\"2\"}").body());
        assertThat(confirmed.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("decidedBy").asString()).isEqualTo("lechan.vanphong");
        JsonNode decision = json.readTree(vn.wardplan.platform.test.KafkaProbe.auditOf(id4, 1).getLast().value());
        assertThat(decision.get("kind").asString()).isEqualTo("MAPPING");
        assertThat(decision.at("/before/state").asString()).isEqualTo("PROPOSED");
        assertThat(decision.at("/after/state").asString()).isEqualTo("CONFIRMED");
        assertThat(decision.at("/after/frameCode").asString()).isEqualTo("2");
        // The platform's sure mapping is undone: the ward keeps this one as its own.
        String id2 = stored.get("2").get("indicatorId").asString();
        assertThat(json.readTree(api().put("/api/indicator-mappings/" + id2, office, "{\"frameCode\":null}").body())
                .get("state").asString()).isEqualTo("WARD_ONLY");
        // A frame indicator counts once per ward; an unknown one is refused.
        ApiClient.Response taken = api().put("/api/indicator-mappings/" + id2, office, "{\"frameCode\":\"6\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(json.readTree(taken.body()).get("detail").asString()).contains("Tỷ lệ tham gia BHYT toàn dân");
        assertThat(api().put("/api/indicator-mappings/" + id2, office, "{\"frameCode\":\"99\"}").status()).isEqualTo(400);
        String officer = TestTokens.user("lechan.kinhte", ward, "unit-officer").city(city).sign();
        assertThat(api().put("/api/indicator-mappings/" + id2, officer, "{\"frameCode\":\"3\"}").status()).isEqualTo(403);
        String otherWard = TestTokens.user("anduong.vanphong", "other-" + ward, "ward-admin").city(city).sign();
        assertThat(api().put("/api/indicator-mappings/" + id2, otherWard, "{\"frameCode\":\"3\"}").status()).isEqualTo(404);
        assertThat(api().get("/api/indicator-mappings/" + id2, otherWard).status()).isEqualTo(404);

        // Re-importing keeps the office's decisions.
        api().postFile("/api/plans/import?dryRun=false", office, "ke-hoach-45.txt", file(LE_CHAN));
        assertThat(mappings().get("4").get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(mappings().get("2").get("state").asString()).isEqualTo("WARD_ONLY");

        List<ConsumerRecord<String, byte[]>> events = KafkaProbe.read("wardplan.indicator-frames", Duration.ofSeconds(20),
                seen -> seen.stream().filter(r -> id4.equals(r.key())).count() >= 2);
        assertThat(events).filteredOn(r -> id4.equals(r.key())).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aNewFrameVersionProposesAgainButKeepsTheOfficesDecisionsWhileTheirCodesExist() throws Exception {
        api().postFile("/api/indicator-frame/document?dryRun=false", planner, "ke-hoach-52.txt", file(FRAME));
        api().postFile("/api/plans/import?dryRun=false", office, "ke-hoach-45.txt", file(LE_CHAN));
        Map<String, JsonNode> before = mappings();
        api().put("/api/indicator-mappings/" + before.get("4").get("indicatorId").asString(), office, "{\"frameCode\":\"2\"}");
        api().put("/api/indicator-mappings/" + before.get("5").get("indicatorId").asString(), office, "{\"frameCode\":null}");

        // Version 2 drops the income indicator and adds new enterprises.
        JsonNode frame = json.readTree(api().get("/api/indicator-frame", planner).body());
        List<Map<String, Object>> indicators = new java.util.ArrayList<>();
        for (JsonNode i : frame.get("indicators")) {
            if (!i.get("code").asString().equals("2")) {
                indicators.add(json.convertValue(i, Map.class));
            }
        }
        indicators.add(Map.of("code", "20", "name", "Số doanh nghiệp thành lập mới", "measureUnit", "Doanh nghiệp",
                "group", "CHỈ TIÊU KINH TẾ"));
        ApiClient.Response v2 = api().put("/api/indicator-frame", planner, json.writeValueAsString(Map.of("indicators", indicators)));
        assertThat(json.readTree(v2.body()).get("version").asInt()).isEqualTo(2);

        Map<String, JsonNode> after = mappings();
        // The office chose an indicator the frame no longer has: the platform proposes again (nothing close now).
        assertThat(after.get("4").get("state").asString()).isEqualTo("WARD_ONLY");
        assertThat(after.get("4").get("frameCode").isNull()).isTrue();
        assertThat(after.get("4").get("decidedBy").isNull()).isTrue();
        // "the ward's own" was the office's decision, and it stands against the new version too.
        assertThat(after.get("5").get("state").asString()).isEqualTo("WARD_ONLY");
        assertThat(after.get("5").get("decidedBy").asString()).isEqualTo("lechan.vanphong");
        assertThat(after.get("5").at("/proposal/frameCode").asString()).isEqualTo("20");
        assertThat(after.values()).allSatisfy(m -> assertThat(m.get("frameVersion").asInt()).isEqualTo(2));
        assertThat(json.readTree(api().get("/api/indicator-frame/versions/1", planner).body()).get("indicators")).hasSize(24);
    }

    private Map<String, JsonNode> mappings() throws Exception {
        return byKey(json.readTree(api().get("/api/indicator-mappings", office).body()), "key");
    }

    private static Map<String, JsonNode> byKey(JsonNode array, String field) {
        Map<String, JsonNode> byKey = new HashMap<>();
        array.forEach(n -> byKey.put(n.get(field).asString(), n));
        return byKey;
    }
}
