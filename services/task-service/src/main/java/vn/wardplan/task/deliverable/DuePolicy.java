package vn.wardplan.task.deliverable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/** A ward's rule for default due dates: the day of the year a unit's annual deliverable is due ("11-30"). */
@Document("due_policies")
public record DuePolicy(@Id String id, String ward, String city, String annualDueDay) implements WardOwned {
}
