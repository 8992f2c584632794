package vn.wardplan.reporting.wardindex;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * The ids of a ward's indicator and task read models, kept with them from the same events, so a dashboard reads its
 * 15–25 indicators and 40–50 tasks by id (an index hit on every MongoDB) instead of querying by ward (which the
 * embedded stand-in answers by scanning the whole collection). The id is the ward's code.
 */
@Document("ward_read_index")
public record WardReadIndex(@Id String id, String ward, String city, Set<String> indicatorIds, Set<String> taskIds)
        implements WardOwned {
}
