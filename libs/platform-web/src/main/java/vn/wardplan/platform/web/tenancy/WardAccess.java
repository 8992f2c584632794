package vn.wardplan.platform.web.tenancy;

import vn.wardplan.platform.security.WardplanRole;
import vn.wardplan.platform.web.problem.WardplanProblem;

/**
 * The rules of tenancy: a ward's officials act in their own ward only; a city-viewer reads every ward of their
 * city; nobody else crosses wards. A ward named by the client is only ever compared with the token, never
 * trusted.
 */
public final class WardAccess {

    private WardAccess() {
    }

    /** The caller's own ward, for reads and writes; refused when the token names no ward. */
    public static WardScope ownWard(Caller caller) {
        if (caller.ward() == null) {
            throw WardplanProblem.forbidden("ward.none");
        }
        return new WardScope(caller.ward(), caller.city());
    }

    /** The wards of the city named in a path, side by side: for the city-viewers of that city only. */
    public static String viewedCity(Caller caller, String city) {
        if (!caller.has(WardplanRole.CITY_VIEWER) || city == null || !city.equals(caller.city())) {
            throw WardplanProblem.forbidden("city.other", city);
        }
        return city;
    }

    /**
     * Administration of the ward named in a path: its own office (ward-admin), or a platform-admin, who looks after the
     * wards of their city. Another ward's office, and everyone else of the ward, is refused.
     */
    public static WardScope administered(Caller caller, String ward) {
        if (caller.has(WardplanRole.PLATFORM_ADMIN) && ward != null && !ward.isBlank()) {
            return new WardScope(ward, caller.city());
        }
        if (ward == null || !ward.equals(caller.ward())) {
            throw WardplanProblem.forbidden("ward.other", ward);
        }
        if (!caller.has(WardplanRole.WARD_ADMIN)) {
            throw WardplanProblem.forbidden("auth.denied");
        }
        return new WardScope(ward, caller.city());
    }

    /** Read access to the ward named in a path: the caller's own ward, or any ward of a city-viewer's city. */
    public static WardScope readable(Caller caller, String ward) {
        if (ward != null && ward.equals(caller.ward())) {
            return new WardScope(ward, caller.city());
        }
        if (caller.has(WardplanRole.CITY_VIEWER) && caller.city() != null && ward != null && !ward.isBlank()) {
            return new WardScope(ward, caller.city());
        }
        throw WardplanProblem.forbidden("ward.other", ward);
    }
}
