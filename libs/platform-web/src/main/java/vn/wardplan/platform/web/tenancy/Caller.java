package vn.wardplan.platform.web.tenancy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

import vn.wardplan.platform.security.WardplanClaims;
import vn.wardplan.platform.security.WardplanRole;

/**
 * Who is calling, read only from the validated access token. Whether a role may call an endpoint at all is the
 * endpoint's {@code @PreAuthorize}; what also depends on the data (the unit that leads this task, the ward this page
 * belongs to) is asked here by name. The role set itself is read only in this package (ADR 0029).
 */
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

    /** An officer of that unit (the unit that leads, coordinates or advises what is asked about). */
    public boolean officerOf(String unitCode) {
        return has(WardplanRole.UNIT_OFFICER) && unit != null && unit.equals(unitCode);
    }

    /** The office (Văn phòng HĐND và UBND) of that ward. */
    public boolean officeOf(String wardCode) {
        return has(WardplanRole.WARD_ADMIN) && ward != null && ward.equals(wardCode);
    }

    /** A city leader or department: reads the city's wards and has no ward of its own. */
    public boolean cityLevel() {
        return has(WardplanRole.CITY_VIEWER) && ward == null;
    }

    /** A viewer of that city's wards. */
    public boolean viewerOf(String cityCode) {
        return has(WardplanRole.CITY_VIEWER) && city != null && city.equals(cityCode);
    }

    /** The city's IT staff: every ward of the platform. */
    public boolean platformAdmin() {
        return has(WardplanRole.PLATFORM_ADMIN);
    }

    boolean has(WardplanRole role) {
        return roles.contains(role);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
