package vn.wardplan.task.deliverable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KafkaProbe;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;

/** On 5 December 2026 the 6-month reports due 16 June are overdue: status computed, one event each, once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestInfrastructure.class, OverdueIT.FifthOfDecember.class})
class OverdueIT {

    @TestConfiguration(proxyBeanMethods = false)
    static class FifthOfDecember {
        @Bean
        @Primary
        Clock fifthOfDecember() {
            return Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);
        }
    }

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    OverdueWatch watch;

    @Test
    void overdueDeliverablesAreShownAndAnnouncedOnce() throws Exception {
        String ward = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = TestTokens.user("anduong.vanphong", ward, "ward-admin").sign();
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        for (JsonNode unit : json.readTree(Path.of("../../deploy/demo/units.json").toFile()).get("an-duong")) {
            api.put("/api/units/" + unit.get("code").asString(), admin, json.writeValueAsString(unit));
        }
        api.postFile("/api/plans/import?dryRun=false", admin, "ke-hoach-86.txt",
                Files.readAllBytes(Path.of("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt")));
        String task2 = "/api/tasks/" + ward + ":86-KH-UBND:2";
        api.post(task2 + "/deliverables/2026-6M/reschedule", admin, "{\"dueDate\":\"2026-12-20\",\"reason\":\"Chờ số liệu\"}");

        JsonNode overdue = json.readTree(api.get("/api/tasks?year=2026&status=OVERDUE&size=100", admin).body());
        java.util.List<String> late = overdue.get("content").findValuesAsString("key");
        assertThat(late).hasSizeGreaterThanOrEqualTo(39).contains("1", "3", "30").doesNotContain("2");
        assertThat(json.readTree(api.get("/api/tasks/" + ward + ":86-KH-UBND:1", admin).body()).get("status").asString())
                .isEqualTo("OVERDUE");

        assertThat(watch.flagOverdue()).isGreaterThanOrEqualTo(late.size());
        assertThat(watch.flagOverdue()).isZero();
        java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> overdueOfWard = r ->
                r.key().startsWith(ward + ":") && "vn.wardplan.deliverable.overdue.v1".equals(KafkaProbe.header(r, "ce_type"));
        var announced = KafkaProbe.read("wardplan.tasks", Duration.ofSeconds(20),
                seen -> seen.stream().filter(overdueOfWard).count() >= late.size());
        assertThat(announced).filteredOn(overdueOfWard).extracting(r -> r.key().substring(ward.length() + ":86-KH-UBND:".length()))
                .containsExactlyInAnyOrderElementsOf(late);
    }
}
