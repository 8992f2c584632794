package vn.wardplan.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the product brief, section 2. */
public enum WardplanRole {
    PLATFORM_ADMIN("platform-admin"),
    CITY_VIEWER("city-viewer"),
    /** The city's planning staff (Sở Tài chính): keeps the city's indicator frame (ADR 0021). */
    CITY_PLANNER("city-planner"),
    WARD_ADMIN("ward-admin"),
    WARD_LEADER("ward-leader"),
    UNIT_OFFICER("unit-officer");

    private final String claimValue;

    WardplanRole(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    /** Spring Security authority for this role, e.g. {@code ROLE_ward-admin}. */
    public String authority() {
        return "ROLE_" + claimValue;
    }

    public static Optional<WardplanRole> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claimValue.equals(value)).findFirst();
    }
}
