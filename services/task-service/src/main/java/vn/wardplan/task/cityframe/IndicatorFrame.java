package vn.wardplan.task.cityframe;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * One version of a city's indicator frame. Versions are never changed: a change is a new version, inserted under the
 * id {@code <city>:<version>}, so two changes made at once cannot both become the same version. Stored under the scope
 * key {@code city:<city>}, behind the same ward-scoped door as everything else.
 *
 * @param source where this version came from: the city plan's number ("52/KH-UBND") or "API"
 */
@Document("indicator_frames")
@CompoundIndex(name = "ward_version", def = "{'ward': 1, 'version': -1}")
record IndicatorFrame(@Id String id, String ward, String city, int version, String source,
        List<FrameIndicator> indicators, String changedBy, Instant changedAt, List<OutboxEvent> outbox) implements WardOwned {

    static String scopeOf(String city) {
        return "city:" + city;
    }

    static String idOf(String city, int version) {
        return city + ":" + version;
    }

    /** The frame indicator with this code, if the frame has it. */
    java.util.Optional<FrameIndicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
