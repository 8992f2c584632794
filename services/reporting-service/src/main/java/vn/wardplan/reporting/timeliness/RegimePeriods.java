package vn.wardplan.reporting.timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.web.tenancy.WardOwned;

/** reporting-service's copy of a ward's reporting periods, from task-service's regime events. Id: the ward. */
@Document("regime_periods")
public record RegimePeriods(@Id String id, String ward, String city, List<Period> periods, Instant changedAt) implements WardOwned {

    /** A period with its data window and the units' and office's deadlines. */
    public record Period(String key, String kind, int year, String label, LocalDate start, LocalDate cutOff, LocalDate unitsDue,
            LocalDate officeDue) {
    }

    public Optional<Period> period(String key) {
        return periods.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public List<Period> ofYear(int year) {
        return periods.stream().filter(p -> p.year() == year).toList();
    }
}
