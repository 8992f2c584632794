package vn.wardplan.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The realm as the gateway meets it. {@code publicUrl} is what browsers reach (login page, issuer in tokens);
 * {@code internalUrl} is how the gateway itself reaches Keycloak (token exchange, keys), which differs inside a
 * cluster.
 */
@ConfigurationProperties("wardplan.keycloak")
public record KeycloakSettings(@DefaultValue("http://localhost:8180") String publicUrl, String internalUrl,
        @DefaultValue("wardplan") String realm, @DefaultValue("wardplan-gateway") String clientId, String clientSecret) {

    public String issuer() {
        return publicUrl + "/realms/" + realm;
    }

    public String backChannel(String path) {
        String base = internalUrl == null || internalUrl.isBlank() ? publicUrl : internalUrl;
        return base + "/realms/" + realm + "/protocol/openid-connect" + path;
    }

    public String frontChannel(String path) {
        return issuer() + "/protocol/openid-connect" + path;
    }
}
