package vn.wardplan.platform.security;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * The one definition of an acceptable access token, used by the gateway and by every service:
 * RS256-signed by the realm's keys (so {@code alg: none} and HMAC tricks fail), from the configured
 * issuer, for the {@code wardplan-api} audience, inside its validity window, an access token ({@code typ}
 * "Bearer": never an ID or refresh token) issued to one of the platform's clients ({@code azp}).
 */
public final class TokenRules {

    /** Only asymmetric signatures from the realm's JWKS are accepted. */
    public static final SignatureAlgorithm ALGORITHM = SignatureAlgorithm.RS256;

    private TokenRules() {
    }

    /** The clients whose access tokens the platform accepts (Keycloak's azp claim). */
    public static final java.util.Set<String> DEFAULT_CLIENTS = java.util.Set.of("wardplan-gateway", "wardplan-cli");

    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        return validator(issuer, audience, DEFAULT_CLIENTS);
    }

    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, java.util.Collection<String> clients) {
        OAuth2TokenValidator<Jwt> accessTokenOnly = new JwtClaimValidator<String>("typ", "Bearer"::equals);
        OAuth2TokenValidator<Jwt> knownClient = new JwtClaimValidator<String>("azp", azp -> azp != null && clients.contains(azp));
        OAuth2TokenValidator<Jwt> audienceRule = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(audience));
        OAuth2TokenValidator<Jwt> expiryRequired = jwt -> jwt.getExpiresAt() != null
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token has no expiry", null));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audienceRule,
                expiryRequired, accessTokenOnly, knownClient);
    }
}
