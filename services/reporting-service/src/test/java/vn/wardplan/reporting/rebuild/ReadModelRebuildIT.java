package vn.wardplan.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.micrometer.core.instrument.MeterRegistry;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;
import vn.wardplan.reporting.FixedDay;
import vn.wardplan.reporting.ReportingEvents;
import vn.wardplan.reporting.ReportingServiceApplication;

/**
 * The read models are rebuilt by replaying the topics from the beginning and reach the same state: the dashboard
 * after a rebuild is the dashboard before it, byte for byte. (Its own consumer groups, so the other tests' running
 * context does not take part.)
 */
class ReadModelRebuildIT {

    @Test
    void aRebuildReplaysEveryEventAndReachesTheSameDashboard() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String anDuong = "an-duong-" + run;
        String database = "rebuild-" + run;
        String groups = "reporting-rebuild-" + run;
        String leader = TestTokens.user("anduong.chutich", anDuong, "ward-leader").sign();
        ReportingEvents.sample(anDuong, "le-chan-" + run);

        String before;
        try (ConfigurableApplicationContext first = start(database, groups, false)) {
            ApiClient api = api(first);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(dashboard(api, anDuong, leader))
                    .contains("\"total\":3", "\"AT_RISK\":1", "\"ACHIEVED\":1", "An Dương"));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(periods(api, anDuong, leader)).contains("\"expected\":5"));
            before = dashboard(api, anDuong, leader) + periods(api, anDuong, leader);
        }
        try (ConfigurableApplicationContext rebuilt = start(database, groups, true)) {
            assertThat(rebuilt.getBean(MeterRegistry.class).counter("wardplan.reporting.rebuild.cleared").count())
                    .as("the first run's documents were cleared").isGreaterThanOrEqualTo(5);
            ApiClient api = api(rebuilt);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(dashboard(api, anDuong, leader)
                    + periods(api, anDuong, leader)).isEqualTo(before));
        }
    }

    private static String dashboard(ApiClient api, String ward, String token) {
        return api.get("/api/reports/wards/" + ward + "/dashboard?year=2026", token).body();
    }

    private static String periods(ApiClient api, String ward, String token) {
        return api.get("/api/reports/wards/" + ward + "/periods?year=2026", token).body();
    }

    private static ApiClient api(ConfigurableApplicationContext context) {
        return new ApiClient("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext start(String database, String groups, boolean rebuild) {
        return new SpringApplicationBuilder(ReportingServiceApplication.class, TestInfrastructure.class, FixedDay.class)
                .properties("server.port=0", "wardplan.test.database=" + database, "wardplan.reporting.consumer-group-prefix=" + groups,
                        "wardplan.reporting.rebuild=" + rebuild)
                .run();
    }
}
