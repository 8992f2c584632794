package vn.wardplan.reporting.unitdirectory;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/** reporting-service's own copy of a ward's unit, kept from task-service's unit events. */
@Document("ward_units")
@CompoundIndex(name = "ward_code", def = "{'ward': 1, 'city': 1, 'code': 1}")
public record WardUnit(@Id String id, String ward, String city, String code, String name, List<String> aliases,
        Instant changedAt) implements WardOwned {
}
