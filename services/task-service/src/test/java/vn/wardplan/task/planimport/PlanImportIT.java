package vn.wardplan.task.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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

/** Kế hoạch 86/KH-UBND imported over HTTP into a ward whose units are those of the demo catalogue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class PlanImportIT {

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** Each test imports into a ward of its own, set up with An Dương's unit catalogue. */
    String ADMIN;
    String ward;

    @BeforeEach
    void wardWithUnits() throws Exception {
        ward = "test-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        ADMIN = TestTokens.user("anduong.vanphong", ward, "ward-admin").sign();
        for (JsonNode unit : json.readTree(Path.of("../../deploy/demo/units.json").toFile()).get("an-duong")) {
            api().put("/api/units/" + unit.get("code").asString(), ADMIN, json.writeValueAsString(unit));
        }
    }

    static byte[] seed() throws Exception {
        return Files.readAllBytes(Path.of("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt"));
    }

    @Test
    void aDryRunShowsEverythingAndStoresNothing() throws Exception {
        ApiClient.Response dry = api().postFile("/api/plans/import", ADMIN, "ke-hoach-86.txt", seed());

        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        JsonNode report = json.readTree(dry.body());
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.at("/plan/number").asString()).isEqualTo("86/KH-UBND");
        assertThat(report.at("/indicators/total").asInt()).isEqualTo(19);
        assertThat(report.at("/tasks/total").asInt()).isEqualTo(44);
        assertThat(dry.body()).contains("NUMBER_REPEATED", "NUMBER_SKIPPED", "APPENDIX_DATES_DIFFER",
                "\\\"Văn phòng UBND và UBND\\\" được hiểu là đơn vị mã \\\"van-phong\\\"", "Chi cục Thuế");
        assertThat(json.readTree(api().get("/api/tasks", ADMIN).body()).at("/page/totalElements").asLong()).isZero();
    }

    @Test
    void aCommitStoresEveryTaskOnceAndAReimportChangesNothing() throws Exception {
        ApiClient.Response first = api().postFile("/api/plans/import?dryRun=false", ADMIN, "ke-hoach-86.txt", seed());
        ApiClient.Response again = api().postFile("/api/plans/import?dryRun=false", ADMIN, "ke-hoach-86.txt", seed());

        assertThat(json.readTree(first.body()).at("/tasks/created").asInt()).isEqualTo(44);
        JsonNode second = json.readTree(again.body());
        assertThat(second.at("/tasks/unchanged").asInt()).isEqualTo(44);
        assertThat(second.at("/tasks/created").asInt() + second.at("/tasks/updated").asInt()).isZero();
        assertThat(second.at("/indicators/unchanged").asInt()).isEqualTo(19);

        JsonNode tasks = json.readTree(api().get("/api/tasks?size=500", ADMIN).body());
        assertThat(tasks.at("/page/totalElements").asLong()).isEqualTo(44);
        JsonNode first1 = tasks.get("content").get(0);
        assertThat(first1.at("/leadUnit/code").asString()).isEqualTo("van-phong");
        assertThat(first1.at("/coordinatingUnits/0/resolution").asString()).isEqualTo("RELATED");
        assertThat(json.readTree(api().get("/api/tasks?unit=cong-an&size=500", ADMIN).body()).at("/page/totalElements").asLong())
                .isEqualTo(8);

        List<ConsumerRecord<String, byte[]>> plans = KafkaProbe.read("wardplan.plans", Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> (ward + ":86-KH-UBND").equals(r.key())));
        assertThat(plans).filteredOn(r -> (ward + ":86-KH-UBND").equals(r.key())).hasSize(1);

        // One entry in the trail: the import, by the office, with what it did; the re-import that changed nothing has none.
        var trail = KafkaProbe.auditOf(ward + ":86-KH-UBND", 1);
        assertThat(trail).hasSize(1);
        JsonNode entry = json.readTree(trail.getFirst().value());
        assertThat(entry.get("action").asString()).isEqualTo("plan.imported");
        assertThat(entry.path("before").isNull() || entry.path("before").isMissingNode()).isTrue();
        assertThat(entry.at("/after/indicators").asInt()).isEqualTo(19);
        assertThat(entry.at("/after/tasks/created").asInt()).isEqualTo(44);
        assertThat(entry.get("actor").asString()).isEqualTo("anduong.vanphong");
    }

    @Test
    void theWordAndExcelFormsImportToTheSameResultAsTheText() throws Exception {
        String text = new String(seed(), java.nio.charset.StandardCharsets.UTF_8);
        api().postFile("/api/plans/import?dryRun=false", ADMIN, "ke-hoach-86.txt", seed());

        for (var form : List.of(java.util.Map.entry("ke-hoach-86.docx", OfficeFormsTest.docx(text)),
                java.util.Map.entry("phu-luc-86.xlsx", OfficeFormsTest.xlsx(text)))) {
            JsonNode report = json.readTree(api().postFile("/api/plans/import?dryRun=false", ADMIN, form.getKey(), form.getValue()).body());
            assertThat(report.at("/tasks/unchanged").asInt()).as(form.getKey()).isEqualTo(44);
            assertThat(report.at("/indicators/unchanged").asInt()).as(form.getKey()).isEqualTo(19);
        }
        assertThat(api().get("/api/plans", ADMIN).body()).contains("Bùi Tiến Phong", "giai đoạn 2026 - 2030");
    }

    @Test
    void anotherWardSeesNoneOfItAndOnlyAWardAdminImports() throws Exception {
        api().postFile("/api/plans/import?dryRun=false", ADMIN, "ke-hoach-86.txt", seed());

        String leChan = TestTokens.user("lechan.vanphong", "le-chan", "ward-admin").sign();
        assertThat(json.readTree(api().get("/api/tasks", leChan).body()).at("/page/totalElements").asLong()).isZero();
        assertThat(api().get("/api/plans", leChan).body()).isEqualTo("[]");
        ApiClient.Response officer = api().postFile("/api/plans/import", TestTokens.user("anduong.kinhte", ward,
                "unit-officer").sign(), "ke-hoach-86.txt", seed());
        assertThat(officer.status()).isEqualTo(403);
    }

    @Test
    void aFileThatIsNotAPlanIsRefusedInWords() {
        ApiClient.Response notAPlan = api().postFile("/api/plans/import", ADMIN, "thu-moi.txt",
                "Giấy mời họp".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ApiClient.Response brokenWord = api().postFile("/api/plans/import", ADMIN, "ke-hoach.docx", new byte[] {1, 2, 3});
        ApiClient.Response oldWord = api().postFile("/api/plans/import", ADMIN, "ke-hoach.doc", new byte[] {1, 2, 3});

        assertThat(notAPlan.status()).isEqualTo(400);
        assertThat(notAPlan.body()).contains("Không đọc được kế hoạch", "Phụ lục I");
        assertThat(brokenWord.status()).isEqualTo(400);
        assertThat(brokenWord.body()).contains("Không mở được tệp Word");
        assertThat(oldWord.status()).isEqualTo(415);
        assertThat(oldWord.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theOfficeAcceptsATargetOfTheBodyWithItsUnitAndItStaysAcrossReimports() throws Exception {
        JsonNode dry = json.readTree(api().postFile("/api/plans/import", ADMIN, "ke-hoach-86.txt", seed()).body());
        JsonNode sport = dry.get("bodyTargets").valueStream()
                .filter(b -> b.get("name").asString().equals("Tỷ lệ người dân luyện tập thể dục thể thao thường xuyên"))
                .findFirst().orElseThrow();
        assertThat(sport.get("targetText").asString()).isEqualTo("Trên 45");
        String key = sport.get("key").asString();

        ApiClient.Response unknown = api().postFile("/api/plans/import?dryRun=false&bodyTargets=ND-000000", ADMIN, "ke-hoach-86.txt", seed());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(api().postFile("/api/plans/import?dryRun=false&bodyTargets=" + key + ":khong-co", ADMIN, "ke-hoach-86.txt", seed())
                .status()).isEqualTo(400);
        assertThat(api().get("/api/plans", ADMIN).body()).isEqualTo("[]");

        JsonNode stored = json.readTree(api().postFile("/api/plans/import?dryRun=false&bodyTargets=" + key + ":van-hoa-xa-hoi", ADMIN,
                "ke-hoach-86.txt", seed()).body());
        assertThat(stored.at("/indicators/total").asInt()).isEqualTo(20);
        JsonNode row = stored.get("indicatorRows").valueStream().filter(r -> r.get("fromBody").asBoolean()).findFirst().orElseThrow();
        assertThat(row.get("key").asString()).isEqualTo(key);
        assertThat(row.at("/advisingUnit/code").asString()).isEqualTo("van-hoa-xa-hoi");
        assertThat(row.get("group").asString()).isEqualTo("CHỈ TIÊU NÊU TRONG PHẦN NỘI DUNG KẾ HOẠCH");
        assertThat(row.at("/target/kind").asString()).isEqualTo("FLOOR");

        JsonNode again = json.readTree(api().postFile("/api/plans/import?dryRun=false", ADMIN, "ke-hoach-86.txt", seed()).body());
        assertThat(again.at("/indicators/total").asInt()).isEqualTo(20);
        assertThat(again.at("/indicators/unchanged").asInt()).isEqualTo(20);
    }

    @Test
    void anAmendedPlanSaysFromWhichYearItsTargetsApply() throws Exception {
        api().postFile("/api/plans/import?dryRun=false", ADMIN, "ke-hoach-86.txt", seed());
        ApiClient.Response fromStart = api().postFile("/api/plans/import?dryRun=false&effectiveFrom=2026", ADMIN, "ke-hoach-86.txt", seed());
        assertThat(fromStart.status()).isEqualTo(400);
        assertThat(json.readTree(fromStart.body()).get("detail").asString()).contains("từ 2027 đến 2030");

        String amended = new String(seed(), java.nio.charset.StandardCharsets.UTF_8).replace("Trên 97,5", "Trên 98");
        api().postFile("/api/plans/import?dryRun=false&effectiveFrom=2028", ADMIN, "ke-hoach-86-dieu-chinh.txt",
                amended.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<ConsumerRecord<String, byte[]>> plans = KafkaProbe.read("wardplan.plans", Duration.ofSeconds(20),
                seen -> seen.stream().filter(r -> (ward + ":86-KH-UBND").equals(r.key())).count() >= 2);
        JsonNode last = json.readTree(plans.stream().filter(r -> (ward + ":86-KH-UBND").equals(r.key())).toList().getLast().value());
        assertThat(last.get("effectiveFrom").asInt()).isEqualTo(2028);
        assertThat(last.toString()).contains("Trên 98");
    }
}
