package vn.wardplan.ward;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.TestInfrastructure;

/** ward-service describes every operation of its API in OpenAPI. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class OpenApiIT {

    @LocalServerPort
    int port;

    @Test
    void theApiDescriptionListsTheOperations() {
        ApiClient.Response docs = new ApiClient("http://127.0.0.1:" + port).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\":\"3.", "\"/api/wards\"", "/api/wards/{ward}", "/api/wards/cities",
                "/api/wards/{ward}/officials", "/api/wards/{ward}/officials/{username}", "/api/wards/{ward}/suspension",
                "\"post\"", "\"patch\"", "bearer");
    }
}
