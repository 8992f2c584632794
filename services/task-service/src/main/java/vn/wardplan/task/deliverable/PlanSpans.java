package vn.wardplan.task.deliverable;

import vn.wardplan.task.task.YearSpan;
import vn.wardplan.platform.web.tenancy.WardScope;

/** The years a ward's plan runs (2026–2030), for periods that name no year ("Hằng năm"). */
public interface PlanSpans {

    /** The plan's term; the current five-year term when the plan is not stored. */
    YearSpan span(WardScope ward, String planNumber);
}
