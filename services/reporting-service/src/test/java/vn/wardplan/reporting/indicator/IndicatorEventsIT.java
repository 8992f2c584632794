package vn.wardplan.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KafkaProbe;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;
import vn.wardplan.reporting.FixedDay;

/**
 * Indicator events are applied in batches: a poison event in the middle of a stream is parked on the dead-letter
 * topic, the events before and after it are applied, and a redelivered event changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestInfrastructure.class, FixedDay.class})
class IndicatorEventsIT {

    @LocalServerPort
    int port;

    @Test
    void aPoisonEventInABatchGoesToTheDeadLetterTopicAndTheEventsAroundItAreApplied() {
        // A ward of its own in another city, so the other tests' wards and cities keep their counts.
        String ward = "kiem-thu-" + UUID.randomUUID().toString().substring(0, 4);
        String id = ward + ":86-KH-UBND:1";
        publish(ward, id, "defined", """
                {"planNumber":"86/KH-UBND","key":"1","definition":{"position":1,"code":"1","parentKey":null,
                 "group":"NHÓM CHỈ TIÊU VỀ XÃ HỘI","name":"Tỷ lệ hộ gia đình văn hóa","measureUnit":"%","byEndText":null,
                 "yearlyText":"Tối thiểu 90","target":{"kind":"FLOOR","low":null,"high":null,"value":90,"strict":false,
                 "year":null,"text":"Tối thiểu 90"},"targetNote":null,"directingLeader":"Chủ tịch UBND phường",
                 "advisingUnitCode":"van-hoa-xa-hoi","advisingUnitText":"Phòng Văn hóa - Xã hội","startYear":2026,"endYear":2030}}""");
        publish(ward, id, "value-approved", value(id, "20/26", 1));
        publish(ward, id, "value-approved", value(id, "2026", 91.5));
        publish(ward, id, "value-approved", value(id, "2026", 91.5));

        String leader = TestTokens.user("kiemthu.chutich", ward, "ward-leader").city(CITY).sign();
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String dashboard = api.get("/api/reports/wards/" + ward + "/dashboard?year=2026", leader).body();
            assertThat(dashboard).contains("Tỷ lệ hộ gia đình văn hóa", "\"value\":91.5", "\"band\":{\"low\":90.0");
        });
        var dead = KafkaProbe.read("wardplan.indicators.DLT", Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> id.equals(r.key())));
        assertThat(dead).filteredOn(r -> id.equals(r.key())).hasSize(1);
    }

    static final String CITY = "kiem-thu";

    private static void publish(String ward, String id, String type, String data) {
        KafkaProbe.publish("wardplan.indicators", id, "vn.wardplan.indicator." + type + ".v1", ward, CITY, data);
    }

    private static String value(String id, String period, double value) {
        return """
                {"indicatorId":"%s","key":"1","period":"%s","value":%s,"advisingUnitCode":"van-hoa-xa-hoi","comment":null}
                """.formatted(id, period, value);
    }
}
