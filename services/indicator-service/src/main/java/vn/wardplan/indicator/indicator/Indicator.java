package vn.wardplan.indicator.indicator;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * An indicator (chỉ tiêu) of a ward's plan. The plan import (a later issue) fills the collection; until then a
 * ward has none and the list is empty.
 */
@Document("indicators")
@CompoundIndex(name = "ward_code", def = "{'ward': 1, 'code': 1}")
public record Indicator(@Id String id, String ward, String city, String code, String group, String name,
        String measureUnit) implements WardOwned {
}
