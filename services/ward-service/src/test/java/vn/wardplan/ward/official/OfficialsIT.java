package vn.wardplan.ward.official;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KeycloakServer;
import vn.wardplan.ward.RealKeycloak;
import vn.wardplan.ward.WardServiceIT;

/**
 * A ward-admin manages their own ward's officials in Keycloak, and only theirs: invite, move, change roles,
 * disable. Another ward's accounts, and roles above a ward's, are out of reach.
 */
class OfficialsIT extends WardServiceIT {

    String wardAdmin;

    @BeforeEach
    void demoWards() {
        onboardDemoWard("an-duong", "An Dương", "anduong.vanphong");
        onboardDemoWard("le-chan", "Lê Chân", "lechan.vanphong");
        wardAdmin = RealKeycloak.token("anduong.vanphong");
    }

    String invite(String username, String unit, String roles) {
        return """
                {"username":"%s","email":"%s@wardplan.test","firstName":"Phạm Văn","lastName":"Đức","unit":"%s",
                 "roles":[%s]}""".formatted(username, username, unit, roles);
    }

    @Test
    void anInvitedOfficerOfPhongKinhTeSignsInWithTheWardAndUnitInTheToken() {
        String username = RealKeycloak.unique("anduong.kt");
        ApiClient.Response invited = api().post("/api/wards/an-duong/officials", wardAdmin,
                invite(username, "kinh-te-ha-tang-do-thi", "\"unit-officer\""));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(invited.body());
        assertThat(body.at("/official/unit").asString()).isEqualTo("kinh-te-ha-tang-do-thi");
        assertThat(body.at("/official/awaitingFirstSignIn").asBoolean()).isTrue();
        assertThat(KeycloakServer.passwordGrant(username, body.get("temporaryPassword").asString()).body())
                .contains("not fully set up");

        RealKeycloak.choosePassword(username, "Mat-khau-2026");
        JsonNode claims = RealKeycloak.claims(RealKeycloak.token(username, "Mat-khau-2026"));
        assertThat(claims.get("ward").asString()).isEqualTo("an-duong");
        assertThat(claims.get("city").asString()).isEqualTo("hai-phong");
        assertThat(claims.get("unit").asString()).isEqualTo("kinh-te-ha-tang-do-thi");
        assertThat(claims.get("roles").toString()).contains("unit-officer");

        JsonNode officials = JSON.readTree(api().get("/api/wards/an-duong/officials", wardAdmin).body());
        assertThat(officials.findValuesAsString("username")).contains(username, "anduong.kinhte", "anduong.chutich")
                .doesNotContain("lechan.kinhte", "lechan.vanphong", "platform.admin");
    }

    @Test
    void aWardAdminReachesNoOtherWardAndGrantsNoRoleAboveTheWard() {
        String username = RealKeycloak.unique("anduong.x");
        assertThat(api().post("/api/wards/le-chan/officials", wardAdmin, invite(username, "kinh-te-ha-tang-do-thi",
                "\"unit-officer\"")).status()).isEqualTo(403);
        assertThat(api().get("/api/wards/le-chan/officials", wardAdmin).status()).isEqualTo(403);
        ApiClient.Response platform = api().post("/api/wards/an-duong/officials", wardAdmin, invite(username, "van-phong",
                "\"platform-admin\""));
        assertThat(platform.status()).isEqualTo(403);
        assertThat(JSON.readTree(platform.body()).get("title").asString()).isEqualTo("Không được cấp vai trò này");
        assertThat(api().post("/api/wards/an-duong/officials", wardAdmin, invite(username, "van-phong", "\"city-viewer\""))
                .status()).isEqualTo(403);
        assertThat(api().post("/api/wards/an-duong/officials", wardAdmin, invite(username, "khong-co", "\"unit-officer\""))
                .status()).isEqualTo(400);
        // Another ward's username cannot even be tried: a ward invites in its own namespace only, and a name taken there
        // is told as taken, whoever holds it.
        ApiClient.Response foreign = api().post("/api/wards/an-duong/officials", wardAdmin, invite("lechan.kinhte", "van-phong",
                "\"unit-officer\""));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("official.usernamePrefix", "anduong.").doesNotContain("lechan.kinhte\" đã");
        ApiClient.Response taken = api().post("/api/wards/an-duong/officials", wardAdmin, invite("anduong.kinhte", "van-phong",
                "\"unit-officer\""));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("official.usernameTaken");
        assertThat(KeycloakServer.passwordGrant(username, "x").status()).as("no account was created").isEqualTo(401);

        // Another ward's official through this ward's path is simply not there; nothing of theirs changes.
        assertThat(api().patch("/api/wards/an-duong/officials/lechan.kinhte", wardAdmin, "{\"enabled\":false}").status())
                .isEqualTo(404);
        assertThat(KeycloakServer.passwordGrant("lechan.kinhte", "demo").status()).isEqualTo(200);
        // Nor can an existing official be raised above the ward.
        assertThat(api().patch("/api/wards/an-duong/officials/anduong.congan", wardAdmin, "{\"roles\":[\"platform-admin\"]}")
                .status()).isEqualTo(403);
        assertThat(RealKeycloak.claims(RealKeycloak.token("anduong.congan")).get("roles").toString())
                .doesNotContain("platform-admin");
    }

    @Test
    void onlyTheWardsOwnAdminManagesItsOfficials() {
        assertThat(api().get("/api/wards/an-duong/officials", RealKeycloak.token("anduong.kinhte")).status()).isEqualTo(403);
        assertThat(api().post("/api/wards/an-duong/officials", RealKeycloak.token("anduong.chutich"),
                invite(RealKeycloak.unique("anduong.y"), "van-phong", "\"unit-officer\"")).status()).isEqualTo(403);
        assertThat(api().get("/api/wards/an-duong/officials", RealKeycloak.token("haiphong.viewer")).status()).isEqualTo(403);
        assertThat(api().get("/api/wards/an-duong/officials", platformAdmin).status()).isEqualTo(200);
    }

    @Test
    void anOfficialIsMovedToAnotherUnitThenDisabledAndCannotSignInUntilEnabled() {
        String username = RealKeycloak.unique("anduong.vh");
        assertThat(api().post("/api/wards/an-duong/officials", wardAdmin, invite(username, "kinh-te-ha-tang-do-thi",
                "\"unit-officer\"")).status()).isEqualTo(201);
        RealKeycloak.choosePassword(username, "Mat-khau-2026");

        ApiClient.Response moved = api().patch("/api/wards/an-duong/officials/" + username, wardAdmin,
                "{\"unit\":\"van-hoa-xa-hoi\",\"roles\":[\"unit-officer\",\"ward-leader\"],\"position\":\"Trưởng phòng\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonNode claims = RealKeycloak.claims(RealKeycloak.token(username, "Mat-khau-2026"));
        assertThat(claims.get("unit").asString()).isEqualTo("van-hoa-xa-hoi");
        assertThat(claims.get("email_verified").asBoolean()).as("the office typed the address; the official proves it").isFalse();
        assertThat(claims.get("roles").toString()).contains("unit-officer", "ward-leader");

        assertThat(api().patch("/api/wards/an-duong/officials/" + username, wardAdmin, "{\"enabled\":false}").status()).isEqualTo(200);
        assertThat(KeycloakServer.passwordGrant(username, "Mat-khau-2026").status()).isEqualTo(400);
        assertThat(api().patch("/api/wards/an-duong/officials/" + username, wardAdmin, "{\"enabled\":true}").status()).isEqualTo(200);
        assertThat(KeycloakServer.passwordGrant(username, "Mat-khau-2026").status()).isEqualTo(200);
        // Every service learns it from the events, and refuses the tokens the official still held in between.
        var events = vn.wardplan.platform.test.KafkaProbe.read("wardplan.wards", java.time.Duration.ofSeconds(20), seen -> seen.stream()
                .filter(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains("\"" + username + "\"")).count() >= 2);
        assertThat(events.stream().filter(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains("\"" + username + "\""))
                .map(r -> vn.wardplan.platform.test.KafkaProbe.header(r, "ce_type")))
                .containsExactly("vn.wardplan.ward.official-disabled.v1", "vn.wardplan.ward.official-enabled.v1");

        ApiClient.Response self = api().patch("/api/wards/an-duong/officials/anduong.vanphong", wardAdmin, "{\"enabled\":false}");
        assertThat(self.status()).isEqualTo(400);
        assertThat(KeycloakServer.passwordGrant("anduong.vanphong", "demo").status()).isEqualTo(200);
    }
}
