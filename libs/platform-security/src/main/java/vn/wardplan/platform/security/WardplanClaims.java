package vn.wardplan.platform.security;

/** Names of the claims that wardplan reads from an access token; the realm's protocol mappers write them. */
public final class WardplanClaims {

    /** Tenant id of the caller's ward, e.g. {@code an-duong}. Absent for platform and city accounts. */
    public static final String WARD = "ward";
    /** Province-level city of the caller, e.g. {@code hai-phong}. */
    public static final String CITY = "city";
    /** Code of the caller's unit inside the ward, e.g. {@code kinh-te-ha-tang-do-thi}. */
    public static final String UNIT = "unit";
    /** Realm roles of the caller, flat list. */
    public static final String ROLES = "roles";
    public static final String USERNAME = "preferred_username";
    public static final String DISPLAY_NAME = "name";

    private WardplanClaims() {
    }
}
