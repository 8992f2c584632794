package vn.wardplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.wardplan.platform.test.HostileRequests;
import vn.wardplan.platform.test.TestInfrastructure;

/**
 * The security suite, driven by reporting-service's OpenAPI document: every operation with malformed path, query and
 * body values as each role gets 4xx problem details and never a 5xx; another ward's token reaches none of a ward's
 * things.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class HostileRequestsIT {

    @LocalServerPort
    int port;

    @Test
    void malformedRequestsAsEveryRoleGetProblemDetailsNeverAServerErrorAndNoWardReachesAnother() {
        assertThat(HostileRequests.suite("http://127.0.0.1:" + port,
                Map.of("ward", "an-duong", "id", "an-duong:86-KH-UBND:1", "city", "da-nang"))).isEmpty();
    }
}
