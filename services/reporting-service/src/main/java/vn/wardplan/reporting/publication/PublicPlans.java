package vn.wardplan.reporting.publication;

import java.time.Clock;

import org.springframework.stereotype.Component;

import vn.wardplan.platform.security.SuspendedWards;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.reporting.dashboard.WardDashboard;
import vn.wardplan.reporting.dashboard.WardDashboardView;
import vn.wardplan.reporting.dashboard.YearParameter;

/**
 * What citizens may read of a ward, without sign-in: the ward named in the address is looked up among the
 * publications, and only a published one of a ward that is not suspended opens its ward's scope (taken from the
 * stored publication, not from the address). Any other ward code gets the same 404, so the page tells nothing else.
 */
@Component
class PublicPlans {

    private final AcrossWards acrossWards;
    private final WardDashboard dashboard;
    private final SuspendedWards suspended;
    private final Clock clock;

    PublicPlans(AcrossWards acrossWards, WardDashboard dashboard, SuspendedWards suspended, Clock clock) {
        this.acrossWards = acrossWards;
        this.dashboard = dashboard;
        this.suspended = suspended;
        this.clock = clock;
    }

    PublicPlanView of(String ward, Integer year) {
        Publication publication = acrossWards.findById(ward, Publication.class)
                .filter(Publication::published).filter(p -> !suspended.isSuspended(p.ward()))
                .orElseThrow(() -> WardplanProblem.notFound("publication.notPublished", ward));
        WardDashboardView d = dashboard.build(WardScope.trusted(publication.ward(), publication.city()),
                YearParameter.orCurrent(year, clock));
        return new PublicPlanView(d.ward(), d.wardName(), d.year(), d.asOf(),
                d.indicators().stream().map(i -> new PublicPlanView.PublicIndicator(i.key(), i.name(), i.measureUnit(),
                        i.target(), i.value(), i.status(), i.reason())).toList(),
                d.indicatorsByStatus(), d.tasks().total(), d.tasks().byStatus());
    }
}
