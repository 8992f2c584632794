package vn.wardplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;

/** reporting-service describes every operation of its API in OpenAPI, and its consumers' lag in Prometheus. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestInfrastructure.class, FixedDay.class})
class OpenApiIT {

    @LocalServerPort
    int port;

    @Test
    void theApiDescriptionListsTheOperations() {
        ApiClient.Response docs = new ApiClient("http://127.0.0.1:" + port).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\":\"3.", "/api/reports/wards/{ward}/dashboard",
                "/api/reports/cities/{city}/comparison", "/api/reports/wards/{ward}/annual-report",
                "/api/reports/wards/{ward}/review", "/api/reports/wards/{ward}/units", "/api/reports/wards/{ward}/publication",
                "/api/public/wards/{ward}/plan", "bearer");
    }

    @Test
    void theConsumersLagIsAMetric() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(new ApiClient("http://127.0.0.1:" + port).get("/actuator/prometheus", null).body())
                        .contains("kafka_consumer_fetch_manager_records_lag_max", "client_id=\"consumer-reporting-indicators"));
    }
}
