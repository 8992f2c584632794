package vn.wardplan.reporting.publication;

import java.time.Clock;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import vn.wardplan.platform.security.SuspendedWards;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.reporting.dashboard.WardDashboard;
import vn.wardplan.reporting.dashboard.WardDashboardView;
import vn.wardplan.reporting.dashboard.YearParameter;

/**
 * The public page's data, without sign-in: only for a ward whose office published it and that is not suspended.
 * Any other ward code — unpublished, suspended or unknown — gets the same 404, so the page tells nothing else.
 */
@RestController
class PublicPlanResource {

    private final WardScopedMongo mongo;
    private final WardDashboard dashboard;
    private final SuspendedWards suspended;
    private final Clock clock;

    PublicPlanResource(WardScopedMongo mongo, WardDashboard dashboard, SuspendedWards suspended, Clock clock) {
        this.mongo = mongo;
        this.dashboard = dashboard;
        this.suspended = suspended;
        this.clock = clock;
    }

    @GetMapping("/api/public/wards/{ward}/plan")
    @SecurityRequirements // none: the one operation anyone may call

    PublicPlanView plan(@PathVariable String ward, @RequestParam(required = false) Integer year) {
        Publication publication = mongo.findByIdAcrossWards(ward, Publication.class)
                .filter(Publication::published).filter(p -> !suspended.isSuspended(p.ward()))
                .orElseThrow(() -> WardplanProblem.notFound("publication.notPublished", ward));
        WardDashboardView d = dashboard.build(WardScope.of(publication.ward(), publication.city()),
                YearParameter.orCurrent(year, clock));
        return new PublicPlanView(d.ward(), d.wardName(), d.year(), d.asOf(),
                d.indicators().stream().map(i -> new PublicPlanView.PublicIndicator(i.key(), i.name(), i.measureUnit(),
                        i.target(), i.value(), i.status(), i.reason())).toList(),
                d.indicatorsByStatus(), d.tasks().total(), d.tasks().byStatus());
    }
}
