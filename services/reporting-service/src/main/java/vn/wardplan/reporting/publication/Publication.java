package vn.wardplan.reporting.publication;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * Whether a ward publishes its plan and progress on a public page (plans are public documents by law; the ward
 * office decides when its figures are fit to show). One document per ward, its id the ward's code.
 */
@Document("publications")
record Publication(@Id String id, String ward, String city, boolean published, Instant changedAt, String changedBy)
        implements WardOwned {
}
