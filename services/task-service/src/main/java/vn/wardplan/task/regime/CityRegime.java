package vn.wardplan.task.regime;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * A city's default regime for its wards. Stored under the scope key {@code city:<city>} (no ward code has a colon),
 * so it sits behind the same ward-scoped door as everything else.
 */
@Document("city_regimes")
record CityRegime(@Id String id, String ward, String city, List<RegimeVersion> versions, Instant updatedAt,
        @Version Long version) implements WardOwned {

    static String scopeOf(String city) {
        return "city:" + city;
    }
}
