package vn.wardplan.ward;

import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.test.ApiClient;
import vn.wardplan.platform.test.KeycloakServer;

/** Tokens of the dev realm's people from the real Keycloak, and what ward-service's tests need around them. */
public final class RealKeycloak {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private RealKeycloak() {
    }

    /** A demo account's access token (password {@code demo}). */
    public static String token(String username) {
        return token(username, "demo");
    }

    public static String token(String username, String password) {
        ApiClient.Response response = KeycloakServer.passwordGrant(username, password);
        if (response.status() != 200) {
            throw new IllegalStateException("Keycloak refused " + username + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    /** The claims of an access token, decoded (the service under test verifies the signature). */
    public static JsonNode claims(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload));
    }

    /** A code no other test of this JVM uses, e.g. {@code hong-bang-1a2b3c}. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** Completes the first sign-in's password change through the master realm's admin, as the login page would. */
    public static void choosePassword(String username, String password) {
        ApiClient keycloak = new ApiClient(KeycloakServer.url());
        ApiClient.Response admin = keycloak.form("/realms/master/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        String adminToken = JSON.readTree(admin.body()).get("access_token").asString();
        String id = JSON.readTree(keycloak.get("/admin/realms/wardplan/users?exact=true&username=" + username, adminToken).body())
                .get(0).get("id").asString();
        int status = keycloak.put("/admin/realms/wardplan/users/" + id + "/reset-password", adminToken,
                "{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}").status();
        if (status != 204) {
            throw new IllegalStateException("Password of " + username + " not set: HTTP " + status);
        }
        keycloak.put("/admin/realms/wardplan/users/" + id, adminToken, "{\"requiredActions\":[]}");
    }
}
