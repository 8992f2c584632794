package vn.wardplan.gateway.me;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import vn.wardplan.platform.security.WardplanClaims;

/**
 * Who is signed in, from the session's ID token or from the bearer token.
 *
 * @param username Keycloak username, e.g. {@code anduong.vanphong}
 * @param displayName full name as the realm holds it
 * @param ward tenant id of the user's ward, or null for city and platform accounts
 * @param city the user's city
 * @param unit code of the user's unit in the ward
 * @param roles wardplan realm roles
 */
public record Me(String username, String displayName, String ward, String city, String unit, List<String> roles) {

    public static Me of(Authentication authentication) {
        Map<String, Object> claims = switch (authentication) {
            case OAuth2AuthenticationToken session -> session.getPrincipal().getAttributes();
            case JwtAuthenticationToken bearer -> bearer.getTokenAttributes();
            default -> Map.of();
        };
        Object roles = claims.get(WardplanClaims.ROLES);
        List<String> wardplanRoles = roles instanceof List<?> list
                ? list.stream().map(String::valueOf).filter(r -> !r.startsWith("default-roles") && !r.equals("offline_access")
                        && !r.equals("uma_authorization")).sorted().toList()
                : List.of();
        return new Me(text(claims, WardplanClaims.USERNAME), text(claims, WardplanClaims.DISPLAY_NAME),
                text(claims, WardplanClaims.WARD), text(claims, WardplanClaims.CITY), text(claims, WardplanClaims.UNIT),
                wardplanRoles);
    }

    private static String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value == null ? null : value.toString();
    }
}
