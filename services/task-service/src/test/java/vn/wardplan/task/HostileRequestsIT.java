package vn.wardplan.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.HostileRequests;
import vn.wardplan.platform.test.TestInfrastructure;
import vn.wardplan.platform.test.TestTokens;

/**
 * The security suite, driven by task-service's OpenAPI document: every operation with malformed path, query and body
 * values as each role gets 4xx problem details and never a 5xx; another ward's token reaches none of a ward's things.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class HostileRequestsIT {

    @LocalServerPort
    int port;

    @Test
    void malformedRequestsAsEveryRoleGetProblemDetailsNeverAServerError() {
        Map<String, String> callers = HostileRequests.everyRole("hostile-" + java.util.UUID.randomUUID().toString().substring(0, 6));

        int before = HostileRequests.sent();
        assertThat(HostileRequests.malformed("http://127.0.0.1:" + port, callers, Map.of())).isEmpty();
        assertThat(HostileRequests.sent() - before).as("requests sent").isGreaterThan(1_000);
    }

    @Test
    void anotherWardsTokenReachesNoneOfTheWardsTasks() throws Exception {
        String ward = "owner-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String admin = TestTokens.user("o.vanphong", ward, "ward-admin").sign();
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        api.postFile("/api/plans/import?dryRun=false", admin, "ke-hoach-86.txt",
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt")));
        String task = ward + ":86-KH-UBND:2";
        assertThat(api.get("/api/tasks/" + task, admin).status()).isEqualTo(200);

        String other = TestTokens.user("x.vanphong", "le-chan", "ward-admin").sign();
        int before = HostileRequests.sent();
        assertThat(HostileRequests.acrossWards("http://127.0.0.1:" + port, other,
                Map.of("id", task, "deliverableId", "2026", "ward", ward))).isEmpty();
        assertThat(HostileRequests.sent() - before).as("operations asked across wards").isGreaterThanOrEqualTo(6);
    }
}
