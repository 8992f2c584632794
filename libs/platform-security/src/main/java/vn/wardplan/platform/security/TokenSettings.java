package vn.wardplan.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where tokens come from. The issuer is the URL browsers see (it is in every token); the JWKS URL may be an
 * internal address of the same Keycloak, which is why both are configured.
 *
 * @param issuerUri the realm's issuer, e.g. {@code http://localhost:8180/realms/wardplan}
 * @param jwkSetUri where the realm's public keys are fetched; defaults to the issuer's certs endpoint
 * @param audience the audience every accepted token must name
 * @param clients the clients (azp) whose access tokens are accepted
 */
@ConfigurationProperties("wardplan.security")
public record TokenSettings(String issuerUri, String jwkSetUri, @DefaultValue("wardplan-api") String audience,
        @DefaultValue({"wardplan-gateway", "wardplan-cli"}) java.util.List<String> clients) {

    public String effectiveJwkSetUri() {
        return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri : issuerUri + "/protocol/openid-connect/certs";
    }
}
