package vn.wardplan.notification.deadline;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * What notification-service keeps of an indicator to plan its values' deadlines: who enters them and for which years.
 * Id: the indicator id.
 */
@Document("indicator_dues")
public record IndicatorDue(@Id String id, String ward, String city, String name, String advisingUnit, String directingLeader,
        int startYear, int endYear) implements WardOwned {
}
