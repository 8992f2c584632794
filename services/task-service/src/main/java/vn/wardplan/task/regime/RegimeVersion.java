package vn.wardplan.task.regime;

import java.time.Instant;
import java.util.List;

/**
 * The regime as set from one period on ({@code from}, a period key such as "2027" or "2027-6M"): the kinds of
 * period reported and the rule of each. A version never touches a period that had closed when it was recorded.
 */
public record RegimeVersion(String from, List<PeriodRule> periods, Instant at, String by) {

    public ReportingPeriod fromPeriod() {
        return ReportingPeriod.parse(from).orElseThrow();
    }

    public java.util.Optional<PeriodRule> rule(PeriodKind kind) {
        return periods.stream().filter(p -> p.kind() == kind).findFirst();
    }
}
