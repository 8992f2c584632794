package vn.wardplan.ward.suspension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KafkaProbe;
import vn.wardplan.platform.test.KeycloakServer;
import vn.wardplan.ward.RealKeycloak;
import vn.wardplan.ward.WardServiceIT;

/**
 * A suspended ward's officials cannot sign in; reinstating lets back exactly those the suspension shut out, not
 * the ones the ward had disabled itself. Only a platform-admin does either.
 */
class SuspensionIT extends WardServiceIT {

    @Test
    void aSuspendedWardsOfficialsCannotSignInAndReinstatingRestoresOnlyWhomTheSuspensionDisabled() {
        String code = RealKeycloak.unique("so-dau");
        String admin = onboardNewWard(code, "Mat-khau-2026");
        String adminToken = RealKeycloak.token(admin, "Mat-khau-2026");
        String officer = RealKeycloak.unique(code.replace("-", "") + ".kt");
        String leftOut = RealKeycloak.unique(code.replace("-", "") + ".cu");
        for (String username : new String[] {officer, leftOut}) {
            assertThat(api().post("/api/wards/" + code + "/officials", adminToken, """
                    {"username":"%s","firstName":"Vũ","lastName":"Hà","unit":"kinh-te-ha-tang-do-thi","roles":["unit-officer"]}
                    """.formatted(username)).status()).isEqualTo(201);
            RealKeycloak.choosePassword(username, "Mat-khau-2026");
        }
        assertThat(api().patch("/api/wards/" + code + "/officials/" + leftOut, adminToken, "{\"enabled\":false}").status())
                .isEqualTo(200);

        assertThat(api().put("/api/wards/" + code + "/suspension", adminToken, "{\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(api().get("/api/wards/" + code, adminToken).status()).isEqualTo(200);
        ApiClient.Response suspended = api().put("/api/wards/" + code + "/suspension", platformAdmin,
                "{\"reason\":\"Sáp nhập đơn vị hành chính\"}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(JSON.readTree(suspended.body()).get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(KeycloakServer.passwordGrant(admin, "Mat-khau-2026").status()).isEqualTo(400);
        assertThat(KeycloakServer.passwordGrant(officer, "Mat-khau-2026").status()).isEqualTo(400);
        assertThat(api().put("/api/wards/" + code + "/suspension", platformAdmin, "{\"reason\":\"Sáp nhập\"}").status())
                .as("repeating changes nothing").isEqualTo(200);
        JsonNode event = JSON.readTree(KafkaProbe.read("wardplan.wards", Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> code.equals(r.key()) && "vn.wardplan.ward.suspended.v1".equals(KafkaProbe.header(r, "ce_type"))))
                .stream().filter(r -> code.equals(r.key()) && "vn.wardplan.ward.suspended.v1".equals(KafkaProbe.header(r, "ce_type")))
                .findFirst().orElseThrow().value());
        assertThat(event.get("reason").asString()).isEqualTo("Sáp nhập đơn vị hành chính");
        // The access token issued before the suspension is refused too, once the event is in.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api().get("/api/wards/" + code, adminToken).status()).isEqualTo(403));
        assertThat(JSON.readTree(api().get("/api/wards/" + code, adminToken).body()).get("code").asString())
                .isEqualTo("ward.suspendedAccess");

        JsonNode listed = JSON.readTree(api().get("/api/wards?city=hai-phong&size=500", RealKeycloak.token("haiphong.viewer")).body());
        assertThat(listed.get("content").findValues("code").stream().map(JsonNode::asString)).contains(code);

        ApiClient.Response reinstated = api().delete("/api/wards/" + code + "/suspension", platformAdmin);
        assertThat(JSON.readTree(reinstated.body()).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(KeycloakServer.passwordGrant(admin, "Mat-khau-2026").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api().get("/api/wards/" + code, adminToken).status()).isEqualTo(200));
        assertThat(KeycloakServer.passwordGrant(officer, "Mat-khau-2026").status()).isEqualTo(200);
        assertThat(KeycloakServer.passwordGrant(leftOut, "Mat-khau-2026").status()).as("disabled by the ward itself").isEqualTo(400);
        // The trail: onboarded, suspended (with the reason), reinstated; the repeated suspension changed nothing and left nothing.
        var status = KafkaProbe.auditOf(code, 3).stream().map(r -> JSON.readTree(r.value())).toList();
        assertThat(status).extracting(e -> e.get("action").asString()).containsExactly("ward.onboarded", "ward.suspended",
                "ward.reinstated");
        assertThat(status.get(1).get("reason").asString()).isEqualTo("Sáp nhập đơn vị hành chính");
        assertThat(status.get(1).at("/before/status").asString()).isEqualTo("ACTIVE");
        assertThat(status.get(1).at("/after/status").asString()).isEqualTo("SUSPENDED");
        assertThat(status.get(1).get("service").asString()).isEqualTo("ward-service");
        // The official the ward disabled: invited, then changed from enabled to disabled, by the ward's own admin.
        var account = KafkaProbe.auditOf(code + ":" + leftOut, 2).stream().map(r -> JSON.readTree(r.value())).toList();
        assertThat(account).extracting(e -> e.get("action").asString()).containsExactly("account.invited", "account.changed");
        assertThat(account.get(1).get("actor").asString()).isEqualTo(admin);
        assertThat(account.get(1).at("/before/enabled").asBoolean()).isTrue();
        assertThat(account.get(1).at("/after/enabled").asBoolean()).isFalse();
    }
}
