package vn.wardplan.notification.notice;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * The notices' own copy of an indicator's name, kept from the definition events in the notices' consumer group: a
 * definition and its values share a key, so the name is known before any value's notice (another group's copy may lag).
 */
@Document("notice_indicators")
record IndicatorName(@Id String id, String ward, String city, String name) implements WardOwned {
}
