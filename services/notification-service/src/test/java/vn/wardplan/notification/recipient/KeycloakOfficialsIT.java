package vn.wardplan.notification.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.test.KeycloakServer;
import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * The officials of a unit come from the real Keycloak (the dev realm), through the admin API with the notifier's
 * service account: by ward and unit attributes, never across wards, the directing leader by position; and the
 * service account can read users but not change them.
 */
class KeycloakOfficialsIT {

    static final WardScope AN_DUONG = WardScope.trusted("an-duong", "hai-phong");
    static KeycloakOfficials officials;

    @BeforeAll
    static void start() {
        officials = new KeycloakOfficials(new KeycloakOfficials.Settings(KeycloakServer.url(), "wardplan", "wardplan-notifier",
                "wardplan-notifier-dev-secret", "lanh-dao", Duration.ofSeconds(10)), RestClient.builder());
    }

    @Test
    void aUnitsOfficialsAreFoundByWardAndUnitWithTheirMail() {
        assertThat(officials.ofUnit(AN_DUONG, "kinh-te-ha-tang-do-thi")).singleElement().satisfies(o -> {
            assertThat(o.username()).isEqualTo("anduong.kinhte");
            assertThat(o.email()).isEqualTo("anduong.kinhte@wardplan.test");
            assertThat(o.locale()).isEqualTo("vi");
        });
        assertThat(officials.ofUnit(WardScope.trusted("le-chan", "hai-phong"), "kinh-te-ha-tang-do-thi"))
                .extracting(Official::username).containsExactly("lechan.kinhte");
        assertThat(officials.ofUnit(AN_DUONG, "khong-co-don-vi-nay")).isEmpty();
    }

    @Test
    void theDirectingLeaderIsFoundByPosition() {
        assertThat(officials.directingLeaders(AN_DUONG, "Chủ tịch UBND phường")).extracting(Official::username)
                .containsExactly("anduong.chutich");
        assertThat(officials.directingLeaders(WardScope.trusted("le-chan", "hai-phong"), "Chủ tịch UBND phường")).isEmpty();
    }

    @Test
    void theServiceAccountCanReadUsersButNotCreateThem() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(KeycloakServer.url()
                + "/realms/wardplan/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=wardplan-notifier"
                        + "&client_secret=wardplan-notifier-dev-secret")).build(), HttpResponse.BodyHandlers.ofString());
        String accessToken = JsonMapper.builder().build().readTree(token.body()).get("access_token").asString();

        HttpResponse<String> create = http.send(HttpRequest.newBuilder(URI.create(KeycloakServer.url() + "/admin/realms/wardplan/users"))
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"intruder\",\"enabled\":true}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(create.statusCode()).isEqualTo(403);
    }
}
