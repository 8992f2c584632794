package vn.wardplan.platform.web.tenancy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

import vn.wardplan.platform.security.WardplanClaims;
import vn.wardplan.platform.security.WardplanRole;

/** Who is calling, read only from the validated access token. */
public record Caller(String username, String displayName, String ward, String city, String unit,
        Set<WardplanRole> roles) {

    public static Caller from(Jwt jwt) {
        Set<WardplanRole> roles = EnumSet.noneOf(WardplanRole.class);
        Collection<String> claimed = jwt.getClaimAsStringList(WardplanClaims.ROLES);
        if (claimed != null) {
            claimed.forEach(r -> WardplanRole.fromClaim(r).ifPresent(roles::add));
        }
        return new Caller(jwt.getClaimAsString(WardplanClaims.USERNAME), jwt.getClaimAsString(WardplanClaims.DISPLAY_NAME),
                blankToNull(jwt.getClaimAsString(WardplanClaims.WARD)), blankToNull(jwt.getClaimAsString(WardplanClaims.CITY)),
                blankToNull(jwt.getClaimAsString(WardplanClaims.UNIT)), Set.copyOf(roles));
    }

    public boolean has(WardplanRole role) {
        return roles.contains(role);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
