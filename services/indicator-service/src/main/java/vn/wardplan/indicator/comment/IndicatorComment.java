package vn.wardplan.indicator.comment;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/** A leader's or the ward office's comment on an indicator, optionally about one year. */
@Document("indicator_comments")
@CompoundIndex(name = "ward_indicator_at", def = "{'ward': 1, 'indicatorId': 1, 'at': 1}")
record IndicatorComment(@Id String id, String ward, String city, String indicatorId, Integer year, String by,
        String displayName, String text, Instant at) implements WardOwned {
}
