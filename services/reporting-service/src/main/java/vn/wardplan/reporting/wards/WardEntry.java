package vn.wardplan.reporting.wards;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/** reporting-service's copy of a ward of the directory (ward-service's {@code wardplan.wards}): its name and city. */
@Document("ward_entries")
public record WardEntry(@Id String id, String ward, String city, String name, String type, String cityName, String status,
        Instant changedAt) implements WardOwned {
}
