package vn.wardplan.task.planimport;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import vn.wardplan.task.task.YearSpan;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.task.deliverable.PlanSpans;

/** The span of a stored plan; for a plan not (yet) stored, the five-year term the current year is in (2026–2030, …). */
@Component
class StoredPlanSpans implements PlanSpans {

    private final WardScopedMongo mongo;
    private final Clock clock;

    StoredPlanSpans(WardScopedMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public YearSpan span(WardScope ward, String planNumber) {
        return mongo.findOne(ward, Criteria.where("_id").is(Plan.idOf(ward.ward(), planNumber)), Plan.class)
                .map(p -> new YearSpan(p.startYear(), p.endYear()))
                .orElseGet(() -> YearSpan.termOf(LocalDate.now(clock).getYear()));
    }
}
