package vn.wardplan.platform.web.tenancy;

import java.util.Objects;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The ward a piece of work is confined to. Every query of ward data is built from one, so no query can run
 * without a ward. A scope with a city also requires the document's city to match: that is how a city-viewer
 * reads the wards of their own city and never another's.
 *
 * @param ward the tenant id, never blank
 * @param city the city the document must belong to, or {@code null} when the ward alone decides
 */
public record WardScope(String ward, String city) {

    /** Field that every ward-owned document carries. */
    public static final String WARD_FIELD = "ward";
    /** Field with the ward's city, stored next to the ward. */
    public static final String CITY_FIELD = "city";

    public WardScope {
        if (ward == null || ward.isBlank()) {
            throw new IllegalArgumentException("A ward scope needs a ward");
        }
    }

    /** A scope taken from data that is already trusted (an event carrying its ward), not from a client. */
    public static WardScope of(String ward, String city) {
        return new WardScope(ward, city);
    }

    public Criteria criteria() {
        Criteria criteria = Criteria.where(WARD_FIELD).is(ward);
        return city == null ? criteria : criteria.and(CITY_FIELD).is(city);
    }

    public boolean contains(String documentWard, String documentCity) {
        return Objects.equals(ward, documentWard) && (city == null || Objects.equals(city, documentCity));
    }
}
