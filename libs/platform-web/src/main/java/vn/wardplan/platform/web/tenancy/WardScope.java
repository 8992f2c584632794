package vn.wardplan.platform.web.tenancy;

import java.util.Objects;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The ward a piece of work is confined to. Every query of ward data is built from one, so no query can run
 * without a ward. A scope with a city also requires the document's city to match: that is how a city-viewer
 * reads the wards of their own city and never another's.
 * <p>
 * There are two ways to get one: {@link WardAccess} makes it from the signed-in caller (every web request), and
 * {@link #trusted} from data that is already trusted: an event's checked envelope, a document read from the
 * service's own database, a system job's own list of wards. The boundary rules refuse {@code trusted} in web
 * controllers, so a ward a client named can never become a scope.
 */
public final class WardScope {

    /** Field that every ward-owned document carries. */
    public static final String WARD_FIELD = "ward";
    /** Field with the ward's city, stored next to the ward. */
    public static final String CITY_FIELD = "city";

    private final String ward;
    private final String city;

    WardScope(String ward, String city) {
        if (ward == null || ward.isBlank()) {
            throw new IllegalArgumentException("A ward scope needs a ward");
        }
        this.ward = ward;
        this.city = city;
    }

    /** A scope taken from data that is already trusted (an event carrying its ward, a stored document), not from a client. */
    public static WardScope trusted(String ward, String city) {
        return new WardScope(ward, city);
    }

    /** The tenant id, never blank. */
    public String ward() {
        return ward;
    }

    /** The city the document must belong to, or {@code null} when the ward alone decides. */
    public String city() {
        return city;
    }

    public Criteria criteria() {
        Criteria criteria = Criteria.where(WARD_FIELD).is(ward);
        return city == null ? criteria : criteria.and(CITY_FIELD).is(city);
    }

    public boolean contains(String documentWard, String documentCity) {
        return Objects.equals(ward, documentWard) && (city == null || Objects.equals(city, documentCity));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WardScope scope && ward.equals(scope.ward) && Objects.equals(city, scope.city);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ward, city);
    }

    @Override
    public String toString() {
        return "WardScope[ward=" + ward + ", city=" + city + "]";
    }
}
