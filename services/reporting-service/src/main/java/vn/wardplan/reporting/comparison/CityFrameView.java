package vn.wardplan.reporting.comparison;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * reporting-service's copy of a city's indicator frame (the newest version wins), from task-service's
 * {@code indicator-frame.changed} events. Stored under the scope key {@code city:<city>}.
 */
@Document("city_frames")
public record CityFrameView(@Id String id, String ward, String city, int version, List<Indicator> indicators,
        Instant changedAt) implements WardOwned {

    /** A frame indicator as the comparison shows it; {@code direction} UP, DOWN or KEEP. */
    public record Indicator(String code, String parentCode, int position, String group, String name, String measureUnit,
            String direction, String targetKind, String cityTarget) {
    }

    static String scopeOf(String city) {
        return "city:" + city;
    }
}
