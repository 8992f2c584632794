package vn.wardplan.ward.unit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * ward-service's copy of a ward's unit (task-service owns units): what an official can be placed in. Filled at
 * onboarding and kept from {@code wardplan.units}. The id is the producer's aggregate id {@code <ward>:<code>}.
 */
@Document("ward_units")
record WardUnit(@Id String id, String ward, String city, String code, String name, Instant changedAt)
        implements WardOwned {
}
