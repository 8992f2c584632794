package vn.wardplan.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The security suite as a test a service inherits: the service starts on its embedded infrastructure and
 * {@link HostileRequests#suite} drives every operation of its OpenAPI document with malformed path, query and body
 * values as each role, and another ward's token against a ward's things. A service declares
 * {@code class HostileRequestsIT extends HostileRequestsContract {}} in its own package, where Spring Boot finds its
 * application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
public abstract class HostileRequestsContract {

    /** Values for path variables the suite cannot invent: a ward, a demo indicator, a city. */
    private static final Map<String, String> KNOWN_VALUES =
            Map.of("ward", "an-duong", "id", "an-duong:86-KH-UBND:1", "city", "da-nang");

    @LocalServerPort
    int port;

    @Test
    void malformedRequestsAsEveryRoleGetProblemDetailsNeverAServerErrorAndNoWardReachesAnother() {
        assertThat(HostileRequests.suite("http://127.0.0.1:" + port, KNOWN_VALUES)).isEmpty();
    }
}
